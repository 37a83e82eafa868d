import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pressMapCentre, waitForMapIdle } from './support';

/** The actor panel, by its accessible name in the English UI. */
const actorPanel = (page: Page) => page.getByRole('complementary', { name: 'Actor details' });

/** Opens the feed on phones, where it is a bottom sheet behind a button. */
async function openFeed(page: Page, isMobile: boolean) {
  if (isMobile) await page.getByRole('button', { name: 'Claims list' }).click();
  return page.getByRole('region', { name: 'Claims', exact: true });
}

test("clicking an actor's seat on the map opens its panel with its claims", async ({ page, isMobile }) => {
  // Seoul (126.978, 37.5665), home of South Korea and the bodies under it; no movement or deployment is drawn there.
  await page.goto('/?center=126.978,37.5665&zoom=5');
  await waitForMapIdle(page);
  await pressMapCentre(page, isMobile);
  await expect(page).toHaveURL(/[?&]actor=kor(&|$)/);
  const panel = actorPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('South Korea');
  await expect(panel.getByRole('region', { name: /^Its claims/ }).getByRole('article').first()).toBeVisible();
});

test('a link to an actor shows its kind, stance by subject, who else sits there, and its claims', async ({ page }) => {
  await page.goto('/?actor=kor');
  const panel = actorPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('South Korea');
  await expect(panel).toContainText('State');
  const stance = panel.getByRole('region', { name: 'Its stance, by subject' });
  await expect(stance.getByText('Asserts').first()).toBeVisible();
  const claims = panel.getByRole('region', { name: /^Its claims/ }).getByRole('article');
  expect(await claims.count()).toBeGreaterThan(5);
  // The other actors based in Seoul are one click away; the NIS panel names the body it belongs to.
  await panel.getByRole('region', { name: 'Also based in Seoul' }).getByRole('button', { name: 'National Intelligence Service (NIS)' }).click();
  await expect(page).toHaveURL(/[?&]actor=kor-nis(&|$)/);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('National Intelligence Service (NIS)');
  await expect(panel.getByText('Part of:')).toBeVisible();
  // A claim of the list opens the claim panel.
  await panel.getByRole('link', { name: /^Open claim/ }).first().click();
  await expect(page).toHaveURL(/[?&]claim=claim-2025-09-02-nis-2000-killed(&|$)/);
  await expect(page.getByRole('complementary', { name: 'Claim details' })).toBeVisible();
});

test("a claimant's name in a claim opens that actor's panel", async ({ page }) => {
  await page.goto('/?claim=claim-2024-10-18-budanov-11000');
  const claim = page.getByRole('complementary', { name: 'Claim details' });
  // The claim is in the server's HTML: its buttons answer once the page is live.
  await waitForMapIdle(page);
  await claim.getByRole('button', { name: 'Kyrylo Budanov' }).first().click();
  await expect(page).toHaveURL(/[?&]actor=ukr-budanov(&|$)/);
  await expect(actorPanel(page).getByRole('heading', { level: 2 })).toHaveText('Kyrylo Budanov');
  await expect(actorPanel(page).getByText('Part of:')).toBeVisible();
});

test('the strength estimates show as a chart with a text summary, beside the table', async ({ page }) => {
  await page.goto('/?deployment=deployment-prk-kursk-oblast');
  const estimates = page.getByRole('region', { name: 'Strength estimates over time' });
  const chart = estimates.getByRole('img', { name: /^Chart of \d+ troop estimates from .+ to .+, ranging from [\d,]+ to [\d,]+\./ });
  await expect(chart).toBeVisible();
  expect(await chart.locator('circle, rect, path').count()).toBeGreaterThan(3);
  expect(await estimates.getByRole('row').count()).toBeGreaterThan(3);
});

test('the claimant filter narrows the feed to that actor and goes into the URL', async ({ page, isMobile }) => {
  await page.goto('/');
  const feed = await openFeed(page, isMobile);
  const count = feed.getByText(/^\d+ of \d+$/);
  const total = Number((await count.textContent())?.split(' of ')[1]);
  await feed.getByLabel('Claimant', { exact: true }).selectOption({ label: 'National Intelligence Service (NIS)' });
  await expect(page).toHaveURL(/[?&]claimant=kor-nis(&|$)/);
  await expect(count).not.toHaveText(new RegExp(` of ${total}$`));
  const filtered = Number((await count.textContent())?.split(' of ')[1]);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(total);
  const articles = feed.getByRole('article');
  await expect(articles).toHaveCount(filtered);
  for (const article of await articles.all()) await expect(article).toContainText('National Intelligence Service (NIS)');
});

test('the actor panel and the estimate chart have no serious accessibility findings', async ({ page }) => {
  for (const path of ['/?actor=kor', '/?deployment=deployment-prk-kursk-oblast']) {
    await page.goto(path);
    const panel = page.getByTestId('details-panel');
    await expect(panel.getByRole('heading', { level: 2 })).not.toHaveText('…');
    await expect(panel.getByRole('article').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('[data-testid=details-panel]').analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('an unknown actor in the link shows the map with a notice and no panel', async ({ page }) => {
  await page.goto('/?actor=nobody-known');
  await expect(page.getByRole('status').filter({ hasText: 'does not have' })).toBeVisible();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await waitForMapIdle(page);
});
