import type { PairResult } from './api-load';
import type { BenchResults } from './results';
import { formatBytes, formatMs, formatRatio, ratio } from './stats';

/** The budgets of issue 9, as data: each verdict line compares one figure with one of them. */
export const TARGETS = {
  idleRatio: 1.15,
  lighthouseMobile: { '/': 90, '/embed': 95 } as Record<string, number>,
  lighthouseDesktop: 98,
  firstLoadRatio: 1.25,
  apiRatio: 0.7,
  filterP50Ms: 20,
  filterAtClaims: 100_000,
  rssBytes: 300 * 1024 * 1024,
} as const;

/** One line of the verdict table. */
export interface Verdict {
  area: string;
  measure: string;
  figure: string;
  target: string;
  verdict: 'PASS' | 'MISS' | 'n/a';
  /** Why there is no figure (a page not built yet, a failed phase). */
  note?: string;
}

const judge = (ok: boolean | null): Verdict['verdict'] => (ok === null ? 'n/a' : ok ? 'PASS' : 'MISS');

/** The line for a phase that was skipped or failed. */
const notMeasured = (area: string, measure: string, target: string): Verdict[] => [
  { area, measure, figure: 'n/a', target, verdict: 'n/a', note: 'phase skipped or failed' },
];

function idleVerdicts(results: BenchResults): Verdict[] {
  if (results.idle === null) return notMeasured('map idle', 'app vs bare page', `<= ${TARGETS.idleRatio}x`);
  return results.idle.ratios.map((entry) => {
    const route = results.idle?.routes.find((candidate) => candidate.route === entry.route);
    const note = route && route.status !== 'ok' ? route.status : undefined;
    return {
      area: 'map idle',
      measure: `${entry.route} vs bare page, ${entry.profile} (median ${formatMs(entry.app)} vs ${formatMs(entry.bare)})`,
      figure: formatRatio(entry.ratio),
      target: `<= ${TARGETS.idleRatio}x`,
      verdict: judge(entry.ratio === null ? null : entry.ratio <= TARGETS.idleRatio),
      ...(note ? { note } : {}),
    };
  });
}

function jsVerdicts(results: BenchResults): Verdict[] {
  const js = results.js;
  if (js === null) return notMeasured('first-load JS', 'route vs minimal page', `<= ${TARGETS.firstLoadRatio}x`);
  return js.routes.map((entry) => {
    const value = ratio(entry.js?.gzip ?? null, js.minimal?.gzip ?? null);
    return {
      area: 'first-load JS',
      measure: `${entry.route} vs minimal page, gzip (${formatBytes(entry.js?.gzip ?? null)} vs ${formatBytes(js.minimal?.gzip ?? null)})`,
      figure: formatRatio(value),
      target: `<= ${TARGETS.firstLoadRatio}x`,
      verdict: judge(value === null ? null : value <= TARGETS.firstLoadRatio),
      ...(entry.status !== 'ok' ? { note: entry.status } : {}),
    };
  });
}

function lighthouseVerdicts(results: BenchResults): Verdict[] {
  const routes = results.idle?.routes.map((route) => route.route) ?? ['/', '/embed'];
  return routes.flatMap((route) =>
    (['mobile', 'desktop'] as const).map((preset): Verdict => {
      const target = preset === 'mobile' ? (TARGETS.lighthouseMobile[route] ?? 90) : TARGETS.lighthouseDesktop;
      const entry = results.lighthouse?.find((candidate) => candidate.target === route && candidate.preset === preset);
      const status = results.idle?.routes.find((candidate) => candidate.route === route)?.status;
      const best = entry?.median;
      const bare = results.lighthouse?.find((candidate) => candidate.target === entry?.bare && candidate.preset === preset)?.median;
      const details = [
        ...(best ? [`a11y ${best.accessibility}, best practices ${best.bestPractices}`] : []),
        ...(bare ? [`bare page ${bare.performance}`] : []),
      ];
      return {
        area: 'lighthouse',
        measure: `${route} ${preset}: performance${details.length > 0 ? ` (${details.join('; ')})` : ''}`,
        figure: best ? String(best.performance) : 'n/a',
        target: `>= ${target}`,
        verdict: judge(best ? best.performance >= target : null),
        ...(status && status !== 'ok' ? { note: status } : entry === undefined ? { note: 'not measured' } : {}),
      };
    }),
  );
}

