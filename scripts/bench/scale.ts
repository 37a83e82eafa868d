import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from '@playwright/test';
import type { BenchPublicFiles } from './bare-page';
import { defer } from './cleanup';
import { httpFilterLatency, inProcessFilterLatency, loadApiContext } from './filter-latency';
import { discoverFirstView, geojsonSizes } from './first-view';
import { measureIdle } from './map-idle';
import { freePort, startNextServer, type NextServer } from './next-server';
import type { PhaseContext } from './phases';
import type { ScaleDataset } from './results';
import { ratio } from './stats';
import { readSyntheticBase, writeSyntheticDataset, type SyntheticBase } from './synthetic-dataset';

/** How long a request took to answer, failing on anything but a 200. */
async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(300_000) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

/**
 * Starts a server on the dataset and makes its first requests, which read and validate the whole data folder: the
 * API's and the page's (the page may hold a dataset of its own). Resolves with the cold-start times.
 */
async function startWarmServer(root: string, port: number, dataDir: string) {
  const started = performance.now();
  const server = await startNextServer({ root, port, env: { DATA_DIR: dataDir } });
  try {
    const apiMs = await timedGet(`${server.origin}/api/v1/claims?limit=1`);
    const pageMs = await timedGet(`${server.origin}/`);
    return { server, readyMs: performance.now() - started, apiMs, pageMs };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: Error };
const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error: error as Error }));

/** The map's first idle on the synthetic data against the bare page drawing the same GeoJSON, interleaved. */
async function scaleIdle(
  { config, progress }: PhaseContext,
  browser: Browser,
  server: NextServer,
  files: BenchPublicFiles,
  bounds: number[],
  result: ScaleDataset,
): Promise<void> {
  const view = await discoverFirstView(browser, server.origin, files, ['/'], bounds);
  result.geojson = await geojsonSizes(server.origin, view.geojson);
  result.idle = await measureIdle(browser, server.origin, view.targets, ['desktop'], config.scaleIdleRuns, progress);
  const medianOf = (name: string) => result.idle.find((entry) => entry.target === name)?.medianMs ?? null;
  result.idleRatio = ratio(medianOf('/'), medianOf(view.bareFor.get('/') ?? 'bare'));
}

/** Generates one dataset into `dir` and measures it: cold start, filters in-process and over HTTP, map idle. */
async function measureDataset(
  context: PhaseContext,
  browser: Browser,
  files: BenchPublicFiles,
  bounds: number[],
  base: SyntheticBase,
  result: ScaleDataset,
  dir: string,
): Promise<void> {
  const { config, progress } = context;
  const started = performance.now();
  await writeSyntheticDataset(base, dir, { claims: result.claims, movements: result.movements });
  result.generateMs = performance.now() - started;
  progress(`  scale ${result.claims}: generated in ${Math.round(result.generateMs)} ms; loading it here and in a server`);
  // The server loads the dataset while this process does: the two loads overlap instead of adding up.
  const warming = settle(startWarmServer(config.root, config.port ?? (await freePort()), dir));
  const loaded = await settle(loadApiContext(config.root, dir));
  const warm = await warming;
  try {
    if (!loaded.ok) throw loaded.error;
    if (!warm.ok) throw warm.error;
    const { server, readyMs, apiMs, pageMs } = warm.value;
    result.loadMs = loaded.value.loadMs;
    result.coldStart = { readyMs, apiMs, pageMs };
    const cold = `server's first API answer ${Math.round(apiMs)} ms, first page ${Math.round(pageMs)} ms`;
    progress(`  scale ${result.claims}: loaded here in ${Math.round(result.loadMs)} ms; ${cold}`);
    result.inProcess = await inProcessFilterLatency(loaded.value.context);
    result.http = await httpFilterLatency(server.origin);
    await scaleIdle(context, browser, server, files, bounds, result);
    result.serverRssBytes = server.rssBytes();
  } finally {
    if (warm.ok) await warm.value.server.stop();
  }
}

/**
 * 5. For each claim count: generate the dataset in a temp DATA_DIR, time the claim filters in-process (the endpoint
 * on an ApiContext) and over HTTP on a server started with that DATA_DIR, then time the map's first idle against the
 * bare page drawing the same GeoJSON on that server, interleaved.
 */
export async function scalePhase(
  context: PhaseContext,
  browser: Browser,
  files: BenchPublicFiles,
  bounds: number[],
): Promise<ScaleDataset[]> {
  const { config, progress } = context;
  const base = await readSyntheticBase(config.root);
  const datasets: ScaleDataset[] = [];
  for (const claims of config.scaleClaims) {
    const result: ScaleDataset = {
      claims, movements: Math.min(config.scaleMovements, claims), generateMs: 0, loadMs: 0, coldStart: null,
      inProcess: [], http: [], serverRssBytes: null, geojson: [], idle: [], idleRatio: null, errors: [],
    };
    datasets.push(result);
    const dir = await mkdtemp(path.join(tmpdir(), 'claims-atlas-bench-data-'));
    const release = defer(`synthetic dataset ${dir}`, () => rm(dir, { recursive: true, force: true }));
    try {
      await measureDataset(context, browser, files, bounds, base, result, dir);
    } catch (error) {
      result.errors.push((error as Error).message.split('\n')[0] ?? 'failed');
      progress(`  scale ${claims}: FAILED ${(error as Error).message}`);
    } finally {
      await release();
    }
  }
  return datasets;
}
