import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { headers } from 'next/headers';
import { preload } from 'react-dom';
import { z } from 'zod';
import { NONCE_HEADER } from '@/lib/security/nonce-header';
import { processSingleton } from '@/lib/server-singleton';

/**
 * The map is a client-only island (next/dynamic with `ssr: false`), so Next does not name its chunks in the HTML: the
 * browser would learn of MapLibre (about 1 MB, the largest file of the page) only once the page's scripts have run
 * and asked for the map. This finds the map's chunks in the build and has React emit `<link rel="preload">` for them
 * from the server, with the request's CSP nonce, so their download starts while the HTML is still arriving.
 *
 * The chunks are the dynamic-import entry of the page's `react-loadable-manifest.json` (written by `next build`) whose
 * script defines MapLibre's `setWorkerUrl`; read once per process. Anything unexpected (a dev server, another
 * layout of the build) finds nothing, and the page simply loads the map as before.
 */

const LoadableManifestSchema = z.record(z.string(), z.object({ files: z.array(z.string()) }));

/** The build folder, as `next start` and the standalone server both run from the project (or standalone) root. */
const DIST_DIR = path.join(process.cwd(), '.next');

async function findMapChunks(page: string): Promise<string[]> {
  try {
    const manifestFile = path.join(DIST_DIR, 'server', 'app', page, 'react-loadable-manifest.json');
    const manifest = LoadableManifestSchema.parse(JSON.parse(await readFile(manifestFile, 'utf8')));
    for (const { files } of Object.values(manifest)) {
      for (const file of files) {
        if (!/^static\/chunks\/[\w.-]+\.js$/.test(file)) continue;
        const script = await readFile(path.join(DIST_DIR, file), 'utf8');
        if (script.includes('setWorkerUrl')) return files.filter((name) => /^static\/chunks\/[\w.-]+\.(js|css)$/.test(name));
      }
    }
  } catch {
    // No production build to read: nothing to preload.
  }
  return [];
}

const mapChunks = {
  page: processSingleton('map-chunks:page', () => findMapChunks('page')),
  embed: processSingleton('map-chunks:embed', () => findMapChunks('embed/page')),
};

/** Emits preload hints for the map's chunks (MapLibre, the map component, MapLibre's CSS) of `/` or `/embed`. */
export async function preloadMap(route: keyof typeof mapChunks): Promise<void> {
  const [files, requestHeaders] = await Promise.all([mapChunks[route](), headers()]);
  const nonce = requestHeaders.get(NONCE_HEADER) ?? undefined;
  for (const file of files) {
    const href = `/_next/${file}`;
    if (file.endsWith('.css')) preload(href, { as: 'style', nonce });
    else preload(href, { as: 'script', nonce });
  }
}
