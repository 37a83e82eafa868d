import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './support';

/**
 * Visual baselines: the first view on desktop and on a phone, light and dark. Fonts, basemap and data are all local,
 * so the pictures are stable; any change beyond 2% of the pixels is a change a reviewer should see. After an intended
 * change: `npm run test:e2e -- --update-snapshots tests/e2e/visual.spec.ts`, then look at the new pictures before
 * committing them.
 */
for (const theme of ['light', 'dark'] as const) {
  test(`the first view, ${theme}`, async ({ page }) => {
    await page.goto(`/?theme=${theme}&asOf=2024-11-20`);
    await waitForMapIdle(page);
    await expect(page).toHaveScreenshot(`first-view-${theme}.png`, { maxDiffPixelRatio: 0.02 });
  });

  test(`Kursk Oblast's dossier, ${theme}`, async ({ page }) => {
    await page.goto(`/?theme=${theme}&asOf=2024-11-20&region=RU-KRS`);
    await waitForMapIdle(page);
    const panel = page.getByRole('complementary', { name: 'Region details' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Kursk/);
    await expect(panel.getByRole('article').first()).toBeVisible();
    await expect(page).toHaveScreenshot(`kursk-${theme}.png`, { maxDiffPixelRatio: 0.02 });
  });
}
