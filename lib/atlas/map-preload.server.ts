import 'server-only';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { headers } from 'next/headers';
import { preload } from 'react-dom';
import { z } from 'zod';
import { appliedFilters, type InitialView } from '@/lib/atlas/initial-view';
import { BASEMAP_DATA, claimData } from '@/lib/atlas/map-sources';
import { fontFilesForTexts } from '@/lib/basemap/font-subsets';
import { FontFacesSchema, LANGS, type FontFaces, type Lang } from '@/lib/basemap/region-schema';
import { mapSubjectQuery } from '@/lib/claims/feed-query';
import { NONCE_HEADER } from '@/lib/security/nonce-header';
import { processSingleton } from '@/lib/server-singleton';
import type { UrlState } from '@/lib/url-state';

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

/** At most this many bytes of label fonts are fetched ahead of the map, per language (Korean needs many subsets). */
const LABEL_FONT_BUDGET_BYTES = 64 * 1024;

const LabelsSchema = z.object({ features: z.array(z.object({ properties: z.record(z.string(), z.unknown()) })) });

/**
 * For each language, the font files the map's place labels are drawn with, most used first, within the budget: the
 * map asks for them only once the labels are laid out, after its GeoJSON has arrived. Read once per process from the
 * basemap's files; anything unreadable preloads no font.
 */
const labelFonts = processSingleton('label-fonts', async (): Promise<Record<Lang, string[]>> => {
  const none = Object.fromEntries(LANGS.map((lang) => [lang, []])) as unknown as Record<Lang, string[]>;
  try {
    const publicDir = path.join(process.cwd(), 'public');
    const [facesText, labelsText] = await Promise.all([
      readFile(path.join(publicDir, 'basemap', 'font-faces.json'), 'utf8'),
      readFile(path.join(publicDir, BASEMAP_DATA.labels), 'utf8'),
    ]);
    const faces: FontFaces = FontFacesSchema.parse(JSON.parse(facesText));
    const labels = LabelsSchema.parse(JSON.parse(labelsText)).features.map((feature) => feature.properties);
    const declared = Object.values(faces).flat();
    const sizes = new Map<string, number>();
    await Promise.all(
      declared.map(async ({ url }) => {
        const file = await stat(path.join(publicDir, url)).catch(() => null);
        if (file) sizes.set(url, file.size);
      }),
    );
    const nameIn = (properties: Record<string, unknown>, lang: Lang) => {
      const name = properties[`name_${lang}`] ?? properties.name_en;
      return typeof name === 'string' ? name : '';
    };
    return Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        fontFilesForTexts(declared, labels.map((properties) => nameIn(properties, lang)), (url) => sizes.get(url), LABEL_FONT_BUDGET_BYTES),
      ]),
    ) as Record<Lang, string[]>;
  } catch {
    return none;
  }
});

/**
 * Emits preload hints for what the map of `/` or `/embed` needs early, so that it downloads while the HTML arrives and
 * React starts instead of one step after another once the map exists:
 * - the map's chunks (MapLibre, the map component, MapLibre's CSS);
 * - the claims' GeoJSON of the first view (a few KB), with the query the map's style will use, so the map gets each
 *   file from the browser's cache instead of downloading it again;
 * - the fonts of the place labels in the page's language (asked for only once the labels are laid out, after the
 *   GeoJSON), unless a remote basemap draws the labels.
 * The basemap's GeoJSON (about 750 KB gzip) is not hinted: on a slow connection it would share the bandwidth with the
 * page's text, styles and fonts (Lighthouse's mobile LCP of /embed went from 1.5 s to 3.5 s with it), and text comes
 * first. MapLibre's worker starts when the map's module runs (components/map/map-view.tsx).
 */
export async function preloadMap(
  route: keyof typeof mapChunks,
  first: { state: UrlState; view: Pick<InitialView, 'invalidFilters' | 'invalidLenses'>; lang: Lang; remoteBasemap: boolean },
): Promise<void> {
  const [files, requestHeaders, fonts] = await Promise.all([mapChunks[route](), headers(), labelFonts()]);
  const nonce = requestHeaders.get(NONCE_HEADER) ?? undefined;
  for (const file of files) {
    const href = `/_next/${file}`;
    if (file.endsWith('.css')) preload(href, { as: 'style', nonce });
    else preload(href, { as: 'script', nonce });
  }
  const { filters, lens } = appliedFilters(first.state, first.view);
  const fetched = [...Object.values(claimData(mapSubjectQuery(filters, lens))), ...(first.remoteBasemap ? [] : fonts[first.lang])];
  for (const href of fetched) preload(href, { as: 'fetch', crossOrigin: 'anonymous', fetchPriority: 'low', nonce });
}
