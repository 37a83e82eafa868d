import { expect, test, type APIResponse } from '@playwright/test';

/**
 * The security headers over HTTP on the built app (SECURITY.md): every kind of response, pages, /embed, the API and
 * the files, carries its Content-Security-Policy and the rest. The policies themselves are unit-tested
 * (tests/unit/security); this checks the server sends them, once, on everything.
 */

const PAGE_POLICY = new RegExp(
  '^' +
    [
      "default-src 'self'",
      "script-src 'self' 'nonce-([A-Za-z0-9+/]{22}==)' 'strict-dynamic'",
      "style-src 'self' 'nonce-\\1'",
      "style-src-attr 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      'frame-ancestors (.+)',
    ].join('; ') +
    '$',
);
const RESOURCE_POLICY = "default-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Every value the response carries under `name` (a header sent twice would show twice). */
function all(response: APIResponse, name: string): string[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === name.toLowerCase())
    .map((header) => header.value);
}

/** The headers every response carries, whatever its kind. */
function expectCommonHeaders(response: APIResponse, what: string): void {
  expect(all(response, 'x-content-type-options'), what).toEqual(['nosniff']);
  expect(all(response, 'referrer-policy'), what).toEqual(['strict-origin-when-cross-origin']);
  expect(all(response, 'permissions-policy')[0], what).toContain('camera=()');
  expect(all(response, 'strict-transport-security'), `${what}: no HSTS over plain http`).toEqual([]);
  expect(all(response, 'content-security-policy').join(), what).not.toContain('unsafe-eval');
}

test.describe('security headers', () => {
  test('a page carries a fresh script nonce that every script of its HTML bears, and cannot be framed', async ({ request }) => {
    const nonces: string[] = [];
    for (const path of ['/', '/?region=RU-KRS&lang=ko', '/no-such-page']) {
      const response = await request.get(path);
      expect(response.status()).toBeLessThan(500);
      expectCommonHeaders(response, path);
      const policies = all(response, 'content-security-policy');
      expect(policies, path).toHaveLength(1);
      const match = PAGE_POLICY.exec(policies[0] ?? '');
      expect(match, `${path}: ${policies[0]}`).not.toBeNull();
      const [, nonce = '', frameAncestors] = match ?? [];
      expect(frameAncestors).toBe("'none'");
      expect(all(response, 'x-frame-options')).toEqual(['DENY']);
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)), path).toEqual([]);
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  test('/embed may be framed by the app itself and any https page, and carries no X-Frame-Options', async ({ request }) => {
    const response = await request.get('/embed?region=RU-KRS');
    expect(response.status()).toBeLessThan(500);
    expectCommonHeaders(response, '/embed');
    const match = PAGE_POLICY.exec(all(response, 'content-security-policy')[0] ?? '');
    expect(match?.[2]).toBe("'self' https:");
    expect(all(response, 'x-frame-options')).toEqual([]);
  });

  test('the API, in every status, carries the resource policy and cannot be framed', async ({ request }) => {
    for (const path of ['/api/v1/claims?limit=1', '/api/v1/claims?limit=-1', '/api/v1/claims/claim-nobody', '/api/nothing-here', '/api/v1/claims.csv?stance=denies']) {
      const response = await request.get(path);
      expect(response.status(), path).toBeLessThan(500);
      expectCommonHeaders(response, path);
      expect(all(response, 'content-security-policy'), path).toEqual([RESOURCE_POLICY]);
      expect(all(response, 'x-frame-options'), path).toEqual(['DENY']);
    }
  });

  test("the app's files carry the resource policy: bundles, styles, basemap, fonts, the map worker, the icon", async ({ request }) => {
    const html = await (await request.get('/')).text();
    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    const style = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    const icon = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
    const faces = (await (await request.get('/basemap/font-faces.json')).json()) as Record<string, { url: string }[]>;
    const font = Object.values(faces)[0]?.[0]?.url;
    const files = [script, style, icon, font, '/basemap/labels.geojson', '/basemap/regions.json', '/maplibre-gl-worker.mjs', '/fonts/missing.woff2'];
    for (const path of files) {
      expect(path, 'a file the page links to').toBeDefined();
      const response = await request.get(path ?? '');
      expect(response.status(), path).toBeLessThan(500);
      expectCommonHeaders(response, path ?? '');
      expect(all(response, 'content-security-policy'), path).toEqual([RESOURCE_POLICY]);
    }
  });

  test('behind an https proxy every response adds HSTS, and pages upgrade insecure requests', async ({ request }) => {
    const https = { 'X-Forwarded-Proto': 'https' };
    for (const path of ['/', '/embed', '/api/v1/actors', '/maplibre-gl-worker.mjs']) {
      const response = await request.get(path, { headers: https });
      expect(all(response, 'strict-transport-security'), path).toEqual(['max-age=31536000']);
    }
    const page = await request.get('/', { headers: https });
    expect(all(page, 'content-security-policy')[0]).toMatch(/; upgrade-insecure-requests$/);
  });
});
