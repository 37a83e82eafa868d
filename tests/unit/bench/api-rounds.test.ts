import { describe, expect, it } from 'vitest';
import { pairResult, type LoadRun, type PairRound } from '../../../scripts/bench/api-load';
import { readConfig } from '../../../scripts/bench/config';
import { verdicts } from '../../../scripts/bench/targets';
import { benchResults } from './fixtures';

function run(requestsPerSecond: number, extra: Partial<LoadRun> = {}): LoadRun {
  return {
    url: 'http://127.0.0.1:1/api/v1/claims',
    connections: 200,
    seconds: 5,
    requestsPerSecond,
    p50Ms: requestsPerSecond / 10,
    p99Ms: requestsPerSecond / 5,
    failures: 0,
    peakRssBytes: null,
    ...extra,
  };
}

function round(dynamic: LoadRun, statics: LoadRun): PairRound {
  return { dynamic, static: statics, ratio: statics.requestsPerSecond === 0 ? null : dynamic.requestsPerSecond / statics.requestsPerSecond };
}

describe('an API comparison over rounds', () => {
  // Three rounds whose ratios are 0.6, 0.9 and 0.75: one disturbed round either way.
  const rounds = [
    round(run(600, { failures: 1, peakRssBytes: 290e6 }), run(1000, { peakRssBytes: 310e6 })),
    round(run(450), run(500, { failures: 2 })),
    round(run(750, { peakRssBytes: 280e6 }), run(1000)),
  ];

  it('reports the median round\'s ratio and the range of all of them', () => {
    const result = pairResult('/api/v1/claims', 200, rounds);
    expect(result.ratio).toBeCloseTo(0.75, 9);
    expect(result.ratioRange?.map((value) => Number(value.toFixed(9)))).toEqual([0.6, 0.9]);
    expect(result.rounds).toHaveLength(3);
  });

  it("shows each side's median round, so its throughputs give the ratio, with every failure and the highest memory", () => {
    const result = pairResult('/api/v1/claims', 200, rounds);
    // The median round is the third (0.75): 750 against 1000 requests a second.
    expect(result.dynamic).toMatchObject({ requestsPerSecond: 750, p50Ms: 75, p99Ms: 150, failures: 1, peakRssBytes: 290e6 });
    expect(result.static).toMatchObject({ requestsPerSecond: 1000, failures: 2, peakRssBytes: 310e6 });
  });

  it('leaves out a round whose static side served nothing, and has no ratio when none did', () => {
    const withEmpty = pairResult('/api/v1/claims', 20, [round(run(500), run(0)), round(run(400), run(500))]);
    expect(withEmpty.ratio).toBeCloseTo(0.8, 9);
    const none = pairResult('/api/v1/claims', 20, [round(run(500), run(0))]);
    expect(none.ratio).toBeNull();
    expect(none.ratioRange).toBeNull();
    expect(none.dynamic.requestsPerSecond).toBe(500);
  });

  it('judges the median against the target and shows the rounds beside it', () => {
    const api = {
      sameBytes: [],
      rssAtStartBytes: null,
      pairs: [pairResult('/api/v1/claims', 200, rounds)],
      peakRssAtMaxConnectionsBytes: 310e6,
      maxConnections: 200,
    };
    const [line] = verdicts(benchResults(['idle', 'js', 'lighthouse', 'scale'], { api })).filter((entry) => entry.area === 'API');
    expect(line).toMatchObject({
      measure: '/api/v1/claims c=200 (750 vs 1000 req/s; p50 75 ms, p99 150 ms; median of 3 rounds, 0.60x to 0.90x)',
      figure: '0.75x',
      verdict: 'PASS',
    });
  });
});

describe('BENCH_API_ROUNDS', () => {
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'test', CHROMIUM_PATH: process.execPath };

  it('defaults to three rounds and takes one to ten', () => {
    expect(readConfig(env, process.cwd()).apiRounds).toBe(3);
    expect(readConfig({ ...env, BENCH_API_ROUNDS: '1' }, process.cwd()).apiRounds).toBe(1);
  });

  it('refuses anything else, naming the setting', () => {
    expect(() => readConfig({ ...env, BENCH_API_ROUNDS: '0' }, process.cwd())).toThrow(/BENCH_API_ROUNDS/);
    expect(() => readConfig({ ...env, BENCH_API_ROUNDS: 'many' }, process.cwd())).toThrow(/BENCH_API_ROUNDS/);
  });
});
