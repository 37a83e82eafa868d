import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BasemapManifestSchema, type BasemapManifest } from '@/lib/basemap/basemap-features';
import { processSingleton } from '@/lib/server-singleton';

/**
 * The manifest `npm run basemap` wrote into public/basemap/ (the generated files and their content versions), read
 * once per process; empty when it is missing or unreadable, and every URL is then the bare path (it still works,
 * uncached).
 */
export const loadAssetManifest = processSingleton('asset-manifest', async (): Promise<BasemapManifest> => {
  try {
    const text = await readFile(path.join(process.cwd(), 'public', 'basemap', 'manifest.json'), 'utf8');
    return BasemapManifestSchema.parse(JSON.parse(text));
  } catch {
    return [];
  }
});
