import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The phases of `npm run bench`, in the order they run; BENCH_SKIP names the ones to leave out. */
export const PHASES = ['idle', 'js', 'lighthouse', 'api', 'scale'] as const;
export type Phase = (typeof PHASES)[number];

/** The two browser profiles the map is timed in: the e2e suite's desktop viewport and an iPhone 13. */
export const PROFILES = ['desktop', 'mobile'] as const;
export type Profile = (typeof PROFILES)[number];

/** Everything a bench run can be told through its environment; every value has a bounded default. */
export interface BenchConfig {
  /** The project root (where package.json is). */
  root: string;
  /** Port for the app's server; null lets the OS choose a free one. */
  port: number | null;
  /** Cold runs per page and profile for time-to-idle (the median is reported). */
  idleRuns: number;
  profiles: Profile[];
  /** Lighthouse runs per page and preset (the median score is reported). */
  lighthouseRuns: number;
  /** Seconds of load per autocannon run, and of warm-up per URL before the runs. */
  apiSeconds: number;
  apiWarmupSeconds: number;
  /** Connection counts the API is loaded with; the largest is the one the memory target reads. */
  apiConnections: number[];
  /** Rounds of every API comparison (the median round's ratio is reported). */
  apiRounds: number;
  /** Claim counts of the synthetic datasets, and how many synthetic movements each holds. */
  scaleClaims: number[];
  scaleMovements: number;
  /** Cold runs per page for the time-to-idle of the synthetic datasets. */
  scaleIdleRuns: number;
  skip: Set<Phase>;
  /** Reuse the existing production build (.next) instead of building. */
  skipBuild: boolean;
  chromiumPath: string;
  resultsDir: string;
}

const intIn = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const intList = (min: number, max: number, fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text) => text.split(',').map((part) => part.trim()).filter((part) => part !== '').map(Number))
    .pipe(z.array(z.number().int().min(min).max(max)).min(1).max(8));

const EnvSchema = z.object({
  BENCH_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  BENCH_RUNS: intIn(1, 50, 5),
  BENCH_PROFILES: z
    .string()
    .default('desktop,mobile')
    .transform((text) => text.split(',').map((part) => part.trim()))
    .pipe(z.array(z.enum(PROFILES)).min(1)),
  BENCH_LIGHTHOUSE_RUNS: intIn(1, 10, 1),
  BENCH_API_SECONDS: intIn(1, 120, 5),
  BENCH_API_WARMUP_SECONDS: intIn(0, 30, 1),
  BENCH_API_CONNECTIONS: intList(1, 1000, '20,200'),
  BENCH_API_ROUNDS: intIn(1, 10, 3),
  BENCH_SCALE_CLAIMS: intList(1, 1_000_000, '10000,100000'),
  BENCH_SCALE_MOVEMENTS: intIn(1, 100_000, 1000),
  BENCH_SCALE_RUNS: intIn(1, 50, 3),
  BENCH_SKIP: z
    .string()
    .default('')
    .transform((text) => text.split(',').map((part) => part.trim()).filter((part) => part !== ''))
    .pipe(z.array(z.enum(PHASES))),
  BENCH_SKIP_BUILD: z.enum(['0', '1']).default('0'),
  CHROMIUM_PATH: z.string().min(1).optional(),
});

/** Reserved ports: the app's default, the e2e suite's and the ones colleagues use on this machine. */
const RESERVED_PORTS = new Set([3000, 3100, 3200, 3300]);

/** The Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium (as playwright.config.ts chooses). */
export function chromiumPath(fromEnv: string | undefined): string {
  const chosen = fromEnv ?? '/usr/bin/chromium';
  if (!existsSync(chosen)) {
    throw new Error(`no Chromium at ${chosen}: set CHROMIUM_PATH, or apt-get install -y chromium`);
  }
  return chosen;
}

/** Reads the bench's configuration from the environment; a bad value stops the run with the variable named. */
export function readConfig(env: NodeJS.ProcessEnv, root: string): BenchConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`bad benchmark settings:\n  ${problems.join('\n  ')}`);
  }
  const value = parsed.data;
  if (value.BENCH_PORT !== undefined && RESERVED_PORTS.has(value.BENCH_PORT)) {
    throw new Error(`BENCH_PORT ${value.BENCH_PORT} is reserved (3000, 3100, 3200, 3300 are used by others)`);
  }
  return {
    root,
    port: value.BENCH_PORT ?? null,
    idleRuns: value.BENCH_RUNS,
    profiles: value.BENCH_PROFILES,
    lighthouseRuns: value.BENCH_LIGHTHOUSE_RUNS,
    apiSeconds: value.BENCH_API_SECONDS,
    apiWarmupSeconds: value.BENCH_API_WARMUP_SECONDS,
    apiConnections: [...new Set(value.BENCH_API_CONNECTIONS)].sort((a, b) => a - b),
    apiRounds: value.BENCH_API_ROUNDS,
    scaleClaims: [...new Set(value.BENCH_SCALE_CLAIMS)].sort((a, b) => a - b),
    scaleMovements: value.BENCH_SCALE_MOVEMENTS,
    scaleIdleRuns: value.BENCH_SCALE_RUNS,
    skip: new Set(value.BENCH_SKIP),
    skipBuild: value.BENCH_SKIP_BUILD === '1',
    chromiumPath: chromiumPath(value.CHROMIUM_PATH),
    resultsDir: path.join(root, 'bench', 'results'),
  };
}
