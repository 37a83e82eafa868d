import { describe, expect, it } from 'vitest';
import {
  createNonce,
  PERMISSIONS_POLICY,
  requestIsHttps,
  securityHeaders,
  STRICT_TRANSPORT_SECURITY,
} from '@/lib/security/security-headers';

const settings = { basemapStyleUrl: undefined, embedFrameAncestors: undefined };
const NONCE = 'bm9uY2Utbm9uY2Utbm9uYw==';

describe('securityHeaders', () => {
  it('gives a page its nonce policy, no framing, nosniff, the referrer and permissions policies', () => {
    const { headers, nonce, contentSecurityPolicy } = securityHeaders({ pathname: '/', https: false, nonce: NONCE }, settings);
    expect(nonce).toBe(NONCE);
    expect(headers).toEqual({
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': PERMISSIONS_POLICY,
      'X-Frame-Options': 'DENY',
    });
    expect(contentSecurityPolicy).toContain(`script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`);
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
  });

  it('lets /embed be framed as EMBED_FRAME_ANCESTORS says, with no X-Frame-Options (it cannot list origins)', () => {
    const { headers } = securityHeaders(
      { pathname: '/embed', https: false, nonce: NONCE },
      { ...settings, embedFrameAncestors: 'https://news.example' },
    );
    expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors https:\/\/news\.example$/);
    expect(headers['X-Frame-Options']).toBeUndefined();
  });

  it('gives the API and files no nonce and the resource policy', () => {
    for (const pathname of ['/api/v1/claims', '/basemap/labels.geojson', '/_next/static/chunks/a.js']) {
      const { headers, nonce } = securityHeaders({ pathname, https: false, nonce: NONCE }, settings);
      expect(nonce).toBeNull();
      expect(headers['Content-Security-Policy']).not.toContain('nonce');
      expect(headers['Content-Security-Policy']).toMatch(/^default-src 'none'; /);
      expect(headers['X-Frame-Options']).toBe('DENY');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('adds HSTS to every kind of response served over https, and only then', () => {
    for (const pathname of ['/', '/embed', '/api/v1/claims', '/fonts/a.woff2']) {
      expect(securityHeaders({ pathname, https: true, nonce: NONCE }, settings).headers['Strict-Transport-Security']).toBe(
        STRICT_TRANSPORT_SECURITY,
      );
      expect(securityHeaders({ pathname, https: false, nonce: NONCE }, settings).headers['Strict-Transport-Security']).toBeUndefined();
    }
    expect(STRICT_TRANSPORT_SECURITY).toBe('max-age=31536000');
  });

  it('reads BASEMAP_STYLE_URL into connect-src as an origin only', () => {
    const { headers } = securityHeaders(
      { pathname: '/', https: false, nonce: NONCE },
      { ...settings, basemapStyleUrl: 'https://tiles.example/styles/v1/style.json?token=secret' },
    );
    expect(headers['Content-Security-Policy']).toContain("connect-src 'self' https://tiles.example;");
    expect(headers['Content-Security-Policy']).not.toContain('secret');
  });

  it('switches off device features the app never uses, in a header browsers accept', () => {
    expect(PERMISSIONS_POLICY).toMatch(/^([a-z-]+=\(\))(, [a-z-]+=\(\))*$/);
    expect(PERMISSIONS_POLICY.split(', ')).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()']));
  });
});

describe('requestIsHttps', () => {
  it.each([
    ['http://localhost/', null, false],
    ['https://atlas.example/', null, true],
    ['http://localhost/', 'https', true],
    ['http://localhost/', 'HTTPS', true],
    ['http://localhost/', 'https, http', true],
    ['http://localhost/', 'http, https', false],
    ['http://localhost/', 'http', false],
    ['http://localhost/', '', false],
  ] as const)('%s with X-Forwarded-Proto %j is %s', (url, proto, https) => {
    expect(requestIsHttps(url, proto)).toBe(https);
  });
});

describe('createNonce', () => {
  it('is 128 random bits in base64, different every time', () => {
    const nonces = Array.from({ length: 200 }, createNonce);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});
