import { expect, test, type Page } from '@playwright/test';
import { pressMapCentre, waitForMapIdle } from './support';

/**
 * The map works under its Content-Security-Policy: using the page (Korean labels and fonts, a click on the map, the
 * region panel and its sources, a movement, the dark theme, the search box) triggers no policy violation, no
 * console error and no uncaught error, in the page or in MapLibre's worker.
 */

type Trouble = { where: string; what: string };

/** Records every CSP violation the page reports (from before its first script runs), console error and page error. */
async function watchForTrouble(page: Page): Promise<Trouble[]> {
  const trouble: Trouble[] = [];
  await page.exposeFunction('reportCspViolation', (what: string) => trouble.push({ where: 'securitypolicyviolation', what }));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (what: string) => void }).reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.push({ where: 'console', what: message.text() });
  });
  page.on('pageerror', (error) => trouble.push({ where: 'pageerror', what: error.message }));
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') trouble.push({ where: `worker ${worker.url()}`, what: message.text() });
    });
  });
  return trouble;
}

test('using the map breaks no rule of its Content-Security-Policy', async ({ page, isMobile }) => {
  const trouble = await watchForTrouble(page);

  // Korean labels pull the app's Korean font subsets; the centre of the view is inside Kursk Oblast.
  await page.goto('/?lang=ko&center=35.5,51.75&zoom=6');
  await waitForMapIdle(page);
  await pressMapCentre(page, isMobile);
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('article').first()).toBeVisible();
  await panel.getByRole('article').first().locator('summary').click();
  await expect(panel.getByRole('article').first().getByRole('link').first()).toBeVisible();

  await page.goto('/?theme=dark&movement=movement-2024-10-prk-sea-to-vladivostok');
  await expect(page.getByRole('complementary').getByRole('article').first()).toBeVisible();
  await waitForMapIdle(page);

  await page.goto('/');
  const search = page.getByRole('combobox', { name: 'Find a country or province' });
  await search.fill('Primorsky');
  await expect(page.getByRole('option').first()).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Region details' })).toBeVisible();
  await waitForMapIdle(page);

  // MapLibre's worker runs under the policy its own script was served with: it can still fetch what the map needs.
  const worker = page.workers().find((candidate) => candidate.url().endsWith('/maplibre-gl-worker.mjs'));
  expect(worker, 'the map runs its module worker').toBeDefined();
  const statuses = await worker?.evaluate(() =>
    Promise.all(['/basemap/provinces.geojson', '/api/v1/movements'].map((url) => fetch(url).then((response) => response.status))),
  );
  expect(statuses).toEqual([200, 200]);

  expect(trouble).toEqual([]);
});

test('the policy is enforced: markup injected into the HTML neither runs nor loads, and is reported', async ({ page }) => {
  const trouble = await watchForTrouble(page);
  // As if a payload had slipped into the server's HTML: an inline script, an inline handler, a foreign image.
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const injected =
        '<script>window.injectedScriptRan = true</script>' +
        '<img alt="" src="/no-such-image.png" onerror="window.injectedHandlerRan = true">' +
        '<img alt="" src="https://example.com/pixel.png">';
      await route.fulfill({ response, body: (await response.text()).replace('</body>', `${injected}</body>`) });
    },
  );
  await page.goto('/');
  await expect
    .poll(() => [...new Set(trouble.filter((item) => item.where === 'securitypolicyviolation').map((item) => item.what.split(' ')[0]))].sort())
    .toEqual(['img-src', 'script-src-attr', 'script-src-elem']);
  const ran = await page.evaluate(() => {
    const flags = window as unknown as { injectedScriptRan?: boolean; injectedHandlerRan?: boolean };
    return { script: flags.injectedScriptRan === true, handler: flags.injectedHandlerRan === true };
  });
  expect(ran).toEqual({ script: false, handler: false });
});
