import { createHash } from 'node:crypto';
import type { Browser } from '@playwright/test';
import { comparePairs, loadUrl, type ApiPair } from './api-load';
import type { BenchPublicFiles } from './bare-page';
import { firstLoadJs, type RouteJs } from './bundle-size';
import type { BenchConfig } from './config';
import { geojsonSizes, jsUntilIdle, type FirstView } from './first-view';
import { runLighthouse, type LighthousePreset } from './lighthouse';
import { measureIdle, type IdleTarget } from './map-idle';
import type { NextServer } from './next-server';
import { startPolicyFreeProxy } from './policy-free-proxy';
import type { ApiResults, AppRoute, IdleResults, JsResults, LighthouseEntry } from './results';
import { median, ratio, rotate } from './stats';

/** What every phase is handed. */
export interface PhaseContext {
  config: BenchConfig;
  progress: (line: string) => void;
}

/** 1. Time to first idle of each app route and its bare page, interleaved, in every profile. */
export async function idlePhase(
  { config, progress }: PhaseContext,
  browser: Browser,
  server: NextServer,
  routes: AppRoute[],
  view: FirstView,
  bounds: number[],
): Promise<IdleResults> {
  const series = await measureIdle(browser, server.origin, view.targets, config.profiles, config.idleRuns, progress);
  const medianOf = (target: string, profile: string) =>
    series.find((entry) => entry.target === target && entry.profile === profile)?.medianMs ?? null;
  const ratios = routes.flatMap((route) =>
    config.profiles.map((profile) => {
      const bare = view.bareFor.get(route.route);
      const app = route.status === 'ok' ? medianOf(route.route, profile) : null;
      const bareMs = bare === undefined ? null : medianOf(bare, profile);
      return { route: route.route, profile, app, bare: bareMs, ratio: ratio(app, bareMs) };
    }),
  );
  const barePath = view.targets.find((target) => target.name === 'bare')?.path ?? '';
  return { routes, geojson: await geojsonSizes(server.origin, view.geojson), bounds, barePath, series, ratios };
}

/** 2. First-load JS of each route against the minimal react-map-gl page, and all JS fetched until idle. */
export async function jsPhase(
  { config }: PhaseContext,
  server: NextServer,
  routes: AppRoute[],
  view: FirstView | null,
  minimal: RouteJs,
): Promise<JsResults> {
  const measured = await Promise.all(
    routes.map(async (route) => ({
      route: route.route,
      status: route.status,
      js: route.status === 'ok' ? await firstLoadJs(config.root, server.origin, route.route) : null,
    })),
  );
  return { routes: measured, minimal, untilIdle: view ? await jsUntilIdle(server.origin, view.loads) : [] };
}

