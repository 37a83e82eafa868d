import type { MultiPolygon, Polygon } from 'geojson';
import polylabel from 'polylabel';
import { latitudeOfMercatorY, toMercator } from './mercator';
import { largestPolygon } from './polygon-measure';

/**
 * Where to put the label of a country: the pole of inaccessibility (polylabel) of its largest polygon, computed on the
 * Mercator map so it is the visual centre of the shape readers see, rounded to 3 decimals. Undefined for an empty
 * geometry.
 */
export function labelPoint(geometry: Polygon | MultiPolygon, precisionDegrees = 0.05): [number, number] | undefined {
  const polygon = largestPolygon(geometry);
  if (!polygon?.[0]?.length) return undefined;
  const [x, y] = polylabel(
    polygon.map((ring) => ring.map(toMercator)),
    precisionDegrees,
  );
  return [round3(x), round3(latitudeOfMercatorY(y))];
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
