import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RegionIndexSchema, type Region } from '@/lib/basemap/region-schema';

/** The region index of the built basemap (public/basemap/regions.json), by id, as the server reads it. */
export async function readRegionIndex(root: string): Promise<Map<string, Region>> {
  const text = await readFile(path.join(root, 'public', 'basemap', 'regions.json'), 'utf8');
  const list = RegionIndexSchema.parse(JSON.parse(text));
  return new Map(list.map((region) => [region.id, region]));
}
