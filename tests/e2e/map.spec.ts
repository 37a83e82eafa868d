import { expect, test, type Page } from '@playwright/test';
import { distinctCanvasColours, mapCanvas, mapRegion, pressMapCentre, seriousAxeViolations, waitForMapIdle } from './support';

// Well inside Kursk Oblast, west of its centre, where the deployment circle of North Korean troops is drawn.
const INSIDE_KURSK = 'center=35.5,51.75&zoom=6';

/** Holds the page's scripts back until the returned function is called, so the server's HTML can be used first. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the map starts, reaches idle and draws more than a blank canvas', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Claims Atlas' })).toBeVisible();
  await waitForMapIdle(page);
  expect(await distinctCanvasColours(page)).toBeGreaterThan(8);
});

test('clicking or tapping inside Kursk Oblast selects it', async ({ page, isMobile }) => {
  await page.goto(`/?${INSIDE_KURSK}`);
  await waitForMapIdle(page);
  await pressMapCentre(page, isMobile);
  const panel = page.getByRole('complementary', { name: 'Region details' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Kursk/);
  await expect(panel).toContainText('Oblast');
  await expect(panel).toContainText('Russia');
  await expect(page).toHaveURL(/[?&]region=RU-KRS(&|$)/);
});

test('a link with ?region=RU-PRI opens Primorsky Krai and frames it', async ({ page }) => {
  await page.goto('/?region=RU-PRI');
  const panel = page.getByRole('complementary', { name: 'Region details' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Primor/);
  await expect(panel).toContainText('Krai');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Close region details' }).click();
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/region=/);
});

test('Crimea is shown as Ukraine\'s, under Russian occupation since 2014', async ({ page }) => {
  await page.goto('/?region=UA-43');
  const panel = page.getByRole('complementary', { name: 'Region details' });
  await expect(panel).toContainText('Ukraine');
  await expect(panel).toContainText('Occupied by Russia since 2014');
});

test('an unknown or malformed region shows the map with a short notice', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto('/?region=XX-NOPE');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status').filter({ hasText: 'does not have' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Region details' })).toHaveCount(0);
  await waitForMapIdle(page);
  expect(errors).toEqual([]);
});

test('a hostile region value is never turned into markup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const payload = encodeURIComponent('<img src=x onerror=alert(1)>');
  await page.goto(`/?region=${payload}`);
  await expect(page.getByRole('status').filter({ hasText: 'does not have' })).toBeVisible();
  await waitForMapIdle(page);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('text typed into the search box while the page is still loading gets its matches once the page is live', async ({ page }) => {
  // The box in the server's HTML is typed into before React takes it over.
  const release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const search = page.getByRole('combobox', { name: 'Find a country or province' });
  await search.fill('Kursk');
  release();
  await expect(page.getByRole('option', { name: /^Kursk/ }).first()).toBeVisible();
  await expect(search).toHaveValue('Kursk');
});

test("a panel the link opens does not take the focus from the search box the reader typed into while the page loaded", async ({ page }) => {
  // As above, the box is typed into before React takes it over; here the link also opens a region's details.
  const release = await holdScripts(page);
  await page.goto('/?region=RU-KRS', { waitUntil: 'domcontentloaded' });
  const search = page.getByRole('combobox', { name: 'Find a country or province' });
  await search.fill('Primorsky');
  release();
  await expect(page.getByRole('option', { name: /^Primorsky Krai/ })).toBeVisible();
  await expect(search).toBeFocused();
  await search.press('Enter');
  // Choosing moves the focus to the details, as any choice does.
  const heading = page.getByRole('complementary', { name: 'Region details' }).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(/Primorsky/);
  await expect(heading).toBeFocused();
});

test('a panel the link opens takes the focus when the reader has not put it anywhere yet', async ({ page }) => {
  await page.goto('/?region=RU-KRS');
  await waitForMapIdle(page);
  await expect(page.getByRole('complementary', { name: 'Region details' }).getByRole('heading', { level: 2 })).toBeFocused();
});

test('the search box finds Kursk and selects it as a click would; Escape returns focus', async ({ page }) => {
  await page.goto('/');
  // Once the page is live (typing earlier is the test above).
  await waitForMapIdle(page);
  const search = page.getByRole('combobox', { name: 'Find a country or province' });
  await search.fill('Kursk');
  const option = page.getByRole('option', { name: /^Kursk/ });
  await expect(option.first()).toBeVisible();
  await search.press('Enter');
  await expect(page).toHaveURL(/[?&]region=RU-KRS(&|$)/);
  const panel = page.getByRole('complementary', { name: 'Region details' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Kursk/);
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(search).toBeFocused();
  await expect(page).not.toHaveURL(/region=/);
});

test("Back and Forward step through the regions the reader opened, the link's first one included", async ({ page }) => {
  await page.goto('/?region=RU-KRS');
  const heading = page.getByRole('complementary', { name: 'Region details' }).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(/Kursk/);
  const search = page.getByRole('combobox', { name: 'Find a country or province' });
  await search.fill('Primorsky');
  await expect(page.getByRole('option', { name: /^Primorsky Krai/ })).toBeVisible();
  await search.press('Enter');
  await expect(heading).toHaveText(/Primorsky/);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]region=RU-KRS(&|$)/);
  await expect(heading).toHaveText(/Kursk/);
  await page.goForward();
  await expect(page).toHaveURL(/[?&]region=RU-PRI(&|$)/);
  await expect(heading).toHaveText(/Primorsky/);
});

test('the map has an accessible name and pans by keyboard', async ({ page }) => {
  await page.goto('/?center=60,55&zoom=3');
  await waitForMapIdle(page);
  await expect(mapRegion(page)).toBeVisible();
  await mapCanvas(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/center=6[1-9]|center=[7-9]\d/);
});

test('resizing the window leaves the camera out of the link; a move by the reader puts it in', async ({ page }) => {
  await page.goto('/?region=RU-KRS');
  await waitForMapIdle(page);
  const canvas = mapCanvas(page);
  const width = await canvas.evaluate((element) => element.clientWidth);
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.setViewportSize({ width: viewport.width - 40, height: viewport.height - 60 });
  // The map has followed the new size (its resize moves the camera) and drawn again.
  await expect.poll(() => canvas.evaluate((element) => element.clientWidth)).toBeLessThan(width);
  await waitForMapIdle(page);
  await expect(page).toHaveURL(/[?&]region=RU-KRS(&|$)/);
  expect(new URL(page.url()).searchParams.has('center')).toBe(false);
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]center=/);
});

test('the page makes no request to any origin but its own', async ({ page, baseURL, isMobile }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== new URL(baseURL ?? '').origin) foreign.push(request.url());
  });
  await page.goto(`/?${INSIDE_KURSK}&lang=ko`);
  await waitForMapIdle(page);
  await pressMapCentre(page, isMobile);
  await expect(page.getByRole('complementary')).toBeVisible();
  await page.goto('/?lang=ru');
  await waitForMapIdle(page);
  expect(foreign).toEqual([]);
});

test("the HTML asks early for the claims' GeoJSON and the label font the map's first view fetches", async ({ page }) => {
  // Files the map fetches (its worker asks for the GeoJSON, MapLibre's font manager for the fonts), under a filter
  // so that the claims files carry a query: a hint for another URL would be a second download, not a head start.
  const mapFiles = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^\/api\/v1\/(movements|deployments|actors\.geojson)$|^\/fonts\//.test(url.pathname)) mapFiles.add(url.pathname + url.search);
  });
  const response = await page.goto('/?party=prk');
  const html = (await response?.text()) ?? '';
  const hinted = [...html.matchAll(/<link rel="preload"[^>]*?href="([^"]+)"/g)].map((match) => (match[1] ?? '').replaceAll('&amp;', '&'));
  await waitForMapIdle(page);
  expect([...mapFiles].filter((file) => file.startsWith('/api/')).sort()).toEqual(['/api/v1/actors.geojson', '/api/v1/deployments?party=prk', '/api/v1/movements?party=prk']);
  expect(mapFiles).toContain('/fonts/noto-sans-latin-400-normal.woff2');
  for (const file of mapFiles) expect(hinted, file).toContain(file);
});

test('the page asks for the basemap by content version, which may be kept for good; any other version may not', async ({ page, request }) => {
  const asked = new Set<string>();
  page.on('request', (entry) => {
    const url = new URL(entry.url());
    if (url.pathname.startsWith('/basemap/')) asked.add(url.pathname + url.search);
  });
  await page.goto('/');
  await waitForMapIdle(page);
  await expect.poll(() => asked.size).toBe(4);
  const manifest = (await (await request.get('/basemap/manifest.json')).json()) as { file: string; version: string }[];
  // The map's three GeoJSON files and the region index (the font list is inlined in the HTML).
  const fetched = ['basemap/countries.geojson', 'basemap/provinces.geojson', 'basemap/labels.geojson', 'basemap/regions.json'];
  const versioned = manifest.filter(({ file }) => fetched.includes(file)).map(({ file, version }) => `/${file}?v=${version}`);
  expect(versioned).toHaveLength(4);
  expect([...asked].sort()).toEqual(versioned.sort());
  for (const url of versioned) {
    const kept = await request.get(url);
    expect(kept.status()).toBe(200);
    expect(kept.headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
    const path = url.split('?')[0] ?? '';
    // The bare path, and a version the build did not write (say, one guessed ahead of a deploy), are revalidated.
    for (const other of [path, `${path}?v=0000000000000000`, `${url}0`]) {
      expect((await request.get(other)).headers()['cache-control'], other).toBe('public, max-age=0');
    }
  }
});

test('axe finds no serious or critical violation, with and without the panel', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.goto('/?region=RU-KRS');
  await expect(page.getByRole('complementary', { name: 'Region details' })).toBeVisible();
  await waitForMapIdle(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('Korean and Cyrillic text, in the page and on the map, use fonts the app serves itself', async ({ page, baseURL }) => {
  const mapFonts: { url: string; status: number }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/fonts/')) mapFonts.push({ url: response.url(), status: response.status() });
  });
  await page.goto('/?lang=ko&center=129,40&zoom=4');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('클레임 아틀라스');
  await waitForMapIdle(page);
  // The map's labels (평양, 서울 and the rest, in Korean here) pull Korean subsets from /fonts/.
  expect(mapFonts.some(({ url }) => url.includes('noto-sans-kr'))).toBe(true);
  expect(mapFonts.every(({ url, status }) => url.startsWith(baseURL ?? '') && status === 200)).toBe(true);
  // The page's own text has a loaded web font for Hangul and for Cyrillic.
  const loaded = await page.evaluate(async () => {
    const hangul = await document.fonts.load('16px "Noto Sans KR"', '평양');
    const cyrillic = await document.fonts.load('16px "Noto Sans"', 'Київ');
    return [hangul, cyrillic].map((faces) => faces.filter((face) => face.status === 'loaded').length);
  });
  expect(loaded.every((count) => count > 0)).toBe(true);
});

test("only Korean pages carry the Hangul font's rules, in a stylesheet that may be kept for good", async ({ page, request }) => {
  const fontRules = () =>
    page.evaluate(() => {
      const families: string[] = [];
      for (const sheet of Array.from(document.styleSheets)) {
        for (const rule of Array.from(sheet.cssRules)) {
          if (rule instanceof CSSFontFaceRule) families.push(rule.style.getPropertyValue('font-family').replaceAll(/["']/g, ''));
        }
      }
      return { korean: families.filter((family) => family === 'Noto Sans KR').length, latin: families.filter((family) => family === 'Noto Sans').length };
    });
  // Any other language: the stylesheet every page waits for declares Noto Sans, and nothing of Noto Sans KR.
  await page.goto('/?lang=uk');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const other = await fontRules();
  expect(other.korean).toBe(0);
  expect(other.latin).toBeGreaterThan(0);
  await expect(page.locator('link[rel="stylesheet"][href^="/fonts/"]')).toHaveCount(0);

  // Korean: the page links the stylesheet by its version, declaring 400 and 600 for each of the font's subsets.
  await page.goto('/?lang=ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('클레임 아틀라스');
  const href = await page.locator('head link[rel="stylesheet"][href^="/fonts/noto-sans-kr.css?v="]').getAttribute('href');
  expect((await fontRules()).korean).toBeGreaterThan(200);
  const stylesheet = await request.get(href ?? '');
  expect(stylesheet.headers()['content-type']).toContain('text/css');
  expect(stylesheet.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  // Each font file is named with the same version and kept for good too; without it, it is revalidated.
  const font = /url\((\/fonts\/noto-sans-kr-[\w-]+\.woff2\?v=[0-9a-f]{16})\)/.exec(await stylesheet.text())?.[1] ?? '';
  expect(font.endsWith(new URL(href ?? '', 'http://x').search)).toBe(true);
  const kept = await request.get(font);
  expect(kept.status()).toBe(200);
  expect(kept.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const url of ['/fonts/noto-sans-kr.css', font.split('?')[0] ?? '', `${font.split('?')[0] ?? ''}?v=0000000000000000`]) {
    expect((await request.get(url)).headers()['cache-control'], url).toBe('public, max-age=0');
  }
});
