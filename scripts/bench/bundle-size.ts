import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

/** The JavaScript a route loads before any dynamic import: each file and the totals, raw and gzipped. */
export interface RouteJs {
  route: string;
  /** How the file list was found: Turbopack's route-bundle-stats.json, or the route's HTML script tags. */
  method: 'route-bundle-stats' | 'html-script-tags';
  files: { file: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
}

const RouteBundleStatsSchema = z.array(
  z.object({ route: z.string(), firstLoadChunkPaths: z.array(z.string()) }).passthrough(),
);

/** Gzip size at zlib's default level, the level Next's own compression uses. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes).length;
}

function totals(route: string, method: RouteJs['method'], files: RouteJs['files']): RouteJs {
  return {
    route,
    method,
    files,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}

/**
 * First-load JS of `route` from `.next/diagnostics/route-bundle-stats.json` (written by Turbopack builds), read from
 * the build output; null when the file or the route is not there.
 */
export async function firstLoadFromStats(appDir: string, route: string): Promise<RouteJs | null> {
  const text = await readFile(path.join(appDir, '.next', 'diagnostics', 'route-bundle-stats.json'), 'utf8').catch(
    () => null,
  );
  if (text === null) return null;
  const stats = RouteBundleStatsSchema.safeParse(JSON.parse(text));
  const entry = stats.success ? stats.data.find((candidate) => candidate.route === route) : undefined;
  if (entry === undefined) return null;
  const files = await Promise.all(
    entry.firstLoadChunkPaths.map(async (file) => {
      const bytes = await readFile(path.join(appDir, file));
      return { file, raw: bytes.length, gzip: gzipSize(bytes) };
    }),
  );
  return totals(route, 'route-bundle-stats', files);
}

/** Same-origin script URLs a page's HTML references (`<script src>` and Turbopack's `otherChunks`). */
export function scriptUrls(html: string, origin: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)) {
    const tag = match[0];
    if (/\snoModule/i.test(tag) || match[1] === undefined) continue;
    found.add(new URL(match[1].replaceAll('&amp;', '&'), origin).href);
  }
  for (const match of html.matchAll(/"otherChunks":\[([^\]]*)\]/g)) {
    for (const chunk of (match[1] ?? '').matchAll(/"([^"]+)"/g)) {
      if (chunk[1] !== undefined) found.add(new URL(`/_next/${chunk[1]}`, origin).href);
    }
  }
  return [...found].filter((url) => url.startsWith(origin));
}

/** Raw and gzip sizes of scripts fetched from a server (the fetch undoes transfer compression; gzip is ours). */
export async function fetchScriptSizes(urls: readonly string[]): Promise<RouteJs['files']> {
  return Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const where = new URL(url);
      return { file: where.pathname + where.search, raw: bytes.length, gzip: gzipSize(bytes) };
    }),
  );
}

/** First-load JS of `route` from the scripts its server-rendered HTML references; null on a 404. */
export async function firstLoadFromHtml(origin: string, route: string): Promise<RouteJs | null> {
  const response = await fetch(origin + route, { signal: AbortSignal.timeout(60_000) });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${route}: HTTP ${response.status}`);
  return totals(route, 'html-script-tags', await fetchScriptSizes(scriptUrls(await response.text(), origin)));
}

/** First-load JS of a route: from the build's stats when they list it, else from its HTML on the running server. */
export async function firstLoadJs(appDir: string, origin: string | null, route: string): Promise<RouteJs | null> {
  const fromStats = await firstLoadFromStats(appDir, route);
  if (fromStats !== null || origin === null) return fromStats;
  return firstLoadFromHtml(origin, route);
}
