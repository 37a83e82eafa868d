import type { MultiPolygon, Polygon, Position } from 'geojson';
import { polygonsOf, type PolygonCoordinates } from './polygon-measure';

/**
 * Coordinate rounding for the generated basemap: 3 decimals (about 100 m) is below a pixel up to zoom 9, and cuts the
 * files by more than half.
 */

/** Rounds a number to a given count of decimals (no -0 in the output). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Rounds a ring's coordinates and drops the vertices that become repeats of the previous one. Returns null when fewer
 * than 4 positions (a closed triangle) remain, i.e. the ring collapsed at this precision.
 */
export function roundRing(ring: Position[], decimals: number): Position[] | null {
  const out: Position[] = [];
  for (const position of ring) {
    const lon = roundTo(position[0] ?? 0, decimals);
    const lat = roundTo(position[1] ?? 0, decimals);
    const previous = out[out.length - 1];
    if (previous && previous[0] === lon && previous[1] === lat) continue;
    out.push([lon, lat]);
  }
  return out.length >= 4 ? out : null;
}

/**
 * Rounds a Polygon or MultiPolygon (see {@link roundRing}), dropping collapsed holes and polygons whose exterior
 * collapsed. Returns a Polygon when one polygon is left, a MultiPolygon when several are, null when none is.
 */
export function roundGeometry(geometry: Polygon | MultiPolygon, decimals: number): Polygon | MultiPolygon | null {
  const polygons: PolygonCoordinates[] = [];
  for (const polygon of polygonsOf(geometry)) {
    const [exterior, ...holes] = polygon;
    const roundedExterior = exterior ? roundRing(exterior, decimals) : null;
    if (!roundedExterior) continue;
    const roundedHoles = holes.map((hole) => roundRing(hole, decimals)).filter((hole) => hole !== null);
    polygons.push([roundedExterior, ...roundedHoles]);
  }
  const [first, ...others] = polygons;
  if (!first) return null;
  return others.length ? { type: 'MultiPolygon', coordinates: polygons } : { type: 'Polygon', coordinates: first };
}

/**
 * Rounds at `decimals`, or with up to `extra` more decimals for a geometry too small to survive (Vatican City, Monaco):
 * the first precision that leaves something. Null only if even the finest leaves nothing.
 */
export function roundGeometryAtLeast(
  geometry: Polygon | MultiPolygon,
  decimals: number,
  extra = 2,
): Polygon | MultiPolygon | null {
  for (let d = decimals; d <= decimals + extra; d++) {
    const rounded = roundGeometry(geometry, d);
    if (rounded) return rounded;
  }
  return null;
}
