/**
 * `npm run bench`: builds the app once, then measures in one run (issue 9) the map's time to first idle against a
 * bare MapLibre page, first-load JavaScript against a minimal react-map-gl page, Lighthouse, the API under load
 * against static copies of its responses, and the API and map at scale on synthetic datasets. Prints the figures
 * beside their targets and writes bench/results/. Settings come from the environment (bench/README.md).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { installBenchPublicFiles, type BenchPublicFiles } from './bare-page';
import type { RouteJs } from './bundle-size';
import { cleanUpAll, cleanUpOnSignals, defer } from './cleanup';
import { readConfig, type BenchConfig, type Phase } from './config';
import { checkRoutes, discoverFirstView, storyBounds, type FirstView } from './first-view';
import type { IdleTarget } from './map-idle';
import { minimalPageJs } from './minimal-app';
import { freePort, startNextServer } from './next-server';
import { apiPhase, idlePhase, jsPhase, lighthousePhase, writeStaticCopies, type PhaseContext } from './phases';
import { runCommand, tail } from './processes';
import { printReport, writeResults } from './report';
import type { AppRoute, BenchResults } from './results';
import { scalePhase } from './scale';

const APP_ROUTES = ['/', '/embed'];

function packageVersion(root: string, name: string): string | null {
  try {
    const json: unknown = JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'));
    return typeof json === 'object' && json !== null && 'version' in json && typeof json.version === 'string' ? json.version : null;
  } catch {
    return null;
  }
}

function gitCommit(root: string): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
    return `${commit.toString().trim()}${dirty.toString().trim() ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return null;
  }
}

function emptyResults(config: BenchConfig): BenchResults {
  const cpus = os.cpus();
  return {
    startedAt: new Date().toISOString(),
    finishedAt: '',
    seconds: 0,
    environment: {
      node: process.version, cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 1024 ** 3), chromium: null, next: packageVersion(config.root, 'next'),
      maplibre: packageVersion(config.root, 'maplibre-gl'), commit: gitCommit(config.root), load: [],
    },
    settings: {
      idleRuns: config.idleRuns, profiles: config.profiles, lighthouseRuns: config.lighthouseRuns,
      apiSeconds: config.apiSeconds, apiConnections: config.apiConnections, apiRounds: config.apiRounds, scaleClaims: config.scaleClaims,
      scaleMovements: config.scaleMovements, scaleIdleRuns: config.scaleIdleRuns, skip: [...config.skip],
      skipBuild: config.skipBuild, chromium: config.chromiumPath,
    },
    idle: null, js: null, lighthouse: null, api: null, scale: null, errors: [],
  };
}

const log = (line: string) => console.log(line);

/** Runs one phase: logs it, records the load average around it, and turns a failure into a reported error. */
async function phase<T>(results: BenchResults, name: string, body: () => Promise<T>): Promise<T | null> {
  const start = os.loadavg()[0] ?? 0;
  const started = Date.now();
  log(`\n== ${name} ==`);
  try {
    return await body();
  } catch (error) {
    const message = (error as Error).message;
    results.errors.push({ phase: name, message });
    log(`${name} FAILED: ${message}`);
    return null;
  } finally {
    results.environment.load.push({ phase: name, start, end: os.loadavg()[0] ?? 0 });
    log(`(${name}: ${Math.round((Date.now() - started) / 1000)} s)`);
  }
}

async function buildApp(config: BenchConfig, logDir: string): Promise<void> {
  const logFile = path.join(logDir, 'build.log');
  log(`npm run build (log: ${path.relative(config.root, logFile)})`);
  // The type check adds nothing to the output; npm test runs it.
  const env = { ...process.env, CLAIMS_ATLAS_SKIP_BUILD_TYPECHECK: '1', NEXT_TELEMETRY_DISABLED: '1' };
  const result = await runCommand('npm', ['run', 'build'], { cwd: config.root, env, timeoutMs: 600_000, logFile });
  if (result.code !== 0) throw new Error(`the build failed:\n${await tail(logFile)}`);
}

async function launchBrowser(config: BenchConfig, results: BenchResults): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: config.chromiumPath, headless: true });
  defer('chromium', () => browser.close());
  results.environment.chromium = browser.version();
  return browser;
}

/** The minimal react-map-gl page's first-load JS (built in a temp folder, or from the cache when nothing changed). */
async function minimalPage(root: string): Promise<RouteJs> {
  const { js, cached } = await minimalPageJs(root);
  log(cached ? 'minimal page: figures cached for this template and these package versions' : 'minimal page built');
  return js;
}

