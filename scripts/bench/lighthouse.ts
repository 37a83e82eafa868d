import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { defer } from './cleanup';
import { runCommand, tail } from './processes';

/** Lighthouse's two presets: its default (a throttled mid-range phone) and `desktop`. */
export type LighthousePreset = 'mobile' | 'desktop';

/** Scores (0 to 100) and the metrics behind the performance score. */
export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
}

const Score = z.object({ score: z.number().nullable() });
const Numeric = z.object({ numericValue: z.number() });
const ReportSchema = z.object({
  lighthouseVersion: z.string(),
  runtimeError: z.object({ code: z.string(), message: z.string() }).optional(),
  categories: z.object({ performance: Score, accessibility: Score, 'best-practices': Score }),
  audits: z.object({
    'first-contentful-paint': Numeric,
    'largest-contentful-paint': Numeric,
    'total-blocking-time': Numeric,
    'cumulative-layout-shift': Numeric,
    'speed-index': Numeric,
  }),
});

const percent = (score: { score: number | null }) => Math.round((score.score ?? 0) * 100);

/**
 * One Lighthouse run (the project's pinned lighthouse, its CLI in a child process) against `url` in the given
 * Chromium, headless. Throws when Lighthouse fails or reports a runtime error.
 */
export async function runLighthouse(
  root: string,
  url: string,
  preset: LighthousePreset,
  chromium: string,
): Promise<LighthouseResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claims-atlas-bench-lighthouse-'));
  const release = defer('a lighthouse report folder', () => rm(dir, { recursive: true, force: true }));
  try {
    const report = path.join(dir, 'report.json');
    const log = path.join(dir, 'lighthouse.log');
    const args = [
      path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js'),
      url,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ];
    // SIGINT on timeout lets Lighthouse's chrome-launcher close the Chrome it started.
    const result = await runCommand(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, CHROME_PATH: chromium },
      timeoutMs: 180_000,
      logFile: log,
      onTimeout: 'SIGINT',
    });
    if (result.code !== 0) {
      throw new Error(`lighthouse ${result.timedOut ? 'timed out' : `exited ${result.code}`}: ${await tail(log, 8)}`);
    }
    const parsed = ReportSchema.parse(JSON.parse(await readFile(report, 'utf8')));
    if (parsed.runtimeError) throw new Error(`lighthouse: ${parsed.runtimeError.code}: ${parsed.runtimeError.message}`);
    const audits = parsed.audits;
    return {
      performance: percent(parsed.categories.performance),
      accessibility: percent(parsed.categories.accessibility),
      bestPractices: percent(parsed.categories['best-practices']),
      metrics: {
        fcpMs: audits['first-contentful-paint'].numericValue,
        lcpMs: audits['largest-contentful-paint'].numericValue,
        tbtMs: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        speedIndexMs: audits['speed-index'].numericValue,
      },
    };
  } finally {
    await release();
  }
}
