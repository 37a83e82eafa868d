import { PROVINCE_COUNTRIES } from './region-id';

/**
 * Label ranks, lower = more important, for `symbol-sort-key` and for choosing a `minzoom` per rank:
 * 1 the four countries the atlas is about (and, in basemap-cities.ts, their capitals), then countries by area
 * (2: 1,000,000 km² or more, 3: 100,000, 4: 10,000, 5: smaller). Cities: 2 other capitals, 3 key cities, 4 others.
 */
const FOCUS_COUNTRIES: ReadonlySet<string> = new Set(Object.values(PROVINCE_COUNTRIES));

/** The label rank of a country, from its id and its area in km². */
export function countryLabelRank(id: string, areaKm2: number): number {
  if (FOCUS_COUNTRIES.has(id)) return 1;
  if (areaKm2 >= 1_000_000) return 2;
  if (areaKm2 >= 100_000) return 3;
  if (areaKm2 >= 10_000) return 4;
  return 5;
}
