import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './support';

test('North Korean troops in Kursk Oblast read contested before the April 2025 acknowledgements and confirmed after', async ({ page }) => {
  await page.goto('/?deployment=deployment-prk-kursk-oblast&asOf=2024-12-31');
  const panel = page.getByRole('complementary', { name: 'Movement or deployment details' });
  await expect(panel).toContainText('Contested');
  await expect(panel.getByRole('region', { name: 'Who says what' }).getByRole('listitem').filter({ hasText: 'Russia' })).toContainText('Denies');
  await page.goto('/?deployment=deployment-prk-kursk-oblast&asOf=2025-04-30');
  await expect(panel).toContainText('Confirmed');
});

test('the replay advances the date, and the map follows', async ({ page }) => {
  await page.goto('/?asOf=2024-10-01');
  await waitForMapIdle(page);
  const slider = page.getByRole('slider', { name: 'What was known on a date' });
  const before = Number(await slider.inputValue());
  await page.getByRole('button', { name: 'Replay day by day' }).click();
  await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(before);
  await expect(page).not.toHaveURL(/asOf=2024-10-01/);
  await page.getByRole('button', { name: 'Pause replay' }).click();
  await waitForMapIdle(page);
});

test('the slider is operable by keyboard and writes asOf to the URL', async ({ page }) => {
  await page.goto('/?asOf=2024-10-21');
  // The page answers input once hydrated; the map mounts only then, so its first idle says the controls are live.
  await waitForMapIdle(page);
  const slider = page.getByRole('slider', { name: 'What was known on a date' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/asOf=2024-10-22/);
});

test.describe('the claims feed', () => {
  test('is in the server HTML of /', async ({ request }) => {
    const html = await (await request.get('/')).text();
    expect(html).toContain('id="feed-heading"');
    expect((html.match(/<article/g) ?? []).length).toBeGreaterThan(10);
  });

  test('a party filter narrows the list and goes into the URL', async ({ page, isMobile }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    // On a phone the feed lives in a sheet the reader opens first.
    if (isMobile) await page.getByRole('button', { name: 'Claims list', exact: true }).click();
    const feed = page.getByRole('region', { name: 'Claims', exact: true });
    const count = feed.getByText(/^\d+ of \d+$/);
    const total = Number((await count.textContent())?.split(' of ')[1]);
    await feed.getByLabel('Party', { exact: true }).selectOption({ label: 'North Korea' });
    await expect(page).toHaveURL(/party=prk/);
    await expect(count).not.toHaveText(new RegExp(` of ${total}$`));
    const filtered = Number((await count.textContent())?.split(' of ')[1]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
  });
});
