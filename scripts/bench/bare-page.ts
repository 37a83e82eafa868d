import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defer } from './cleanup';

/** Where the bench puts its files under public/ for the duration of a run (removed afterwards, never committed). */
export const BENCH_PUBLIC_PATH = '__bench__';

/** The benchmark-only files served by the app's own server: the bare page and static copies of API responses. */
export interface BenchPublicFiles {
  /** The URL path of the bare page drawing `sources` (URL paths of GeoJSON) framed on `bounds`. */
  barePagePath(sources: readonly string[], bounds: readonly number[], padding: number): string;
  /** Writes `bytes` as a static file and returns its URL path; only servers started after the write serve it. */
  writeStatic(name: string, bytes: Uint8Array): Promise<string>;
}

/**
 * Copies the bare page (bench/bare-page/) and maplibre-gl's own ES module and CSS into public/__bench__/, so the
 * same server serves it beside the app, with the same self-hosted worker (/maplibre-gl-worker.mjs). Removed
 * when the bench ends. Next lists public/ when the server starts: install before starting a server.
 */
export async function installBenchPublicFiles(root: string): Promise<BenchPublicFiles> {
  const dir = path.join(root, 'public', BENCH_PUBLIC_PATH);
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'api'), { recursive: true });
  defer('public/__bench__', () => rm(dir, { recursive: true, force: true }));
  const template = path.join(root, 'bench', 'bare-page');
  for (const file of ['index.html', 'bare.mjs', 'bare.css']) await copyFile(path.join(template, file), path.join(dir, file));
  const dist = path.join(root, 'node_modules', 'maplibre-gl', 'dist');
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl.css']) await copyFile(path.join(dist, file), path.join(dir, file));
  return {
    barePagePath(sources, bounds, padding) {
      const query = new URLSearchParams();
      for (const source of sources) query.append('src', source);
      query.set('bounds', bounds.join(','));
      query.set('padding', String(padding));
      return `/${BENCH_PUBLIC_PATH}/index.html?${query.toString()}`;
    },
    async writeStatic(name, bytes) {
      await writeFile(path.join(dir, 'api', name), bytes);
      return `/${BENCH_PUBLIC_PATH}/api/${name}`;
    },
  };
}
