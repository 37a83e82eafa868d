import { expect, test } from '@playwright/test';
import { pressMapCentre, waitForMapIdle } from './support';

/** The latitude halfway between two others along a straight line on the Web Mercator map. */
function mercatorMidLatitude(a: number, b: number): number {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const mid = (y(a) + y(b)) / 2;
  return ((2 * Math.atan(Math.exp(mid)) - Math.PI / 2) * 180) / Math.PI;
}

test('clicking a movement arrow shows who asserts and who denies it', async ({ page, isMobile }) => {
  // The sea transport from Wonsan (127.4436, 39.1528) to Vladivostok (131.887, 43.1198), at its middle.
  const lon = (127.4436 + 131.887) / 2;
  const lat = mercatorMidLatitude(39.1528, 43.1198);
  await page.goto(`/?center=${lon.toFixed(4)},${lat.toFixed(4)}&zoom=6`);
  await waitForMapIdle(page);
  await pressMapCentre(page, isMobile);
  await expect(page).toHaveURL(/[?&]movement=movement-2024-10-prk-sea-to-vladivostok(&|$)/);
  const panel = page.getByRole('complementary', { name: 'Movement or deployment details' });
  await expect(panel.getByRole('heading', { level: 2 })).not.toHaveText('…');
  const why = panel.getByRole('region', { name: 'Who says what' });
  await expect(why.getByRole('listitem').filter({ hasText: 'South Korea' })).toContainText('Asserts');
  await expect(why.getByRole('listitem').filter({ hasText: 'Russia' })).toContainText('Denies');
  await expect(panel).toContainText('Contested');
});

test("a deployment link shows its status, each party's estimates over time, and its claims", async ({ page }) => {
  await page.goto('/?deployment=deployment-prk-kursk-oblast');
  const panel = page.getByRole('complementary', { name: 'Movement or deployment details' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('North Korean troops in Kursk Oblast');
  await expect(panel).toContainText('Confirmed');
  const estimates = panel.getByRole('region', { name: 'Strength estimates over time' }).getByRole('row');
  expect(await estimates.count()).toBeGreaterThan(3);
  await expect(panel.getByRole('region', { name: /^Claims/ }).getByRole('article').first()).toBeVisible();
});

test('an unknown movement in the link shows the map with a notice and no panel', async ({ page }) => {
  await page.goto('/?movement=movement-does-not-exist');
  await expect(page.getByRole('status').filter({ hasText: 'does not have' })).toBeVisible();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await waitForMapIdle(page);
});
