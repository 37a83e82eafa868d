import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForMapIdle } from './support';

/**
 * The app serving the hostile dataset (tests/fixtures/hostile-data: script, HTML, formula and odd-unicode payloads
 * in every text field), through the `hostile-data` project's own server (DATA_DIR, see playwright.config.ts). The
 * panels that render those texts show each payload as text: no dialog opens, no element the payloads describe
 * exists, and the Content-Security-Policy has nothing to block.
 */

type Watch = { dialogs: string[]; violations: string[] };

async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { dialogs: [], violations: [] };
  page.on('dialog', async (dialog) => {
    seen.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.exposeFunction('reportHostileViolation', (what: string) => seen.violations.push(what));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportHostileViolation: (what: string) => void }).reportHostileViolation(
        `${event.effectiveDirective} ${event.blockedURI}`,
      );
    });
  });
  return seen;
}

/** Elements the payloads would create if any text were parsed as markup, and links a browser would run. */
async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = [
      ...document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], [onmouseover], a[href^="javascript:" i]'),
      ...[...document.scripts].filter((script) => /^\s*alert\(/.test(script.textContent ?? '')),
    ];
    return found.map((element) => element.outerHTML.slice(0, 120));
  });
}

/** The text of field `tag` is shown, as text, with its markup payloads spelt out. */
async function expectShownAsText(scope: Locator, tag: string): Promise<void> {
  const element = scope.getByText(tag, { exact: false }).first();
  await expect(element, tag).toBeVisible();
  await expect(element, tag).toContainText(`<script>alert("${tag}")</script>`);
}

/** Opens every claim's source list. */
async function openSources(panel: Locator): Promise<void> {
  const summaries = panel.getByRole('article').locator('summary');
  for (let i = 0; i < (await summaries.count()); i += 1) await summaries.nth(i).click();
}

test("a region's dossier shows every hostile text as text, and runs none of it", async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/?region=RU-KRS');
  const panel = page.getByRole('complementary', { name: 'Region details' });
  await expect(panel.getByRole('article')).toHaveCount(3);
  await openSources(panel);
  for (const tag of [
    'claim-reports.summary.en',
    'claim-denies.summary.en',
    'claim-summons.summary.en',
    'claim-reports.quote',
    'claim-reports.figure.en',
    'claim-summons.figure.en',
    'actor-aland-agency.names.en',
    'actor-aland-speaker.names.en',
    'deployment-kursk.names.en',
    'source-wire.title',
    'source-wire.publisher',
    'source-wire.agency',
    'source-untitled.publisher',
  ]) {
    await expectShownAsText(panel, tag);
  }
  // The links keep their http(s) targets; the markup in their paths stays inside the URL.
  const hrefs = await panel.getByRole('link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(new URL(href).protocol).toMatch(/^https?:$/);
  await waitForMapIdle(page);
  expect(await injectedElements(page)).toEqual([]);
  expect(seen).toEqual({ dialogs: [], violations: [] });
});

test("a deployment's and a movement's panels show the hostile texts as text, in English and in Korean", async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/?deployment=deployment-hostile-kursk');
  let panel = page.getByRole('complementary', { name: 'Movement or deployment details' });
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('<script>alert("deployment-kursk.names.en")</script>');
  for (const tag of ['actor-aland.names.en', 'actor-borland.names.en', 'claim-reports.figure.en', 'claim-summons.summary.en']) {
    await expectShownAsText(panel, tag);
  }

  await page.goto('/?movement=movement-hostile-sea&lang=ko');
  panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('<script>alert("movement-sea.names.ko")</script>');
  await expectShownAsText(panel, 'claim-reports.summary.ko');
  await expectShownAsText(panel, 'actor-aland-agency.names.ko');
  await waitForMapIdle(page);
  expect(await injectedElements(page)).toEqual([]);
  expect(seen).toEqual({ dialogs: [], violations: [] });
});

test('the hostile texts leave the API as JSON strings and the CSV export with every formula cell guarded', async ({ request }) => {
  const claims = await request.get('/api/v1/claims');
  expect(claims.status()).toBe(200);
  expect(claims.headers()['content-type']).toBe('application/json; charset=utf-8');
  const body = (await claims.json()) as { data: { summary: { en: string } }[] };
  expect(body.data.map((claim) => claim.summary.en).join()).toContain('<script>alert("claim-reports.summary.en")</script>');

  const csv = await request.get('/api/v1/claims.csv');
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  // A cell starts a line or follows a comma, bare or inside quotes; none may begin with what a spreadsheet runs.
  expect(text).not.toMatch(/(^|\r\n|,)"?[=+\-@]/);
  expect(text).toContain("'=cmd|");
});

test('a hostile EMBED_FRAME_ANCESTORS only ever narrows who may frame /embed', async ({ request }) => {
  // This server runs with "https://News.example 'unsafe-inline' javascript:alert(1) https://x.example;script-src *".
  const policy = (await request.get('/embed')).headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/; frame-ancestors https:\/\/news\.example$/);
  expect(policy.split('; ').filter((directive) => directive.startsWith('script-src'))).toHaveLength(1);
});
