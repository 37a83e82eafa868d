import { performance } from 'node:perf_hooks';
import { createApiContext, type ApiContext } from '@/lib/api/api-context';
import { claimsEndpoint } from '@/lib/api/endpoints/claims';
import { loadDataset, type LoadedDataset } from '@/lib/data/load';
import { readRegionIndex } from './region-index';
import { percentile } from './stats';

/** The claim filters timed at scale: text, party, stance with region, status, a date range, and none. */
export const FILTER_QUERIES: readonly string[] = [
  'q=vladivostok',
  'q=kursk&party=ukr',
  'party=rus',
  'stance=denies&region=RU-KRS',
  'claimant=kor&q=troops',
  'status=contested',
  'from=2024-10-01&to=2024-12-31&limit=200',
  '',
];

/** The latency of one filter: p50 and p95 over its timed iterations, and how many claims matched. */
export interface FilterTiming {
  query: string;
  iterations: number;
  p50Ms: number;
  p95Ms: number;
  total: number | null;
}

/** Loads, validates and indexes a data folder into the API's context, as a server does on its first request. */
export async function loadApiContext(
  root: string,
  dataDir: string,
): Promise<{ loaded: LoadedDataset; context: ApiContext; loadMs: number }> {
  const started = performance.now();
  const loaded = await loadDataset({ dataDir });
  const context = createApiContext(loaded.dataset, await readRegionIndex(root), new Date().toISOString().slice(0, 10));
  return { loaded, context, loadMs: performance.now() - started };
}

const TotalSchema = (json: unknown): number | null =>
  typeof json === 'object' && json !== null && 'total' in json && typeof json.total === 'number' ? json.total : null;

/**
 * Times one request (built by `send`) after two warm-up runs: `iterations` times, or fewer (not under `minimum`) once
 * `budgetMs` has elapsed, so a slow filter on a big dataset cannot hold the bench for long.
 */
async function timeRequests(
  query: string,
  send: () => Promise<Response>,
  limits: { iterations: number; minimum: number; budgetMs: number },
): Promise<FilterTiming> {
  let total: number | null = null;
  for (let warm = 0; warm < 2; warm += 1) {
    const response = await send();
    if (response.status !== 200) throw new Error(`/api/v1/claims?${query}: HTTP ${response.status}: ${await response.text()}`);
    total = TotalSchema(await response.json());
  }
  const samples: number[] = [];
  const deadline = performance.now() + limits.budgetMs;
  for (let i = 0; i < limits.iterations && (i < limits.minimum || performance.now() < deadline); i += 1) {
    const started = performance.now();
    const response = await send();
    await response.arrayBuffer();
    samples.push(performance.now() - started);
  }
  return { query, iterations: samples.length, p50Ms: percentile(samples, 50) ?? 0, p95Ms: percentile(samples, 95) ?? 0, total };
}

/** Filter latency measured in-process: the claims endpoint called directly on the context, body included. */
export async function inProcessFilterLatency(context: ApiContext): Promise<FilterTiming[]> {
  const timings: FilterTiming[] = [];
  for (const query of FILTER_QUERIES) {
    const url = `http://bench.invalid/api/v1/claims${query ? `?${query}` : ''}`;
    const limits = { iterations: 30, minimum: 5, budgetMs: 2000 };
    timings.push(await timeRequests(query, () => claimsEndpoint(new Request(url), context), limits));
  }
  return timings;
}

/** The same filters over HTTP, one request at a time, against a running server. */
export async function httpFilterLatency(origin: string): Promise<FilterTiming[]> {
  const timings: FilterTiming[] = [];
  for (const query of FILTER_QUERIES) {
    const url = `${origin}/api/v1/claims${query ? `?${query}` : ''}`;
    const limits = { iterations: 15, minimum: 3, budgetMs: 2000 };
    timings.push(await timeRequests(query, () => fetch(url, { signal: AbortSignal.timeout(60_000) }), limits));
  }
  return timings;
}
