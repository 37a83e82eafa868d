import type { BenchResults } from '../../../scripts/bench/results';

/** A bench run's results with every phase empty, a run that skipped `skip`, with `phases` filled in. */
export function benchResults(skip: string[], phases: Partial<BenchResults> = {}): BenchResults {
  return {
    startedAt: '2026-11-28T00:00:00.000Z',
    finishedAt: '2026-11-28T00:01:37.000Z',
    seconds: 97,
    environment: {
      node: 'v20', cpus: 2, cpuModel: 'test', memoryGb: 24, chromium: null, next: null, maplibre: null,
      commit: 'abc1234', load: [],
    },
    settings: { skip },
    idle: null, js: null, lighthouse: null, api: null, scale: null, errors: [],
    ...phases,
  };
}
