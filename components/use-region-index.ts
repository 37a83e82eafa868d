'use client';

import { useCallback, useMemo } from 'react';
import useSWR from 'swr';
import { RegionIndexSchema, type Region } from '@/lib/basemap/region-schema';

async function fetchRegionIndex(url: string): Promise<Map<string, Region>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const list = RegionIndexSchema.parse(await response.json());
  return new Map(list.map((region) => [region.id, region]));
}

/**
 * Every country and province of the map (the generated index), with the records the server sent for the first render
 * standing in until it arrives. `loaded` says whether an id missing from `lookup` is truly unknown.
 */
export function useRegionIndex(seedRegions: readonly Region[]) {
  const { data: index } = useSWR('/basemap/regions.json', fetchRegionIndex, { revalidateOnFocus: false });
  const seed = useMemo(() => new Map(seedRegions.map((region) => [region.id, region])), [seedRegions]);
  const lookup = useCallback((id: string) => index?.get(id) ?? seed.get(id), [index, seed]);
  const regions = useMemo(() => (index ? [...index.values()] : [...seedRegions]), [index, seedRegions]);
  return { lookup, regions, loaded: index !== undefined };
}
