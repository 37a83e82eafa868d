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

/** One round of a pair at one connection count: both sides loaded back to back, and their throughput ratio. */
export interface PairRound {
  dynamic: LoadRun;
  static: LoadRun;
  /** Dynamic over static throughput; null when the static side served nothing. */
  ratio: number | null;
}

/**
 * One pair at one connection count over every round. The ratio is the median of the rounds' ratios, so one round
 * disturbed by other work on the machine does not decide the verdict, and their range shows the noise. `dynamic` and
 * `static` are the median round's runs (so their throughputs give its ratio), with every round's failures and the
 * highest RSS of any.
 */
export interface PairResult {
  name: string;
  connections: number;
  rounds: PairRound[];
  dynamic: LoadRun;
  static: LoadRun;
  ratio: number | null;
  /** The lowest and highest of the rounds' ratios; null when no round had one. */
  ratioRange: [number, number] | null;
}

/** `chosen`, with the failures of all `runs` and the highest RSS of any. */
export function withAllRounds(chosen: LoadRun, runs: readonly LoadRun[]): LoadRun {
  const rss = runs.map((run) => run.peakRssBytes).filter((value): value is number => value !== null);
  return {
    ...chosen,
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
    peakRssBytes: rss.length > 0 ? Math.max(...rss) : null,
  };
}

/** A pair's result from its rounds (see PairResult); the first round stands in when no round has a ratio. */
export function pairResult(name: string, connections: number, rounds: readonly PairRound[]): PairResult {
  const first = rounds[0];
  if (first === undefined) throw new Error(`${name} c=${connections}: no rounds`);
  const ranked = rounds.filter((round) => round.ratio !== null).sort((a, b) => (a.ratio ?? 0) - (b.ratio ?? 0));
  // The median by nearest rank, as stats.median takes it.
  const middle = ranked[Math.max(0, Math.ceil(ranked.length / 2) - 1)] ?? first;
  const lowest = ranked[0]?.ratio;
  const highest = ranked[ranked.length - 1]?.ratio;
  return {
    name,
    connections,
    rounds: [...rounds],
    dynamic: withAllRounds(middle.dynamic, rounds.map((round) => round.dynamic)),
    static: withAllRounds(middle.static, rounds.map((round) => round.static)),
    ratio: ranked.length > 0 ? middle.ratio : null,
    ratioRange: lowest != null && highest != null ? [lowest, highest] : null,
  };
}

/**
 * Loads every pair's dynamic route and its static copy back to back, at every connection count, `rounds` times over:
 * round after round through all of them (so each pair's rounds are spread over the phase), alternating which side goes
 * first, so both sides share whatever else the machine is doing.
 */
export async function comparePairs(
  root: string,
  server: NextServer,
  pairs: readonly ApiPair[],
  connectionCounts: readonly number[],
  seconds: number,
  rounds: number,
  progress: (line: string) => void,
): Promise<PairResult[]> {
  const key = (pair: ApiPair, connections: number) => `${connections} ${pair.name}`;
  const collected = new Map<string, PairRound[]>();
  let turn = 0;
  for (let round = 1; round <= rounds; round += 1) {
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
          progress(`  api ${pair.name} ${side} c=${connections} round ${round}/${rounds}: ${rate}, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms`);
        }
        const dynamic = runs.dynamic as LoadRun;
        const statics = runs.static as LoadRun;
        const list = collected.get(key(pair, connections)) ?? [];
        list.push({ dynamic, static: statics, ratio: ratio(dynamic.requestsPerSecond, statics.requestsPerSecond) });
        collected.set(key(pair, connections), list);
      }
    }
  }
  return connectionCounts.flatMap((connections) =>
    pairs.map((pair) => pairResult(pair.name, connections, collected.get(key(pair, connections)) ?? [])),
  );
}
