'use client';

import { useCallback, useMemo } from 'react';
import useSWR from 'swr';
import { fetchRegionIndex } from '@/lib/api-client/fetchers';
import type { Region } from '@/lib/basemap/region-schema';

/**
 * Every country and province of the map (the generated index, fetched from `url`: its path with its content version),
 * with the records the server sent for the first render standing in until it arrives. `loaded` says whether an id
 * missing from `lookup` is truly unknown.
 */
export function useRegionIndex(seedRegions: readonly Region[], url: string) {
  const { data: index } = useSWR(url, fetchRegionIndex, { revalidateOnFocus: false });
  const seed = useMemo(() => new Map(seedRegions.map((region) => [region.id, region])), [seedRegions]);
  const lookup = useCallback((id: string) => index?.get(id) ?? seed.get(id), [index, seed]);
  const regions = useMemo(() => (index ? [...index.values()] : [...seedRegions]), [index, seedRegions]);
  return { lookup, regions, loaded: index !== undefined };
}
