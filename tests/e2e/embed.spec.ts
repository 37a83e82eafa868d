import { expect, test } from '@playwright/test';
import { APP_ORIGIN, EMBED_OTHER_ORIGIN } from './fixtures/embed-host/origins';
import { hostPage, postToFrame, pressFrameMapCentre, received, reportedHeight, selections } from './fixtures/embed-host/host';
import { seriousAxeViolations, waitForMapIdle } from './support';

// Well inside Kursk Oblast (see map.spec.ts).
const INSIDE_KURSK = 'center=35.5,51.75&zoom=6';

test.describe('/embed on its own', () => {
  test('shows the map with minimal chrome: title, legend, attribution, and a link to the full map', async ({ page }) => {
    await page.goto('/embed?region=RU-KRS&asOf=2024-12-31');
    await expect(page.getByRole('heading', { level: 1, name: 'Claims Atlas' })).toBeVisible();
    const full = page.getByRole('link', { name: /Open the full map/ });
    await expect(full).toHaveAttribute('href', '/?region=RU-KRS&asOf=2024-12-31');
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', 'noopener');
    await expect(page.getByText(/Claims Atlas: every claim on this map links to its sources/)).toBeVisible();
    await expect(page.getByText('Legend', { exact: true }).filter({ visible: true })).toBeVisible();
    // The same panels as the main map.
    await expect(page.getByRole('complementary', { name: 'Region details' }).getByRole('heading', { level: 2 })).toHaveText(/Kursk/);
    // No search, no share, no timeline or feed by default.
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
    await expect(page.getByRole('slider')).toHaveCount(0);
    await expect(page.locator('#feed-heading')).toHaveCount(0);
    await waitForMapIdle(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test('options switch the legend, timeline and feed; invalid values fall back to the defaults', async ({ page, isMobile }) => {
    await page.goto('/embed?legend=off&timeline=on&feed=on');
    await expect(page.getByRole('slider')).toBeVisible();
    await expect(page.getByText('Legend', { exact: true })).toHaveCount(0);
    if (isMobile) await expect(page.getByRole('button', { name: 'Claims list' })).toBeVisible();
    else await expect(page.locator('#feed-heading')).toBeVisible();

    await page.goto('/embed?legend=maybe&timeline=1&feed=&interactive=no&bbox=1,2,3&id=%3Cb%3E');
    await expect(page.getByText('Legend', { exact: true }).filter({ visible: true })).toBeVisible();
    await expect(page.getByRole('slider')).toHaveCount(0);
    await expect(page.locator('#feed-heading')).toHaveCount(0);
    await waitForMapIdle(page);
    // Interactive by default: the zoom buttons are there.
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  });

  test('interactive=off shows a still map without zoom buttons', async ({ page }) => {
    await page.goto('/embed?interactive=off&bbox=30,44,60,56');
    await waitForMapIdle(page);
    await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
  });

  test('keeps its options in its own address as the reader moves around', async ({ page, isMobile }) => {
    await page.goto(`/embed?${INSIDE_KURSK}&legend=off&id=keep`);
    await waitForMapIdle(page);
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map box');
    if (isMobile) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    else await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(/region=RU-KRS/);
    await expect(page).toHaveURL(/legend=off/);
    await expect(page).toHaveURL(/id=keep/);
  });
});

test.describe('/embed in an https page of another origin', () => {
  test.use({ ignoreHTTPSErrors: true });

  test('renders and reports its height in the Datawrapper and AMP forms', async ({ page }) => {
    await page.goto(hostPage('/embed?id=story-1'));
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1, name: 'Claims Atlas' })).toBeVisible();
    await expect(frame.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    const height = await reportedHeight(page, 'story-1');
    // The map alone is at least 280 px: the embed asks for more than the 150 px the host gave it.
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThan(2000);
  });

  test('tells the host page which region was clicked', async ({ page, isMobile }) => {
    await page.goto(hostPage(`/embed?${INSIDE_KURSK}&id=story-2`));
    // The host grows the frame to what it asked for, as a resize script would.
    const height = await reportedHeight(page, 'story-2');
    await page.evaluate((px) => document.getElementsByTagName('iframe')[0]?.setAttribute('height', String(px)), height);
    await expect(page.frameLocator('iframe').getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    await pressFrameMapCentre(page, isMobile);
    await expect.poll(() => selections(page)).toEqual([{ type: 'claims-atlas:select', id: 'story-2', kind: 'region', target: 'RU-KRS' }]);
    const from = (await received(page)).find((message) => (message.data as { type?: string }).type === 'claims-atlas:select');
    expect(from?.origin).toBe(APP_ORIGIN);
  });

  test('obeys a well-formed command from an allowed origin, and only that one', async ({ page }) => {
    await page.goto(hostPage('/embed?id=story-3&timeline=on'));
    const frame = page.frameLocator('iframe');
    await reportedHeight(page, 'story-3');
    // Wrong shapes first: an extra field, a kind that does not match the id, another embed's id.
    await postToFrame(page, { type: 'claims-atlas:command', select: { kind: 'region', target: 'UA-43' }, run: 'x' });
    await postToFrame(page, { type: 'claims-atlas:command', select: { kind: 'claim', target: 'RU-KRS' } });
    await postToFrame(page, { type: 'claims-atlas:command', id: 'another', select: { kind: 'region', target: 'KP-01' } });
    await postToFrame(page, { type: 'claims-atlas:command', select: { kind: 'region', target: 'RU-PRI' }, asOf: '2024-11-01' });
    const panel = frame.getByRole('complementary', { name: 'Region details' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Primor/);
    await expect(frame.getByRole('slider')).toHaveAttribute('aria-valuetext', 'Known as of 1 Nov 2024');
    await expect.poll(() => selections(page)).toEqual([{ type: 'claims-atlas:select', id: 'story-3', kind: 'region', target: 'RU-PRI' }]);
    // Clearing the selection is announced too.
    await postToFrame(page, { type: 'claims-atlas:command', select: null });
    await expect(panel).toHaveCount(0);
    await expect.poll(async () => (await selections(page)).at(-1)).toEqual({ type: 'claims-atlas:select', id: 'story-3', kind: null, target: null });
  });

  test('ignores a command from an origin that is not allowed', async ({ page, isMobile }) => {
    await page.goto(hostPage(`/embed?${INSIDE_KURSK}&id=story-4`, EMBED_OTHER_ORIGIN));
    const height = await reportedHeight(page, 'story-4');
    await page.evaluate((px) => document.getElementsByTagName('iframe')[0]?.setAttribute('height', String(px)), height);
    await postToFrame(page, { type: 'claims-atlas:command', select: { kind: 'region', target: 'RU-PRI' } });
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    // The reader's own click is what the embed shows and reports; the command left no trace.
    await pressFrameMapCentre(page, isMobile);
    await expect(frame.getByRole('complementary', { name: 'Region details' }).getByRole('heading', { level: 2 })).toHaveText(/Kursk/);
    await expect.poll(() => selections(page)).toEqual([{ type: 'claims-atlas:select', id: 'story-4', kind: 'region', target: 'RU-KRS' }]);
  });

  test('lets the host page scroll past the map: gestures are cooperative in a frame only', async ({ page, isMobile }) => {
    await page.goto(hostPage('/embed?id=story-5'));
    const height = await reportedHeight(page, 'story-5');
    await page.evaluate((px) => document.getElementsByTagName('iframe')[0]?.setAttribute('height', String(px)), height);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    const screen = frame.locator('.maplibregl-cooperative-gesture-screen');
    await expect(screen).toHaveCount(1);
    await expect(screen).toContainText(isMobile ? 'Use two fingers to move the map' : 'Use Ctrl + scroll to zoom the map');
    if (!isMobile) {
      const box = await frame.getByTestId('map').boundingBox();
      if (!box) throw new Error('the embedded map has no box');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 400);
      // The wheel scrolls the article, not the map (which flashes its hint).
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    }
    // The same embed opened on its own is an ordinary map.
    await page.goto(`${APP_ORIGIN}/embed`);
    await waitForMapIdle(page);
    await expect(page.locator('.maplibregl-cooperative-gesture-screen')).toHaveCount(0);
  });

  test('the main map refuses to be framed there', async ({ page }) => {
    const response = page.waitForResponse((r) => r.url() === `${APP_ORIGIN}/`);
    await page.goto(hostPage('/'));
    expect((await response).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect.poll(() => page.frames().find((f) => f !== page.mainFrame())?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('iframe').getByRole('heading', { name: 'Claims Atlas' })).toHaveCount(0);
  });
});
