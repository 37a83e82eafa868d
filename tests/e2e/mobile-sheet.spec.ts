import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForMapIdle } from './support';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const feedRegion = (page: Page) => page.getByRole('region', { name: 'Claims', exact: true });
const handle = (page: Page) => page.getByRole('button', { name: /^Claims list: .+\. Change height$/ });

async function heightOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('no box');
  return box.height;
}

async function noHorizontalScroll(page: Page): Promise<void> {
  const sizes = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scroll: root.scrollWidth, client: root.clientWidth };
  });
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
}

test('the feed sheet opens at half height and its handle cycles full, collapsed and half; Escape closes it', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Claims list', exact: true }).click();
  const sheet = feedRegion(page);
  await expect(handle(page)).toHaveAccessibleName('Claims list: half height. Change height');
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
  const box = await handle(page).boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  expect(await heightOf(sheet)).toBeCloseTo(370, -1);

  await handle(page).click();
  await expect(handle(page)).toHaveAccessibleName('Claims list: full height. Change height');
  await expect.poll(() => heightOf(sheet)).toBeGreaterThan(650);
  await noHorizontalScroll(page);

  await handle(page).click();
  await expect(handle(page)).toHaveAccessibleName('Claims list: collapsed. Change height');
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => heightOf(sheet)).toBeLessThan(130);
  await noHorizontalScroll(page);

  await handle(page).click();
  await expect(handle(page)).toHaveAccessibleName('Claims list: half height. Change height');
  await noHorizontalScroll(page);

  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('button', { name: 'Claims list', exact: true })).toBeVisible();
});

test('dragging the handle up grows the sheet and down shrinks it', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Claims list', exact: true }).click();
  await expect(handle(page)).toHaveAccessibleName(/half height/);
  const drag = async (dy: number) => {
    const box = await handle(page).boundingBox();
    if (!box) throw new Error('no handle');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + dy, { steps: 5 });
    await page.mouse.up();
  };
  await drag(-120);
  await expect(handle(page)).toHaveAccessibleName(/full height/);
  await drag(120);
  await expect(handle(page)).toHaveAccessibleName(/half height/);
  await drag(120);
  await expect(handle(page)).toHaveAccessibleName(/collapsed/);
});

test('no horizontal scroll at 360 px with the feed open, and with an actor panel open', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Claims list', exact: true }).click();
  await expect(feedRegion(page).getByRole('article').first()).toBeVisible();
  await noHorizontalScroll(page);

  await page.goto('/?actor=kor');
  await expect(page.getByRole('complementary', { name: 'Actor details' }).getByRole('article').first()).toBeVisible();
  await waitForMapIdle(page);
  await noHorizontalScroll(page);
});
