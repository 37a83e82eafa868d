import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANG_HEADER, THEME_HEADER } from '@/lib/i18n/locale-headers';
import { NONCE_HEADER } from '@/lib/security/nonce-header';
import { proxy } from '@/proxy';

/** What proxy.ts hands on to Next as the request's headers (Next's x-middleware-request-* convention). */
function forwarded(response: Response, name: string): string | null {
  return response.headers.get(`x-middleware-request-${name}`);
}

function get(url: string, headers: Record<string, string> = {}): Response {
  return proxy(new NextRequest(url, { headers }));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('proxy', () => {
  it("gives a page a fresh nonce: in its response policy, and in the request policy Next reads to sign its scripts", () => {
    const first = get('http://localhost/?region=RU-KRS');
    const second = get('http://localhost/?region=RU-KRS');
    const policy = first.headers.get('Content-Security-Policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeDefined();
    expect(forwarded(first, 'content-security-policy')).toBe(policy);
    expect(forwarded(first, NONCE_HEADER)).toBe(nonce);
    expect(second.headers.get('Content-Security-Policy')).not.toBe(policy);
  });

  it('keeps resolving the language and theme of a page, overwriting what a client sent under our header names', () => {
    const response = get('http://localhost/?theme=dark', {
      'accept-language': 'uk-UA,uk;q=0.9',
      [LANG_HEADER]: '<script>',
      [NONCE_HEADER]: 'chosen-by-client',
    });
    expect(forwarded(response, LANG_HEADER)).toBe('uk');
    expect(forwarded(response, THEME_HEADER)).toBe('dark');
    expect(forwarded(response, NONCE_HEADER)).not.toBe('chosen-by-client');
    expect(get('http://localhost/?lang=ko').headers.get(`x-middleware-request-${LANG_HEADER}`)).toBe('ko');
  });

  it('sets the headers of the API and files without a nonce, and drops our header names a client sent', () => {
    const response = get('http://localhost/api/v1/claims?limit=1', { [NONCE_HEADER]: 'x', [LANG_HEADER]: 'ko' });
    expect(response.headers.get('Content-Security-Policy')).toMatch(/^default-src 'none'/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(forwarded(response, NONCE_HEADER)).toBeNull();
    expect(forwarded(response, LANG_HEADER)).toBeNull();
  });

  it('reads BASEMAP_STYLE_URL and EMBED_FRAME_ANCESTORS at request time', () => {
    vi.stubEnv('BASEMAP_STYLE_URL', 'https://tiles.example/style.json');
    vi.stubEnv('EMBED_FRAME_ANCESTORS', 'https://news.example');
    const embed = get('http://localhost/embed?region=UKR').headers.get('Content-Security-Policy') ?? '';
    expect(embed).toContain("connect-src 'self' https://tiles.example;");
    expect(embed).toMatch(/frame-ancestors https:\/\/news\.example$/);
    const worker = get('http://localhost/maplibre-gl-worker.mjs').headers.get('Content-Security-Policy') ?? '';
    expect(worker).toContain("connect-src 'self' https://tiles.example;");
  });

  it('adds HSTS when a proxy in front says the request came over https', () => {
    expect(get('http://localhost/', { 'x-forwarded-proto': 'https' }).headers.get('Strict-Transport-Security')).toBe('max-age=31536000');
    expect(get('http://localhost/').headers.get('Strict-Transport-Security')).toBeNull();
  });
});
