import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './support';

test('a claim opened from the feed by keyboard shows every source; Escape returns focus to the same item', async ({ page, isMobile }) => {
  await page.goto('/');
  // Keys go to the page once it is live: a key pressed on the server's HTML before hydration reaches no handler.
  await waitForMapIdle(page);
  if (isMobile) await page.getByRole('button', { name: 'Claims list' }).click();
  const feed = page.getByRole('region', { name: 'Claims', exact: true });
  const open = feed.getByRole('link', { name: /^Open claim: / }).nth(2);
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]claim=claim-/);
  const panel = page.getByRole('complementary', { name: 'Claim details' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/^Claim by /);
  const links = panel.locator('a[href^="http"]');
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/claim=/);
  if (!isMobile) await expect(open).toBeFocused();
});

test('a claim panel links to what the claim is about and to related claims', async ({ page }) => {
  await page.goto('/?claim=claim-2024-10-18-budanov-11000');
  const panel = page.getByRole('complementary', { name: 'Claim details' });
  await expect(panel.getByRole('region', { name: 'Related claims' }).getByRole('listitem').first()).toBeVisible();
  // The panel is in the server's HTML: its buttons answer once the page is live.
  await waitForMapIdle(page);
  await panel.getByRole('region', { name: 'What it is about' }).getByRole('button').first().click();
  await expect(page).toHaveURL(/[?&](movement|deployment)=/);
  await expect(page.getByRole('complementary', { name: 'Movement or deployment details' })).toBeVisible();
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });

  test("a claim's link shows its panel, sources and all, from the server alone", async ({ page }) => {
    await page.goto('/?claim=claim-2024-10-18-budanov-11000');
    const panel = page.getByRole('complementary', { name: 'Claim details' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Claim by Kyrylo Budanov');
    await expect(panel.locator('a[href^="http"]').first()).toBeVisible();
    await expect(panel.getByRole('region', { name: 'Related claims' }).getByRole('listitem').first()).toBeVisible();
  });

  test("the feed's Open claim is a link to the same view with that claim open", async ({ page, isMobile }) => {
    await page.goto('/?asOf=2025-01-31&stance=asserts');
    // On a phone the list is a sheet that opens by script (hidden here): its links are read, then followed directly.
    const feed = page.getByRole('region', { name: 'Claims', exact: true, includeHidden: isMobile });
    const open = feed.getByRole('link', { name: /^Open claim: /, includeHidden: isMobile }).first();
    const href = await open.getAttribute('href');
    expect(href).toMatch(/^\/\?claim=claim-[\w-]+&asOf=2025-01-31&stance=asserts$/);
    if (isMobile) await page.goto(href ?? '');
    else await open.click();
    await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === href);
    const panel = page.getByRole('complementary', { name: 'Claim details' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/^Claim by /);
    await expect(panel.locator('a[href^="http"]').first()).toBeVisible();
  });
});
