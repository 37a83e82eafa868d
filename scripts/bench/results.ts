import type { PairResult } from './api-load';
import type { RouteJs } from './bundle-size';
import type { Profile } from './config';
import type { FilterTiming } from './filter-latency';
import type { LighthousePreset, LighthouseResult } from './lighthouse';
import type { IdleSeries } from './map-idle';

/** The shape of bench/results/latest.json: every figure a run measured, with what it was measured on. */

/** A page of the app the bench looks at, or why it could not. */
export interface AppRoute {
  route: string;
  status: 'ok' | 'not built yet' | 'error';
  httpStatus: number | null;
}

/** A GeoJSON file the app's first view loads, as the browser fetched it. */
export interface GeoJsonFile {
  path: string;
  raw: number;
  gzip: number;
}

export interface IdleResults {
  routes: AppRoute[];
  /** The GeoJSON the app's first view loaded (what the bare page draws), and the bounds both frame. */
  geojson: GeoJsonFile[];
  bounds: number[];
  barePath: string;
  series: IdleSeries[];
  ratios: { route: string; profile: Profile; app: number | null; bare: number | null; ratio: number | null }[];
}

export interface JsResults {
  routes: { route: string; status: AppRoute['status']; js: RouteJs | null }[];
  minimal: RouteJs | null;
  /** All JavaScript the browser fetched until the map's first idle (lazy chunks, MapLibre and its worker included). */
  untilIdle: { target: string; files: number; raw: number; gzip: number }[];
}

export interface LighthouseEntry {
  target: string;
  preset: LighthousePreset;
  /** For an app route: the bare page drawing the same GeoJSON (its own entry), scored beside it. */
  bare?: string;
  runs: LighthouseResult[];
  failures: string[];
  /** The run with the median performance score. */
  median: LighthouseResult | null;
}

export interface ApiResults {
  /** Whether the static copy holds exactly the bytes the route answers. */
  sameBytes: { name: string; bytes: number; identical: boolean }[];
  rssAtStartBytes: number | null;
  pairs: PairResult[];
  /** The server's peak RSS over the runs at the largest connection count. */
  peakRssAtMaxConnectionsBytes: number | null;
  maxConnections: number;
}

export interface ScaleDataset {
  claims: number;
  movements: number;
  generateMs: number;
  /** loadDataset (read, validate, index) plus the API context, in the bench's own process. */
  loadMs: number;
  /** A server started on the dataset: until it listened and answered its first API request, and its first page. */
  coldStart: { readyMs: number; apiMs: number; pageMs: number } | null;
  inProcess: FilterTiming[];
  http: FilterTiming[];
  /** The server's RSS once it had loaded the dataset and served the filters and the map. */
  serverRssBytes: number | null;
  geojson: GeoJsonFile[];
  idle: IdleSeries[];
  idleRatio: number | null;
  errors: string[];
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  seconds: number;
  environment: {
    node: string;
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    chromium: string | null;
    next: string | null;
    maplibre: string | null;
    commit: string | null;
    /** One-minute load average at the start and end of each phase: how busy the machine was meanwhile. */
    load: { phase: string; start: number; end: number }[];
  };
  settings: Record<string, string | number | boolean | string[] | number[]>;
  idle: IdleResults | null;
  js: JsResults | null;
  lighthouse: LighthouseEntry[] | null;
  api: ApiResults | null;
  scale: ScaleDataset[] | null;
  errors: { phase: string; message: string }[];
}
