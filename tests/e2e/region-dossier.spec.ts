import { expect, test } from '@playwright/test';

test("Kursk Oblast's dossier lists the claims placed there, with troop estimates and sources", async ({ page }) => {
  await page.goto('/?region=RU-KRS');
  const panel = page.getByRole('complementary', { name: 'Region details' });
  const claims = panel.getByRole('region', { name: /Claims about this region/ }).getByRole('article');
  expect(await claims.count()).toBeGreaterThanOrEqual(5);
  const deployments = panel.getByRole('region', { name: 'Reported deployments' });
  await expect(deployments).toContainText('North Korean troops in Kursk Oblast');
  await expect(deployments).toContainText(/\d{1,3}(,\d{3})+ \(latest estimate\)/);
  await expect(panel.getByRole('region', { name: 'Claims by party' })).toContainText('North Korea');
  // Every source link opens in a new tab without handing the opener over.
  await claims.first().getByText(/^\d+ sources?$/).click();
  const links = panel.locator('a[href^="http"]');
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

test('the dossier of the selected region is in the server HTML', async ({ request }) => {
  const response = await request.get('/?region=RU-KRS');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('Claims about this region');
  expect(html).toContain('North Korean troops in Kursk Oblast');
});

test('a failed dossier request shows an error, and retry loads it', async ({ page }) => {
  let failing = true;
  await page.route('**/api/v1/regions/RU-PRI*', (route) => (failing ? route.abort() : route.continue()));
  await page.goto('/');
  const search = page.getByRole('combobox', { name: 'Find a country or province' });
  await search.fill('Primorsky');
  await expect(page.getByRole('option', { name: /^Primorsky Krai/ })).toBeVisible();
  await search.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Region details' });
  await expect(panel.getByRole('alert')).toContainText('could not be loaded');
  failing = false;
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByRole('heading', { name: /Claims about this region/ })).toBeVisible();
});
