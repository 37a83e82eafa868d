import { createRequire } from 'node:module';
import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';
import { securityHeaders, STRICT_TRANSPORT_SECURITY } from '@/lib/security/security-headers';

/** next.config.js, as Next loads it. */
const nextConfig = createRequire(import.meta.url)('../../../next.config.js') as NextConfig;

type HeaderRule = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>[number];

async function rules(): Promise<HeaderRule[]> {
  if (!nextConfig.headers) throw new Error('next.config.js sets no headers');
  return nextConfig.headers();
}

/** A path under each source next.config.js covers. */
const SAMPLES: Record<string, string> = {
  '/api/:path*': '/api/v1/claims',
  '/_next/:path*': '/_next/static/chunks/app.js',
  '/basemap/:path*': '/basemap/labels.geojson',
  '/fonts/:path*': '/fonts/noto-sans-latin-400-normal.woff2',
};

describe("next.config.js headers (the paths proxy.ts skips)", () => {
  it('give the API and the files the headers lib/security builds for them, unset settings and all', async () => {
    const plain = (await rules()).filter((rule) => rule.has === undefined);
    expect(plain.map((rule) => rule.source).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const rule of plain) {
      const pathname = SAMPLES[rule.source] ?? '';
      const expected = securityHeaders({ pathname, https: false, nonce: 'unused' }, { basemapStyleUrl: undefined, embedFrameAncestors: undefined });
      expect(Object.fromEntries(rule.headers.map(({ key, value }) => [key, value])), rule.source).toEqual(expected.headers);
    }
  });

  it('add HSTS on those paths when the proxy in front says https', async () => {
    // (The other conditional rules, on `?v=`, are the basemap's immutable caching: tests/e2e/security-headers.spec.ts.)
    const https = (await rules()).filter((rule) => rule.has?.some((condition) => condition.type === 'header'));
    expect(https.map((rule) => rule.source).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const rule of https) {
      expect(rule.headers).toEqual([{ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY }]);
      const condition = rule.has?.[0];
      expect(condition).toMatchObject({ type: 'header', key: 'x-forwarded-proto' });
      // Next matches the value as a whole: ^value$.
      const matcher = new RegExp(`^${condition && 'value' in condition ? condition.value : ''}$`);
      expect(['https', 'https, http', 'https,http'].every((value) => matcher.test(value))).toBe(true);
      expect(['http', 'http, https', 'xhttps'].some((value) => matcher.test(value))).toBe(false);
    }
  });

  it('match exactly the paths the proxy does not run on', async () => {
    const matcher = (await import('@/proxy')).config.matcher;
    const proxyPattern = new RegExp(`^${matcher}$`);
    for (const [source, sample] of Object.entries(SAMPLES)) expect(proxyPattern.test(sample), source).toBe(false);
    for (const path of ['/', '/embed', '/no-such-page', '/maplibre-gl-worker.mjs', '/icon.svg', '/api']) expect(proxyPattern.test(path), path).toBe(true);
  });
});
