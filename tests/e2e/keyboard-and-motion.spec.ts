import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations, waitForMapIdle } from './support';

type Named = { properties: { id: string; names: { en: string } }; geometry: unknown };

/** The names of everything the map draws on a day, from the same API the map reads. */
async function drawnNames(page: Page, asOf: string): Promise<string[]> {
  const names = new Set<string>();
  for (const path of [`/api/v1/movements?asOf=${asOf}`, `/api/v1/deployments?asOf=${asOf}`, '/api/v1/actors.geojson']) {
    const response = await page.request.get(path);
    expect(response.ok()).toBe(true);
    const { features } = (await response.json()) as { features: Named[] };
    for (const feature of features) if (feature.geometry !== null) names.add(feature.properties.names.en);
  }
  return [...names];
}

/** The accessible text of the focused element: its text without what is hidden from assistive technology. */
function focusedText(page: Page): Promise<{ text: string; inMapItems: boolean; tag: string }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement)) return { text: '', inMapItems: false, tag: '' };
    const copy = active.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return {
      text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(),
      inMapItems: active.closest('[data-testid="map-items"]') !== null,
      tag: active.tagName,
    };
  });
}

test('a keyboard-only walk reaches every movement, deployment and actor the map draws, each with a unique name', async ({ page }) => {
  const asOf = '2024-10-31';
  await page.goto(`/?asOf=${asOf}`);
  await waitForMapIdle(page);
  const expected = await drawnNames(page, asOf);
  expect(expected.length).toBeGreaterThan(5);

  // Tab from the top of the page to the list of map items, open it with Enter, then Tab through its buttons.
  let found = false;
  for (let presses = 0; presses < 600 && !found; presses++) {
    await page.keyboard.press('Tab');
    found = /^List what the map shows/.test((await focusedText(page)).text);
  }
  expect(found, 'Tab reaches the list of map items').toBe(true);
  await page.keyboard.press('Enter');

  const reached: string[] = [];
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    const focused = await focusedText(page);
    if (!focused.inMapItems) break;
    expect(focused.tag).toBe('BUTTON');
    reached.push(focused.text);
  }
  expect(new Set(reached).size, 'every button has its own name').toBe(reached.length);
  for (const name of expected) expect(reached.some((text) => text.startsWith(name)), `reached ${name}`).toBe(true);

  // Enter on an item opens its details, as a click on the map does.
  await page.keyboard.press('Shift+Tab');
  const last = await focusedText(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(last.text.split(',')[0] ?? '');
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the timeline steps from claim day to claim day instead of replaying on its own', async ({ page }) => {
    await page.goto('/?asOf=2024-10-18');
    const timeline = page.getByRole('group', { name: 'What was known on a date' });
    await expect(timeline.getByRole('button', { name: 'Next claim day' })).toBeEnabled();
    await expect(timeline.getByRole('button', { name: 'Replay day by day' })).toHaveCount(0);
    await timeline.getByRole('button', { name: 'Next claim day' }).click();
    await expect(page).toHaveURL(/[?&]asOf=2024-10-21(&|$)/);
    await expect(timeline.getByRole('status')).toHaveText('21 Oct 2024');
    await timeline.getByRole('button', { name: 'Previous claim day' }).click();
    await expect(page).toHaveURL(/[?&]asOf=2024-10-18(&|$)/);
  });
});

test.describe('axe on the lens views', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`finds no serious or critical violation comparing two lenses, ${theme}`, async ({ page, isMobile }) => {
      await page.goto(`/?asOf=2024-10-31&lens=kor-nis&lens2=rus&theme=${theme}`);
      // Once the page is live (its first map idle): a tap on the server's HTML before hydration reaches no handler.
      await expect(page.getByTestId('map').first()).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
      if (isMobile) await page.getByRole('button', { name: 'Claims list' }).click();
      await expect(page.getByTestId('lens-differences')).toBeVisible();
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
});

test('pan buttons move the map without dragging, and the camera goes into the link', async ({ page }) => {
  await page.goto('/?center=100,55&zoom=3');
  await waitForMapIdle(page);
  const centre = () => (new URL(page.url()).searchParams.get('center') ?? '100,55').split(',').map(Number);
  await page.getByRole('button', { name: 'Move the map east' }).click();
  await expect.poll(() => centre()[0]).toBeGreaterThan(105);
  const [, latBefore] = centre();
  await page.getByRole('button', { name: 'Move the map north' }).click();
  await expect.poll(() => centre()[1]).toBeGreaterThan((latBefore ?? 55) + 1);
});
