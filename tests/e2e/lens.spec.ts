import { expect, test, type Page } from '@playwright/test';
import { pressMapCentre, waitForMapIdle } from './support';

/** The latitude halfway between two others along a straight line on the Web Mercator map. */
function mercatorMidLatitude(a: number, b: number): number {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const mid = (y(a) + y(b)) / 2;
  return ((2 * Math.atan(Math.exp(mid)) - Math.PI / 2) * 180) / Math.PI;
}

/** A camera on the middle of the sea transport from Wonsan to Vladivostok (October 2024). */
const SEA_MOVE_CAMERA = `center=${((127.4436 + 131.887) / 2).toFixed(4)},${mercatorMidLatitude(39.1528, 43.1198).toFixed(4)}&zoom=6`;
const SEA_MOVE = 'movement-2024-10-prk-sea-to-vladivostok';

/** The list of what the map draws, opened; its buttons are the map's items. */
async function openMapItems(page: Page) {
  const summary = page.getByText(/^List what the map shows \(\d+\)$/);
  await summary.click();
  return page.getByTestId('map-items');
}

test.describe('the claimant lens', () => {
  test("through South Korea's NIS, the sea transport it reported is on the map, marked as denied", async ({ page, isMobile }) => {
    await page.goto(`/?asOf=2024-10-31&lens=kor-nis&${SEA_MOVE_CAMERA}`);
    await waitForMapIdle(page);
    const items = await openMapItems(page);
    await expect(items.getByRole('button', { name: /shipped to Vladivostok.*denied by North Korea, Russia/ })).toBeVisible();
    await page.getByText(/^List what the map shows/).click();
    await pressMapCentre(page, isMobile);
    await expect(page).toHaveURL(new RegExp(`[?&]movement=${SEA_MOVE}(&|$)`));
  });

  test('through Russia in October 2024 the map shows no movement: a lens hides what its party does not assert', async ({ page, isMobile }) => {
    await page.goto(`/?asOf=2024-10-31&lens=rus&${SEA_MOVE_CAMERA}`);
    await waitForMapIdle(page);
    const items = await openMapItems(page);
    await expect(items.getByRole('region', { name: 'Actors' })).toBeVisible();
    await expect(items.getByRole('region', { name: 'Movements' })).toHaveCount(0);
    await expect(items.getByRole('region', { name: 'Deployments' })).toHaveCount(0);
    await page.getByText(/^List what the map shows/).click();
    // The same press that opens the movement without the lens now lands on no movement.
    await pressMapCentre(page, isMobile);
    await expect(page).not.toHaveURL(/[?&]movement=/);
  });

  test('choosing a lens and a second one shows two maps and where they differ', async ({ page, isMobile }) => {
    await page.goto('/?asOf=2025-05-01');
    // The choosers answer once the page is live (a choice made on the server's HTML before hydration reaches no handler).
    await waitForMapIdle(page);
    if (isMobile) await page.getByRole('button', { name: 'Claims list' }).click();
    await page.getByLabel('View the map as').selectOption('kor');
    await expect(page).toHaveURL(/[?&]lens=kor(&|$)/);
    await page.getByLabel('Compare with').selectOption('rus');
    await expect(page).toHaveURL(/[?&]lens2=rus(&|$)/);
    const differences = page.getByTestId('lens-differences');
    await expect(differences.getByRole('heading', { name: 'Only South Korea (8)' })).toBeVisible();
    await expect(differences.getByRole('heading', { name: 'Only Russia (0)' })).toBeVisible();
    await expect(differences.getByRole('button', { name: 'North Korean troops in the Russian Far East' })).toBeVisible();
    await expect(differences.getByRole('heading', { name: 'Both (1)' })).toBeVisible();
    await expect(differences.getByRole('button', { name: 'North Korean troops in Kursk Oblast' })).toBeVisible();
    const maps = page.getByTestId('map');
    await expect(maps).toHaveCount(2);
    for (const map of await maps.all()) await expect(map).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    await expect(page.getByText('As South Korea tells it')).toBeVisible();
    await expect(page.getByText('As Russia tells it')).toBeVisible();
  });

  test('an unknown lens in the link is ignored with a notice', async ({ page }) => {
    await page.goto('/?lens=nobody-at-all');
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
    await waitForMapIdle(page);
    // The link's value is never shown (the page's own address, URL-encoded, stays in its oEmbed discovery link).
    expect(await page.locator('body').innerText()).not.toContain('nobody-at-all');
    await expect(page.getByLabel('View the map as')).toHaveValue('');
  });
});

test.describe('filters narrow the map as well as the list', () => {
  test('claims made in June 2025 only: the October 2024 sea transport leaves the map and the list', async ({ page, isMobile }) => {
    await page.goto(`/?${SEA_MOVE_CAMERA}`);
    await waitForMapIdle(page);
    let items = await openMapItems(page);
    await expect(items.getByRole('button', { name: /shipped to Vladivostok/ })).toBeVisible();
    await page.getByText(/^List what the map shows/).click();

    await page.goto(`/?from=2025-06-01&to=2025-06-30&${SEA_MOVE_CAMERA}`);
    await waitForMapIdle(page);
    items = await openMapItems(page);
    await expect(items.getByRole('button', { name: /sappers/i })).toBeVisible();
    await expect(items.getByRole('button', { name: /shipped to Vladivostok/ })).toHaveCount(0);
    await page.getByText(/^List what the map shows/).click();
    await pressMapCentre(page, isMobile);
    await expect(page).not.toHaveURL(/[?&]movement=/);
  });
});
