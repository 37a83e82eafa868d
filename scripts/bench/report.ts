import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResults, ScaleDataset } from './results';
import { formatBytes, formatMs, formatRatio, round } from './stats';
import { verdicts, type Verdict } from './targets';

type Row = readonly string[];

/** A plain-text table with aligned columns. */
export function textTable(header: Row, rows: readonly Row[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: Row) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** A Markdown table. */
export function markdownTable(header: Row, rows: readonly Row[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  const line = (cells: Row) => `| ${cells.map(escape).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

const VERDICT_HEADER = ['area', 'measure', 'figure', 'target', 'verdict'];
const verdictRow = (line: Verdict): Row => [
  line.area,
  line.measure,
  line.figure,
  line.target,
  line.verdict + (line.note ? ` (${line.note})` : ''),
];
const runsText = (runs: readonly number[]) => runs.map((ms) => Math.round(ms)).join(' ');
const files = (list: readonly { path: string; gzip: number }[]) =>
  list.map((file) => `${file.path} ${formatBytes(file.gzip)} gz`).join(', ');

function idleSection(idle: NonNullable<BenchResults['idle']>): string[] {
  const rows = idle.series.map((entry): Row => [
    entry.target, entry.profile, formatMs(entry.medianMs), runsText(entry.runsMs), String(entry.failures.length),
  ]);
  return [
    'Time to first map idle (ms since navigation; cold: a fresh browser context, its cache empty)',
    textTable(['page', 'profile', 'median', 'runs', 'failures'], rows),
    `GeoJSON of the first view (the bare page draws the same): ${files(idle.geojson)}`,
  ];
}

function jsSection(js: NonNullable<BenchResults['js']>): string[] {
  const rows: Row[] = js.routes.map((entry) =>
    entry.js ? [entry.route, formatBytes(entry.js.gzip), formatBytes(entry.js.raw), entry.js.method] : [entry.route, entry.status, '', ''],
  );
  if (js.minimal) {
    rows.push(['minimal react-map-gl page', formatBytes(js.minimal.gzip), formatBytes(js.minimal.raw), js.minimal.method]);
  }
  const untilIdle = js.untilIdle.map((entry): Row => [
    entry.target, String(entry.files), formatBytes(entry.gzip), formatBytes(entry.raw),
  ]);
  return [
    '\nFirst-load JavaScript (before dynamic imports)',
    textTable(['page', 'gzip', 'raw', 'measured from'], rows),
    '\nAll JavaScript fetched until the first idle (MapLibre, lazy chunks and the worker included)',
    textTable(['page', 'files', 'gzip', 'raw'], untilIdle),
  ];
}

function lighthouseSection(entries: NonNullable<BenchResults['lighthouse']>): string[] {
  const rows = entries.map((entry): Row => {
    const best = entry.median;
    if (best === null) return [entry.target, entry.preset, 'n/a', '', '', '', '', '', '', '', entry.failures[0] ?? 'failed'];
    const { metrics } = best;
    return [
      entry.target, entry.preset, String(best.performance), String(best.accessibility), String(best.bestPractices),
      formatMs(metrics.fcpMs), formatMs(metrics.lcpMs), formatMs(metrics.tbtMs), String(round(metrics.cls, 3)),
      formatMs(metrics.speedIndexMs), `${entry.runs.length} ok, ${entry.failures.length} failed`,
    ];
  });
  return [
    '\nLighthouse 12.2.3 (the run with the median performance score)',
    textTable(['page', 'preset', 'perf', 'a11y', 'best pr.', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', 'runs'], rows),
  ];
}

function apiSection(api: NonNullable<BenchResults['api']>): string[] {
  const identical = api.sameBytes
    .map((entry) => `${entry.name} ${entry.identical ? 'yes' : 'NO'} (${formatBytes(entry.bytes)})`)
    .join(', ');
  const rows = api.pairs.flatMap((pair) =>
    (['dynamic', 'static'] as const).map((side): Row => {
      const run = pair[side];
      return [
        pair.name, String(pair.connections), side, String(Math.round(run.requestsPerSecond)), `${run.p50Ms} ms`,
        `${run.p99Ms} ms`, String(run.failures), formatBytes(run.peakRssBytes),
      ];
    }),
  );
  const ratios = api.pairs.map((pair): Row => [
    pair.name, String(pair.connections), formatRatio(pair.ratio), pair.rounds.map((entry) => formatRatio(entry.ratio)).join(', '),
  ]);
  return [
    `\nAPI under load (autocannon; server RSS at start ${formatBytes(api.rssAtStartBytes)}; static copies identical: ${identical})`,
    'Each side: its median round (req/s, p50, p99), with the failures of all rounds and the highest RSS of any.',
    textTable(['response', 'conn.', 'side', 'req/s', 'p50', 'p99', 'failures', 'peak RSS'], rows),
    '\nDynamic over static throughput: the median round, and every round in the order they ran',
    textTable(['response', 'conn.', 'ratio', 'rounds'], ratios),
  ];
}

function scaleSection(dataset: ScaleDataset): string[] {
  const cold = dataset.coldStart;
  const filters = dataset.inProcess.map((timing): Row => {
    const http = dataset.http.find((candidate) => candidate.query === timing.query);
    return [
      timing.query || '(none)', String(timing.total ?? ''), formatMs(timing.p50Ms), formatMs(timing.p95Ms),
      formatMs(http?.p50Ms ?? null), formatMs(http?.p95Ms ?? null),
    ];
  });
  const idle = dataset.idle.map((entry): Row => [
    entry.target, formatMs(entry.medianMs), runsText(entry.runsMs), String(entry.failures.length),
  ]);
  return [
    `\nScale: ${dataset.claims.toLocaleString('en')} claims, ${dataset.movements.toLocaleString('en')} synthetic movements`,
    `generated in ${formatMs(dataset.generateMs)}; loaded and validated in-process in ${formatMs(dataset.loadMs)}; ` +
      `a server's first API answer ${formatMs(cold?.apiMs ?? null)}, first page ${formatMs(cold?.pageMs ?? null)}; ` +
      `server RSS ${formatBytes(dataset.serverRssBytes)}`,
    textTable(['filter', 'matches', 'in-process p50', 'p95', 'HTTP p50', 'p95'], filters),
    textTable(['page', 'median idle', 'runs', 'failures'], idle),
    `GeoJSON: ${files(dataset.geojson)}; idle ratio ${formatRatio(dataset.idleRatio)}`,
    ...dataset.errors.map((error) => `error: ${error}`),
  ];
}

/** The detail tables: every run behind the verdicts. */
export function detailTables(results: BenchResults): string {
  return [
    ...(results.idle ? idleSection(results.idle) : []),
    ...(results.js ? jsSection(results.js) : []),
    ...(results.lighthouse ? lighthouseSection(results.lighthouse) : []),
    ...(results.api ? apiSection(results.api) : []),
    ...(results.scale ?? []).flatMap(scaleSection),
  ].join('\n');
}

function machineLine(results: BenchResults): string {
  const env = results.environment;
  const loads = env.load.map((entry) => `${entry.phase} ${entry.start.toFixed(1)}→${entry.end.toFixed(1)}`).join(', ');
  return (
    `${env.cpus} cores (${env.cpuModel}), ${env.memoryGb} GB, Node ${env.node}, Chromium ${env.chromium ?? '?'}, ` +
    `Next ${env.next ?? '?'}, MapLibre ${env.maplibre ?? '?'}, commit ${env.commit ?? 'unknown'}; ` +
    `1-min load average by phase: ${loads}. Software WebGL (SwiftShader). Other work on the machine shares the cores: ` +
    'compared sides are interleaved run by run so it weighs on both alike; absolute times are noisy, ratios less so.'
  );
}

/** The README section: the verdict table with the latest figures, and the machine they were measured on. */
export function readmeSection(results: BenchResults): string {
  const day = results.finishedAt.slice(0, 10);
  return [
    '## Performance budgets',
    '',
    `Measured by \`npm run bench\` ([bench/README.md](bench/README.md)) on ${day}, a ${Math.round(results.seconds)} s run.`,
    '',
    markdownTable(VERDICT_HEADER, verdicts(results).map(verdictRow)),
    '',
    `Machine: ${machineLine(results)}`,
  ].join('\n');
}

/** Prints the detail tables, the verdict table and the machine caveat. */
export function printReport(results: BenchResults): void {
  console.log(`\n${detailTables(results)}\n`);
  console.log(textTable(VERDICT_HEADER, verdicts(results).map(verdictRow)));
  console.log(`\nMachine: ${machineLine(results)}`);
  for (const error of results.errors) console.log(`ERROR in ${error.phase}: ${error.message}`);
}

/**
 * The files a run writes in bench/results/. A full run writes latest.json (every run), latest.md (the README section)
 * and summary.json (the verdicts only: small enough to commit). A run that leaves phases out (BENCH_SKIP) writes
 * partial.json and partial.md instead: the files of the last full run, which the README's figures cite, stay as they
 * were, and a partial run's "not measured" rows cannot replace them by accident.
 */
export function resultFileNames(skipped: readonly string[]): { json: string; markdown: string; summary: string | null } {
  return skipped.length > 0
    ? { json: 'partial.json', markdown: 'partial.md', summary: null }
    : { json: 'latest.json', markdown: 'latest.md', summary: 'summary.json' };
}

/** Writes the run's files (resultFileNames) in `dir` and returns their paths. */
export async function writeResults(dir: string, results: BenchResults, skipped: readonly string[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names = resultFileNames(skipped);
  const json = path.join(dir, names.json);
  const markdown = path.join(dir, names.markdown);
  const env = results.environment;
  await writeFile(json, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(markdown, `${readmeSection(results)}\n`);
  if (names.summary === null) return [json, markdown];
  const summary = path.join(dir, names.summary);
  const small = {
    measuredAt: results.finishedAt,
    commit: env.commit,
    machine: `${env.cpus} cores, ${env.memoryGb} GB, Node ${env.node}, Chromium ${env.chromium ?? '?'}`,
    load: env.load,
    verdicts: verdicts(results),
    errors: results.errors.map((error) => ({ phase: error.phase, message: error.message.split('\n')[0] })),
  };
  await writeFile(summary, `${JSON.stringify(small, null, 2)}\n`);
  return [json, markdown, summary];
}