/** The bare-page targets the server answers with a Content-Security-Policy, which would block their scripts. */
async function cspBlocked(server: NextServer, targets: readonly IdleTarget[]): Promise<Set<string>> {
  const blocked = new Set<string>();
  for (const target of targets.filter((candidate) => candidate.bypassCsp)) {
    const response = await fetch(server.origin + target.path, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    if (response.headers.has('content-security-policy')) blocked.add(target.name);
  }
  return blocked;
}

/**
 * 3. Lighthouse, mobile and desktop presets, on each app route and the bare page, interleaved. The bare page, which
 * the app's Content-Security-Policy would block, is scored through a proxy that only drops that header
 * (policy-free-proxy.ts).
 */
export async function lighthousePhase(
  { config, progress }: PhaseContext,
  server: NextServer,
  targets: IdleTarget[],
  /** Each app route's bare page (FirstView.bareFor). */
  bareFor: ReadonlyMap<string, string>,
): Promise<LighthouseEntry[]> {
  const presets: LighthousePreset[] = ['mobile', 'desktop'];
  const entries: LighthouseEntry[] = presets.flatMap((preset) =>
    targets.map((target) => {
      const bare = bareFor.get(target.name);
      return { target: target.name, preset, ...(bare === undefined ? {} : { bare }), runs: [], failures: [], median: null };
    }),
  );
  const blocked = await cspBlocked(server, targets);
  const proxy = blocked.size > 0 ? await startPolicyFreeProxy(server.origin) : null;
  const originOf = (target: IdleTarget) => (proxy !== null && blocked.has(target.name) ? proxy.origin : server.origin);
  for (let round = 0; round < config.lighthouseRuns; round += 1) {
    for (const preset of presets) {
      for (const target of rotate(targets, round)) {
        const entry = entries.find((candidate) => candidate.target === target.name && candidate.preset === preset);
        if (entry === undefined) continue;
        try {
          const result = await runLighthouse(config.root, originOf(target) + target.path, preset, config.chromiumPath);
          entry.runs.push(result);
          const scores = `a11y ${result.accessibility}, best practices ${result.bestPractices}`;
          progress(`  lighthouse ${preset} ${target.name}: performance ${result.performance}, ${scores}`);
        } catch (error) {
          entry.failures.push((error as Error).message);
          progress(`  lighthouse ${preset} ${target.name}: FAILED ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
  }
  await proxy?.stop();
  for (const entry of entries) {
    const middle = median(entry.runs.map((run) => run.performance));
    entry.median = entry.runs.find((run) => run.performance === middle) ?? null;
  }
  return entries;
}

/** The API responses the load test compares with static copies of themselves. */
export const API_PAIRS: readonly { name: string; dynamicPath: string; file: string }[] = [
  { name: '/api/v1/claims', dynamicPath: '/api/v1/claims', file: 'claims.json' },
  { name: '/api/v1/regions/RU-KRS', dynamicPath: '/api/v1/regions/RU-KRS', file: 'region-RU-KRS.json' },
];

/** Fetches each API response and writes its exact bytes as a static file (served by servers started afterwards). */
export async function writeStaticCopies(server: NextServer, files: BenchPublicFiles): Promise<ApiPair[]> {
  const pairs: ApiPair[] = [];
  for (const pair of API_PAIRS) {
    const response = await fetch(server.origin + pair.dynamicPath, { signal: AbortSignal.timeout(60_000) });
    if (!response.ok) throw new Error(`${pair.dynamicPath}: HTTP ${response.status}`);
    const staticPath = await files.writeStatic(pair.file, new Uint8Array(await response.arrayBuffer()));
    pairs.push({ name: pair.name, dynamicPath: pair.dynamicPath, staticPath });
  }
  return pairs;
}

const sha256 = (bytes: ArrayBuffer) => createHash('sha256').update(new Uint8Array(bytes)).digest('hex');

/** 4. autocannon on each API response and its static copy at every connection count, with the server's RSS. */
export async function apiPhase({ config, progress }: PhaseContext, server: NextServer, pairs: ApiPair[]): Promise<ApiResults> {
  const sameBytes = [];
  for (const pair of pairs) {
    const [dynamic, statics] = await Promise.all(
      [pair.dynamicPath, pair.staticPath].map((where) =>
        fetch(server.origin + where, { signal: AbortSignal.timeout(60_000) }).then((response) => response.arrayBuffer()),
      ),
    );
    sameBytes.push({
      name: pair.name,
      bytes: dynamic?.byteLength ?? 0,
      identical: dynamic !== undefined && statics !== undefined && sha256(dynamic) === sha256(statics),
    });
  }
  const rssAtStartBytes = server.rssBytes();
  if (config.apiWarmupSeconds > 0) {
    for (const pair of pairs) {
      for (const where of [pair.dynamicPath, pair.staticPath]) {
        await loadUrl(config.root, server, server.origin + where, 10, config.apiWarmupSeconds);
      }
    }
  }
  const results = await comparePairs(config.root, server, pairs, config.apiConnections, config.apiSeconds, config.apiRounds, progress);
  const maxConnections = Math.max(...config.apiConnections);
  const peaks = results
    .filter((pair) => pair.connections === maxConnections)
    .flatMap((pair) => [pair.dynamic.peakRssBytes, pair.static.peakRssBytes])
    .filter((value): value is number => value !== null);
  return {
    sameBytes,
    rssAtStartBytes,
    pairs: results,
    peakRssAtMaxConnectionsBytes: peaks.length > 0 ? Math.max(...peaks) : null,
    maxConnections,
  };
}
