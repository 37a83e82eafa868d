import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRegionLookup, RegionFeatureCollectionSchema, type RegionLookup } from '../geo/region-lookup';
import type { DatasetRecords } from '../domain/data-file';
import { formatDataError, FILE_LEVEL, type DataError } from './data-error';
import { indexDataset, type Dataset } from './dataset';
import type { DataFileInput } from './parse-records';
import { validateDataset } from './validate';

/** The data folder: `DATA_DIR`, else `data/` under the working directory (the repo root under npm and next). */
export function defaultDataDir(): string {
  return process.env.DATA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), 'data');
}

/** The generated basemap folder whose provinces.geojson and countries.geojson validation measures places against. */
export function defaultBasemapDir(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'public', 'basemap');
}

/** The dataset is invalid; `errors` lists every problem. */
export class DataValidationError extends Error {
  constructor(readonly errors: readonly DataError[]) {
    super(`${errors.length} data error(s):\n${errors.map(formatDataError).join('\n')}`);
    this.name = 'DataValidationError';
  }
}

/** The basemap files are missing or unreadable. */
export class BasemapMissingError extends Error {
  constructor(detail: string) {
    super(`${detail}: run npm run basemap first`);
    this.name = 'BasemapMissingError';
  }
}

function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}

async function listJsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(/* turbopackIgnore: true */ dir, entry.name);
      if (entry.isDirectory()) return listJsonFiles(full);
      return entry.isFile() && entry.name.endsWith('.json') ? [full] : [];
    }),
  );
  return nested.flat().sort();
}

/** Reads every `.json` file under `dataDir`; files that are not valid JSON come back as errors. */
export async function readDataFiles(dataDir: string): Promise<{ files: DataFileInput[]; errors: DataError[] }> {
  const files: DataFileInput[] = [];
  const errors: DataError[] = [];
  const found = await listJsonFiles(dataDir).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' ? new Error(`the data folder ${dataDir} does not exist (set DATA_DIR)`) : error;
  });
  for (const full of found) {
    const file = displayName(full);
    try {
      files.push({ file, json: JSON.parse(await readFile(/* turbopackIgnore: true */ full, 'utf8')) as unknown });
    } catch (error) {
      errors.push({ file, recordId: FILE_LEVEL, path: '', reason: `not valid JSON: ${(error as Error).message}` });
    }
  }
  return { files, errors };
}

/** Builds the region lookup from the generated `provinces.geojson` and `countries.geojson`. */
export async function readRegionLookup(basemapDir: string = defaultBasemapDir()): Promise<RegionLookup> {
  const collections = [];
  for (const name of ['provinces.geojson', 'countries.geojson']) {
    const full = path.join(/* turbopackIgnore: true */ basemapDir, name);
    let text: string;
    try {
      text = await readFile(/* turbopackIgnore: true */ full, 'utf8');
    } catch {
      throw new BasemapMissingError(`${displayName(full)} is missing`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new BasemapMissingError(`${displayName(full)} is not valid JSON`);
    }
    const parsed = RegionFeatureCollectionSchema.safeParse(json);
    if (!parsed.success) {
      throw new BasemapMissingError(`${displayName(full)} is not a region FeatureCollection (${parsed.error.issues[0]?.message})`);
    }
    collections.push(parsed.data);
  }
  return createRegionLookup(collections);
}

/** Options for {@link loadDataset}; every one has a default. */
export interface LoadOptions {
  dataDir?: string;
  /** Defaults to the lookup read from `public/basemap/`. */
  regions?: RegionLookup;
  /** `YYYY-MM-DD`; dates after it are errors. Defaults to today (UTC). */
  today?: string;
}

/** A loaded, validated dataset: the records as in the files, and indexed. */
export interface LoadedDataset {
  records: DatasetRecords;
  dataset: Dataset;
}

/**
 * Reads, validates and indexes every data file. Throws {@link DataValidationError} listing all problems, or
 * {@link BasemapMissingError} when no region lookup is given and the basemap has not been generated.
 */
export async function loadDataset(options: LoadOptions = {}): Promise<LoadedDataset> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const regions = options.regions ?? (await readRegionLookup());
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { files, errors: readErrors } = await readDataFiles(dataDir);
  const { errors, records } = validateDataset(files, regions, today);
  const all = [...readErrors, ...errors];
  if (all.length > 0) throw new DataValidationError(all);
  return { records, dataset: indexDataset(records) };
}
