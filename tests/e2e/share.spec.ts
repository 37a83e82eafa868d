import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { APP_ORIGIN } from './fixtures/embed-host/origins';
import { pastePage, received, reportedHeight } from './fixtures/embed-host/host';

/** Opens the Share dialog; a click that lands before the page has hydrated is tried again. */
async function openShareDialog(page: Page): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(async () => {
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass();
  return dialog;
}

test('Share copies the link of the current view', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?region=RU-KRS&asOf=2024-12-31');
  const dialog = await openShareDialog(page);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('region=RU-KRS');
  expect(copied).toContain('asOf=2024-12-31');
});

test('the Share dialog previews the embed and its snippet works when pasted into an https page', async ({ browser, page, context, baseURL }) => {
  // Three maps start in this test (the page, the preview, the pasted embed): more time than one map needs.
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?region=RU-PRI');
  const dialog = await openShareDialog(page);
  await dialog.getByRole('checkbox', { name: 'Legend' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Timeline' }).check();
  const name = dialog.getByLabel('Embed name');
  await name.fill('pasted-map');

  const preview = dialog.locator('iframe');
  await expect(preview).toHaveAttribute('title', 'Preview of the embedded map');
  // The view's state (the camera too, once the map has framed the region), then the options that are not defaults.
  // Known flake (seen once in CI on the phone project, not reproduced): the name field read "claims-atlas" again after
  // the fill; the name is typed again if so, and the preview must then carry it.
  await expect(async () => {
    if ((await name.inputValue()) !== 'pasted-map') await name.fill('pasted-map');
    await expect(preview).toHaveAttribute(
      'src',
      new RegExp(`^${APP_ORIGIN}/embed\\?region=RU-PRI&(center=[^&]+&zoom=[^&]+&)?legend=off&timeline=on&id=pasted-map$`),
      { timeout: 5_000 },
    );
  }).toPass({ timeout: 30_000 });
  const inPreview = page.frameLocator('dialog iframe');
  await expect(inPreview.getByRole('link', { name: /Open the full map/ })).toBeVisible();
  // The timeline is on (at a phone's width its slider may be squeezed out of sight, so its presence is what counts).
  await expect(inPreview.getByRole('slider')).toHaveCount(1);
  await expect(inPreview.getByText('Legend', { exact: true })).toHaveCount(0);
  // The dialog itself (the embed inside the preview has its own check in embed.spec.ts).
  const axe = await new AxeBuilder({ page }).include('dialog').options({ iframes: false }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Code copied');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toContain('title="Claims Atlas: map of claims and their sources"');
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain('<script>');
  expect(snippet).toBe(await dialog.getByLabel('Embed code').inputValue());

  // Pasted into an article on another origin, over https: the map shows and the script sizes the frame.
  const host = await browser.newContext({ ignoreHTTPSErrors: true });
  const article = await host.newPage();
  await article.goto(pastePage(snippet));
  const frame = article.frameLocator('iframe');
  await expect(frame.getByRole('complementary', { name: 'Region details' }).getByRole('heading', { level: 2 })).toHaveText(/Primor/);
  const height = await reportedHeight(article, 'pasted-map');
  await expect.poll(() => article.locator('iframe').evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height))).toBe(height);
  expect((await received(article)).length).toBeGreaterThan(0);
  await host.close();
});