const wants = (config: BenchConfig, name: Phase) => !config.skip.has(name);

/** The pages phase: idle, first-load JS and Lighthouse on one server; writes the API's static copies for later. */
async function pagesAndCopies(
  config: BenchConfig,
  results: BenchResults,
  context: PhaseContext,
  files: BenchPublicFiles,
  browser: Browser | null,
  minimal: RouteJs | null,
) {
  const server = await startNextServer({ root: config.root, port: config.port ?? (await freePort()) });
  try {
    log(`app served at ${server.origin}`);
    const routes: AppRoute[] = await checkRoutes(server.origin, APP_ROUTES);
    for (const route of routes) if (route.status !== 'ok') log(`${route.route}: ${route.status} (HTTP ${route.httpStatus})`);
    const served = routes.filter((route) => route.status === 'ok').map((route) => route.route);
    const { bounds, fromSource } = await storyBounds(config.root);
    if (!fromSource) log('warning: STORY_BOUNDS not found in components/map/map-view.tsx; the bare page uses the fallback bounds');
    let view: FirstView | null = null;
    if (browser) {
      view = await phase(results, 'first view', () => discoverFirstView(browser, server.origin, files, served, bounds));
      if (view) log(`first view GeoJSON: ${view.geojson.join(', ')}`);
    }
    if (browser && view && wants(config, 'idle')) {
      const found = view;
      results.idle = await phase(results, 'map idle', () => idlePhase(context, browser, server, routes, found, bounds));
    }
    if (minimal && wants(config, 'js')) {
      results.js = await phase(results, 'first-load JS', () => jsPhase(context, server, routes, view, minimal));
    }
    if (wants(config, 'lighthouse')) {
      const bare = view?.targets.filter((target) => !served.includes(target.name)) ?? [];
      const targets: IdleTarget[] = [...served.map((route) => ({ name: route, path: route })), ...bare];
      results.lighthouse = await phase(results, 'lighthouse', () => lighthousePhase(context, server, targets, view?.bareFor ?? new Map()));
    }
    return wants(config, 'api') ? await phase(results, 'static copies', () => writeStaticCopies(server, files)) : null;
  } finally {
    await server.stop();
  }
}

async function main(): Promise<number> {
  const root = process.cwd();
  const config = readConfig(process.env, root);
  cleanUpOnSignals();
  const results = emptyResults(config);
  const began = Date.now();
  const logDir = path.join(config.resultsDir, 'logs');
  await mkdir(logDir, { recursive: true });
  const context: PhaseContext = { config, progress: log };
  try {
    if (!config.skipBuild) {
      const built = await phase(results, 'build', () => buildApp(config, logDir).then(() => true));
      if (!built) return finish(results, began, config);
    }
    const files = await installBenchPublicFiles(root);
    const minimal = wants(config, 'js') ? await phase(results, 'minimal page', () => minimalPage(root)) : null;
    const needsBrowser = wants(config, 'idle') || wants(config, 'js') || wants(config, 'scale');
    const browser = needsBrowser ? await launchBrowser(config, results) : null;
    const pairs = await pagesAndCopies(config, results, context, files, browser, minimal);
    if (pairs) {
      const server = await startNextServer({ root, port: config.port ?? (await freePort()) });
      try {
        results.api = await phase(results, 'API load', () => apiPhase(context, server, pairs));
      } finally {
        await server.stop();
      }
    }
    if (browser && wants(config, 'scale')) {
      const bounds = (await storyBounds(root)).bounds;
      results.scale = await phase(results, 'scale', () => scalePhase(context, browser, files, bounds));
    }
  } catch (error) {
    results.errors.push({ phase: 'bench', message: (error as Error).stack ?? String(error) });
  } finally {
    await cleanUpAll();
  }
  return finish(results, began, config);
}

async function finish(results: BenchResults, began: number, config: BenchConfig): Promise<number> {
  results.finishedAt = new Date().toISOString();
  results.seconds = (Date.now() - began) / 1000;
  printReport(results);
  const written = await writeResults(config.resultsDir, results, [...config.skip]);
  log(`\nwrote ${written.map((file) => path.relative(config.root, file)).join(', ')} in ${Math.round(results.seconds)} s`);
  return results.errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(error);
    await cleanUpAll();
    process.exit(1);
  },
);
