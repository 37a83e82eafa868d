import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import type { BenchPublicFiles } from './bare-page';
import { fetchScriptSizes, gzipSize } from './bundle-size';
import { coldLoad, type IdleTarget, type PageLoad } from './map-idle';
import type { AppRoute, GeoJsonFile } from './results';

/** The app's first-view bounds when components/map/map-view.tsx cannot be read (its STORY_BOUNDS). */
const FALLBACK_BOUNDS = [22, 33, 182, 72];
/** The padding the app fits its first view with (map-view.tsx, panelPadding with no panel open). */
export const FIRST_VIEW_PADDING = 24;

/** STORY_BOUNDS as the app declares it, read from its source so the bare page frames exactly the same view. */
export async function storyBounds(root: string): Promise<{ bounds: number[]; fromSource: boolean }> {
  const source = await readFile(path.join(root, 'components', 'map', 'map-view.tsx'), 'utf8').catch(() => '');
  const match = /STORY_BOUNDS[^=]*=\s*\[([-\d.,\s]+)\]/.exec(source);
  const bounds = match?.[1]?.split(',').map((part) => Number(part.trim())) ?? [];
  const ok = bounds.length === 4 && bounds.every(Number.isFinite);
  return ok ? { bounds, fromSource: true } : { bounds: FALLBACK_BOUNDS, fromSource: false };
}

/** Whether each app route is served: a 404 means the route is not built yet, which is reported, not a failure. */
export async function checkRoutes(origin: string, routes: readonly string[]): Promise<AppRoute[]> {
  return Promise.all(
    routes.map(async (route): Promise<AppRoute> => {
      try {
        const response = await fetch(origin + route, { signal: AbortSignal.timeout(60_000) });
        await response.arrayBuffer();
        const status = response.ok ? 'ok' : response.status === 404 ? 'not built yet' : 'error';
        return { route, status, httpStatus: response.status };
      } catch {
        return { route, status: 'error', httpStatus: null };
      }
    }),
  );
}

/** Sizes of the GeoJSON files, fetched again from the server. */
export async function geojsonSizes(origin: string, paths: readonly string[]): Promise<GeoJsonFile[]> {
  return Promise.all(
    paths.map(async (file) => {
      const response = await fetch(origin + file, { signal: AbortSignal.timeout(120_000) });
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { path: file, raw: bytes.length, gzip: gzipSize(bytes) };
    }),
  );
}

/** The app's pages, each with the bare page drawing exactly the GeoJSON that page's first view loaded. */
export interface FirstView {
  targets: IdleTarget[];
  /** For each app route, the name of its bare target. */
  bareFor: Map<string, string>;
  /** The warm-up load of every target (what it fetched), not counted in the timings. */
  loads: Map<string, PageLoad>;
  geojson: string[];
}

/**
 * Loads each app route once (a warm-up, not timed) to see which GeoJSON its first view fetches, then builds the bare
 * page URL drawing the same files in the same bounds, and loads that once too. Routes whose first views fetch the
 * same files share one bare page.
 */
export async function discoverFirstView(
  browser: Browser,
  origin: string,
  files: BenchPublicFiles,
  routes: readonly string[],
  bounds: readonly number[],
): Promise<FirstView> {
  const targets: IdleTarget[] = [];
  const bareFor = new Map<string, string>();
  const loads = new Map<string, PageLoad>();
  const bareByGeojson = new Map<string, string>();
  let first: string[] = [];
  for (const route of routes) {
    const load = await coldLoad(browser, origin + route, 'desktop');
    if (load.geojson.length === 0) throw new Error(`${route}: the first view loaded no GeoJSON`);
    if (first.length === 0) first = load.geojson;
    loads.set(route, load);
    targets.push({ name: route, path: route });
    const key = load.geojson.join('\n');
    let bare = bareByGeojson.get(key);
    if (bare === undefined) {
      bare = bareByGeojson.size === 0 ? 'bare' : `bare (as ${route})`;
      bareByGeojson.set(key, bare);
      const target = { name: bare, path: files.barePagePath(load.geojson, bounds, FIRST_VIEW_PADDING), bypassCsp: true };
      targets.push(target);
      loads.set(bare, await coldLoad(browser, origin + target.path, 'desktop', true));
    }
    bareFor.set(route, bare);
  }
  return { targets, bareFor, loads, geojson: first };
}

/** The JavaScript each warm-up load fetched until its first idle: files and gzip bytes. */
export async function jsUntilIdle(origin: string, loads: ReadonlyMap<string, PageLoad>) {
  const entries = [];
  for (const [target, load] of loads) {
    const sizes = await fetchScriptSizes(load.scripts.map((script) => origin + script));
    entries.push({
      target,
      files: sizes.length,
      raw: sizes.reduce((sum, file) => sum + file.raw, 0),
      gzip: sizes.reduce((sum, file) => sum + file.gzip, 0),
    });
  }
  return entries;
}
