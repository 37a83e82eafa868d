import { devices, type Browser, type BrowserContextOptions } from '@playwright/test';
import type { Profile } from './config';
import { median, rotate } from './stats';

/**
 * Time from navigation to the map's first `idle`, read in the page itself: an init script watches for
 * `[data-testid=map][aria-busy=false]` (how tests/e2e/support.ts tells the app's map is idle; the bare page marks its
 * map the same way on `map.once('idle')`) and records `performance.now()` (ms since navigation start) at that moment.
 */
const IDLE_PROBE = `(() => {
  const record = () => {
    if (window.__benchMapIdleAt !== undefined) return true;
    if (!document.querySelector('[data-testid=map][aria-busy=false]')) return false;
    window.__benchMapIdleAt = performance.now();
    return true;
  };
  const observer = new MutationObserver(() => { if (record()) observer.disconnect(); });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'data-testid'] });
})();`;

declare global {
  interface Window {
    __benchMapIdleAt?: number;
  }
}

const IDLE_TIMEOUT_MS = 90_000;

/** Browser settings of each profile: the e2e suite's desktop viewport, and Playwright's iPhone 13 in Chromium. */
export function profileOptions(profile: Profile): BrowserContextOptions {
  if (profile === 'desktop') return { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices['iPhone 13'];
  return { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch };
}

/**
 * A page to time: a name for the report and a URL path on the server. `bypassCsp` is set for the bare page only: the
 * app's Content-Security-Policy (proxy.ts) covers every path, files under public/ included, and would block a plain
 * HTML file's scripts; the baseline is MapLibre with nothing of the app around it, so it runs without that policy.
 */
export interface IdleTarget {
  name: string;
  path: string;
  bypassCsp?: boolean;
}

/** What one cold load of a page fetched: GeoJSON (as the map asked for it) and scripts, in request order. */
export interface PageLoad {
  idleMs: number;
  geojson: string[];
  scripts: string[];
  errors: string[];
}

/**
 * One cold load in a fresh browser context (its HTTP cache starts empty, as on a reader's first visit, and works
 * during the load, so a file the HTML preloads is not downloaded a second time when the map asks for it): navigates,
 * waits for the map's first idle and returns the time with what the page fetched. Throws when the map never goes idle.
 */
export async function coldLoad(browser: Browser, url: string, profile: Profile, bypassCsp = false): Promise<PageLoad> {
  const context = await browser.newContext({ ...profileOptions(profile), bypassCSP: bypassCsp });
  try {
    await context.addInitScript({ content: IDLE_PROBE });
    const geojson: string[] = [];
    const scripts: string[] = [];
    const errors: string[] = [];
    context.on('response', (response) => {
      const target = new URL(response.url());
      const type = response.headers()['content-type'] ?? '';
      const where = target.pathname + target.search;
      if (target.pathname.endsWith('.geojson') || type.includes('geo+json')) geojson.push(where);
      if (/\.m?js$/.test(target.pathname) || type.includes('javascript')) scripts.push(where);
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'commit', timeout: IDLE_TIMEOUT_MS });
    await page.waitForFunction(() => window.__benchMapIdleAt !== undefined, undefined, {
      timeout: IDLE_TIMEOUT_MS,
      polling: 50,
    });
    const idleMs = await page.evaluate(() => window.__benchMapIdleAt ?? Number.NaN);
    return { idleMs, geojson: [...new Set(geojson)], scripts: [...new Set(scripts)], errors };
  } finally {
    await context.close();
  }
}

/** Times of one page in one profile: every run's time (ms) and the failures. */
export interface IdleSeries {
  target: string;
  profile: Profile;
  runsMs: number[];
  failures: string[];
  medianMs: number | null;
}

/**
 * Interleaved cold runs: in each round every target is loaded once, the order rotating from round to round, so
 * whatever else the machine is doing weighs on every target alike.
 */
export async function measureIdle(
  browser: Browser,
  origin: string,
  targets: readonly IdleTarget[],
  profiles: readonly Profile[],
  runs: number,
  progress: (line: string) => void,
): Promise<IdleSeries[]> {
  const series = profiles.flatMap((profile) =>
    targets.map((target): IdleSeries => ({ target: target.name, profile, runsMs: [], failures: [], medianMs: null })),
  );
  const find = (target: IdleTarget, profile: Profile) =>
    series.find((entry) => entry.target === target.name && entry.profile === profile) as IdleSeries;
  for (let round = 0; round < runs; round += 1) {
    for (const profile of profiles) {
      for (const target of rotate(targets, round)) {
        const entry = find(target, profile);
        try {
          const load = await coldLoad(browser, origin + target.path, profile, target.bypassCsp === true);
          entry.runsMs.push(load.idleMs);
          progress(`  idle ${profile} ${target.name} run ${round + 1}/${runs}: ${Math.round(load.idleMs)} ms`);
        } catch (error) {
          entry.failures.push((error as Error).message.split('\n')[0] ?? 'failed');
          progress(`  idle ${profile} ${target.name} run ${round + 1}/${runs}: FAILED ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
  }
  for (const entry of series) entry.medianMs = median(entry.runsMs);
  return series;
}
