import path from 'node:path';
import { z } from 'zod';
import { sampleRss, type NextServer } from './next-server';
import { runCommand } from './processes';
import { ratio } from './stats';

/** One autocannon run against one URL, with the server's peak memory during it. */
export interface LoadRun {
  url: string;
  connections: number;
  seconds: number;
  /** Successful (2xx) responses per second. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were not 2xx, plus socket errors and timeouts. */
  failures: number;
  peakRssBytes: number | null;
}

const AutocannonSchema = z.object({
  duration: z.number(),
  errors: z.number(),
  timeouts: z.number(),
  non2xx: z.number(),
  '2xx': z.number(),
  latency: z.object({ p50: z.number(), p99: z.number() }),
});

/**
 * Loads `url` with autocannon (the project's pinned CLI, in a child process: loopback only, bounded by `seconds`)
 * while sampling the server's RSS from /proc.
 */
export async function loadUrl(
  root: string,
  server: NextServer,
  url: string,
  connections: number,
  seconds: number,
): Promise<LoadRun> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url)) throw new Error(`refusing to load a non-loopback URL: ${url}`);
  const sampler = sampleRss(server);
  const result = await runCommand(
    process.execPath,
    [path.join(root, 'node_modules', 'autocannon', 'autocannon.js'), '--json', '-c', String(connections), '-d', String(seconds), url],
    { cwd: root, timeoutMs: (seconds + 60) * 1000 },
  );
  const peakRssBytes = sampler.stop();
  if (result.code !== 0) throw new Error(`autocannon exited ${result.code} on ${url}`);
  const report = AutocannonSchema.parse(JSON.parse(result.stdout));
  return {
    url,
    connections,
    seconds,
    requestsPerSecond: report['2xx'] / report.duration,
    p50Ms: report.latency.p50,
    p99Ms: report.latency.p99,
    failures: report.non2xx + report.errors + report.timeouts,
    peakRssBytes,
  };
}

/** An API response and its static copy, loaded alike. */
export interface ApiPair {
  name: string;
  dynamicPath: string;
  staticPath: string;
}

/** The dynamic and static runs of one pair at one connection count, and their throughput ratio. */
export interface PairResult {
  name: string;
  connections: number;
  dynamic: LoadRun;
  static: LoadRun;
  /** Dynamic over static throughput; null when the static side served nothing (no ratio to speak of). */
  ratio: number | null;
}

/**
 * For each connection count, loads every pair's dynamic route and its static copy one after the other, alternating
 * which goes first, so both sides share whatever else the machine is doing.
 */
export async function comparePairs(
  root: string,
  server: NextServer,
  pairs: readonly ApiPair[],
  connectionCounts: readonly number[],
  seconds: number,
  progress: (line: string) => void,
): Promise<PairResult[]> {
  const results: PairResult[] = [];
  let turn = 0;
  for (const connections of connectionCounts) {
    for (const pair of pairs) {
      const order = turn % 2 === 0 ? (['dynamic', 'static'] as const) : (['static', 'dynamic'] as const);
      turn += 1;
      const runs: Partial<Record<'dynamic' | 'static', LoadRun>> = {};
      for (const side of order) {
        const target = server.origin + (side === 'dynamic' ? pair.dynamicPath : pair.staticPath);
        const run = await loadUrl(root, server, target, connections, seconds);
        runs[side] = run;
        const rate = `${Math.round(run.requestsPerSecond)} req/s`;
        progress(`  api ${pair.name} ${side} c=${connections}: ${rate}, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms`);
      }
      const dynamic = runs.dynamic as LoadRun;
      const statics = runs.static as LoadRun;
      results.push({
        name: pair.name,
        connections,
        dynamic,
        static: statics,
        ratio: ratio(dynamic.requestsPerSecond, statics.requestsPerSecond),
      });
    }
  }
  return results;
}
