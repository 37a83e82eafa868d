import type { Region } from './region-schema';

/**
 * Provinces under occupation, shown as part of the country they belong to under international law with an occupation
 * note. Crimea and Sevastopol: Ukraine's, occupied and claimed as annexed by Russia since 2014 (UN General Assembly
 * resolution 68/262 affirms Ukraine's territorial integrity). Natural Earth's admin-1 file files both under `RUS`.
 */
export const OCCUPIED_PROVINCES: Readonly<Record<string, NonNullable<Region['occupation']>>> = {
  'UA-43': { by: 'RUS', since: '2014' },
  'UA-40': { by: 'RUS', since: '2014' },
};

/** The occupation note of a region, or null. */
export function occupationOf(regionId: string): Region['occupation'] {
  return Object.hasOwn(OCCUPIED_PROVINCES, regionId) ? (OCCUPIED_PROVINCES[regionId] ?? null) : null;
}
