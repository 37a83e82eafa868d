import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle } from './support';

/** Loads `/` until its map is idle and shows the claims feed (on a phone it lives in a sheet the reader opens first). */
async function openFeed(page: Page, isMobile: boolean) {
  await page.goto('/');
  await waitForMapIdle(page);
  if (isMobile) await page.getByRole('button', { name: 'Claims list', exact: true }).click();
  const feed = page.getByRole('region', { name: 'Claims', exact: true });
  return { feed, count: feed.getByText(/^\d+ of \d+$/) };
}

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

  test('the first page the HTML carries is not fetched again as the page starts', async ({ page, isMobile }) => {
    const feedRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/v1/claims') feedRequests.push(request.url());
    });
    const { count } = await openFeed(page, isMobile);
    await expect(count).toHaveText(/^20 of \d+$/);
    expect(feedRequests).toEqual([]);
  });

  test("'Show more claims' adds the next claims below the first page, without repeating any", async ({ page, isMobile }) => {
    const { feed, count } = await openFeed(page, isMobile);
    await expect(count).toHaveText(/^20 of \d+$/);
    const total = Number((await count.textContent())?.split(' of ')[1]);
    expect(total).toBeGreaterThan(20);
    await feed.getByRole('button', { name: 'Show more claims' }).click();
    await expect(count).not.toHaveText(/^20 of /);
    const shown = Number((await count.textContent())?.split(' of ')[0]);
    expect(shown).toBeGreaterThan(20);
    const articles = feed.getByRole('article');
    await expect(articles).toHaveCount(shown);
    // A claim's card is told apart by who made it, when, and its summary.
    const cards = await articles.evaluateAll((elements) =>
      elements.map((element) => `${element.getAttribute('aria-label')}: ${element.querySelector('p')?.textContent}`),
    );
    expect(new Set(cards).size).toBe(shown);
  });

  test('a party filter narrows the list and goes into the URL', async ({ page, isMobile }) => {
    const { feed, count } = await openFeed(page, isMobile);
    const total = Number((await count.textContent())?.split(' of ')[1]);
    await feed.getByLabel('Party', { exact: true }).selectOption({ label: 'North Korea' });
    await expect(page).toHaveURL(/party=prk/);
    await expect(count).not.toHaveText(new RegExp(` of ${total}$`));
    const filtered = Number((await count.textContent())?.split(' of ')[1]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
  });
});