/** How many rounds a pair's ratio is the median of, and their range: `median of 3 rounds, 0.62x to 0.85x`. */
function roundsText(pair: PairResult): string {
  const count = `median of ${pair.rounds.length} round${pair.rounds.length === 1 ? '' : 's'}`;
  if (pair.ratioRange === null || pair.rounds.length < 2) return count;
  return `${count}, ${formatRatio(pair.ratioRange[0])} to ${formatRatio(pair.ratioRange[1])}`;
}

function apiVerdicts(results: BenchResults): Verdict[] {
  const api = results.api;
  if (api === null) return notMeasured('API', 'dynamic vs static throughput', `>= ${TARGETS.apiRatio}x`);
  const lines: Verdict[] = api.pairs.map((pair) => ({
    area: 'API',
    measure:
      `${pair.name} c=${pair.connections} (${Math.round(pair.dynamic.requestsPerSecond)} vs ` +
      `${Math.round(pair.static.requestsPerSecond)} req/s; p50 ${pair.dynamic.p50Ms} ms, p99 ${pair.dynamic.p99Ms} ms; ` +
      `${roundsText(pair)})`,
    figure: formatRatio(pair.ratio),
    target: `>= ${TARGETS.apiRatio}x`,
    verdict: judge(pair.ratio === null ? null : pair.ratio >= TARGETS.apiRatio),
    ...(pair.ratio === null ? { note: 'the static copy served nothing in the time given' } : {}),
    ...(pair.dynamic.failures + pair.static.failures > 0
      ? { note: `${pair.dynamic.failures} dynamic and ${pair.static.failures} static requests failed or timed out` }
      : {}),
  }));
  lines.push({
    area: 'API',
    measure: `server peak RSS at c=${api.maxConnections}`,
    figure: formatBytes(api.peakRssAtMaxConnectionsBytes),
    target: `<= ${formatBytes(TARGETS.rssBytes)}`,
    verdict: judge(api.peakRssAtMaxConnectionsBytes === null ? null : api.peakRssAtMaxConnectionsBytes <= TARGETS.rssBytes),
  });
  return lines;
}

function scaleVerdicts(results: BenchResults): Verdict[] {
  if (results.scale === null) return notMeasured('scale', 'filter p50 and map idle', `<= ${TARGETS.filterP50Ms} ms`);
  return results.scale.flatMap((dataset): Verdict[] => {
    const worst = dataset.inProcess.reduce<{ query: string; p50Ms: number } | null>(
      (max, timing) => (max === null || timing.p50Ms > max.p50Ms ? timing : max),
      null,
    );
    const judged = dataset.claims >= TARGETS.filterAtClaims;
    const label = `${dataset.claims.toLocaleString('en')} claims`;
    return [
      {
        area: 'scale',
        measure: `${label}: slowest filter p50, in-process (${worst ? worst.query || 'no filter' : 'n/a'})`,
        figure: formatMs(worst?.p50Ms ?? null),
        target: judged ? `<= ${TARGETS.filterP50Ms} ms` : '(info)',
        verdict: judged ? judge(worst === null ? null : worst.p50Ms <= TARGETS.filterP50Ms) : 'n/a',
      },
      {
        area: 'scale',
        measure: `${label}: / vs bare page, desktop`,
        figure: formatRatio(dataset.idleRatio),
        target: `<= ${TARGETS.idleRatio}x`,
        verdict: judge(dataset.idleRatio === null ? null : dataset.idleRatio <= TARGETS.idleRatio),
        ...(dataset.errors.length > 0 ? { note: dataset.errors[0] } : {}),
      },
    ];
  });
}

/** Every verdict line, in the order of the issue's list. */
export function verdicts(results: BenchResults): Verdict[] {
  return [
    ...idleVerdicts(results),
    ...jsVerdicts(results),
    ...lighthouseVerdicts(results),
    ...apiVerdicts(results),
    ...scaleVerdicts(results),
  ];
}
