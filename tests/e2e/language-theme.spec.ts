import { expect, test } from '@playwright/test';
import { meanCanvasLuminance, seriousAxeViolations, waitForMapIdle } from './support';

test('lang=ko shows the Korean UI and region names, and <html lang="ko">', async ({ page }) => {
  await page.goto('/?lang=ko&region=RU-KRS');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('클레임 아틀라스');
  const panel = page.getByRole('complementary', { name: '지역 정보' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('쿠르스크');
  await expect(panel).toContainText('러시아');
});

test.describe('with a Ukrainian browser and no lang in the link', () => {
  test.use({ locale: 'uk-UA' });

  test('the browser language chooses the UI language', async ({ page }) => {
    await page.goto('/?region=UA-43');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.getByRole('complementary', { name: 'Відомості про регіон' })).toContainText('Україна');
  });

  test('a lang in the link wins over the browser language', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claims Atlas');
  });
});

test('theme=dark darkens the page and the map; theme=light keeps them light', async ({ page }) => {
  await page.goto('/?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await waitForMapIdle(page);
  const dark = await meanCanvasLuminance(page);
  await page.goto('/?theme=light');
  await waitForMapIdle(page);
  const light = await meanCanvasLuminance(page);
  expect(dark).toBeLessThan(80);
  expect(light).toBeGreaterThan(180);
});

test.describe('with a system that prefers dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the automatic theme follows it', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
    await waitForMapIdle(page);
    expect(await meanCanvasLuminance(page)).toBeLessThan(80);
  });

  test('axe finds no serious or critical violation in dark, with and without the panel', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto('/?region=UA-43');
    await expect(page.getByRole('complementary')).toBeVisible();
    await waitForMapIdle(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
