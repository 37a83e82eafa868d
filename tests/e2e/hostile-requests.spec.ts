import { expect, test } from '@playwright/test';

/**
 * Hostile URLs over HTTP against the built app: whatever a link or an API client sends, the server answers without
 * a 5xx, a page still shows the app (never a blank page), and nothing from the URL runs. The unit tests
 * (tests/unit/security/hostile-*.test.ts) cover every parameter with property-based inputs; this checks the server.
 */

const LONG = 'a'.repeat(6000);

const PAGES = [
  '/?region=../../../../etc/passwd',
  '/?region=%00%0d%0aSet-Cookie:%20x=1',
  '/?region=%E0%A4%A',
  `/?movement=movement-${LONG}&deployment=<svg/onload=alert(1)>`,
  '/?center=1e999,NaN&zoom=-1&theme=dark&theme=light',
  '/?lang=xx&lang=ko&theme=%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
  '/?asOf=2024-02-30&from=9999-99-99&to=-1&q=%F0%9F%98%80%E2%80%AE&party=../../&stance=<b>',
  `/?q=${LONG}&claim=claim-${LONG}`,
  '/%2e%2e/%2e%2e/etc/passwd',
  '/embed?region=<script>alert(1)</script>&bbox=-999,x,,',
];

const API = [
  '/api/v1/claims?limit=-1',
  '/api/v1/claims?limit=1e3&limit=2',
  '/api/v1/claims?asOf=2024-02-30&from=2024-13-01&to=0000-00-00',
  `/api/v1/claims?q=${LONG}`,
  '/api/v1/claims?cursor=../../../../etc/passwd',
  '/api/v1/claims?region=..%2F..%2F&claimant=%00&subject=%3Cscript%3E',
  '/api/v1/claims?%E0%A4%A=%E0%A4%A',
  '/api/v1/claims.csv?stance=%3D1%2B1',
  '/api/v1/claims/..%2F..%2Fetc%2Fpasswd',
  `/api/v1/actors/${LONG}`,
  '/api/v1/regions/%2e%2e',
  '/api/v1/movements?asOf=%F0%9F%98%80',
  '/api/v1/deployments/deployment-%3Cimg%20src%3Dx%3E',
  '/api/v1/%00',
];

for (const url of PAGES) {
  test(`a hostile link still shows the app, as text, with nothing run: ${url.slice(0, 60)}`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const response = await page.goto(url);
    expect(response?.status(), url).toBeLessThan(500);
    await expect(page.getByRole('heading', { level: 1 }), url).toBeVisible();
    expect(await page.locator('body').innerText(), url).not.toBe('');
    const injected = await page.evaluate(
      () =>
        document.querySelectorAll('img[src="x"], svg[onload]').length +
        [...document.scripts].filter((script) => /^\s*alert\(/.test(script.textContent ?? '')).length,
    );
    expect(injected, url).toBe(0);
    expect(dialogs).toEqual([]);
  });
}

test('hostile API requests get a 400 or a 404 in JSON, never a 5xx', async ({ request }) => {
  for (const url of API) {
    const response = await request.get(url);
    expect([400, 404], `${url} answered ${response.status()}`).toContain(response.status());
    expect(response.headers()['content-type'], url).toBe('application/json; charset=utf-8');
    const body = (await response.json()) as { error?: unknown };
    expect(body.error, url).toBeDefined();
  }
});
