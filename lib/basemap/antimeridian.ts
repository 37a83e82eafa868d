import type { MultiPolygon, Polygon, Position } from 'geojson';
import { largestPolygon, polygonsOf, ringsBbox, type PolygonCoordinates } from './polygon-measure';

/**
 * Antimeridian handling for a Web Mercator map. A ring whose consecutive vertices jump from about +180 to about -180
 * longitude is drawn by MapLibre as a band across the whole map. Shifting its negative longitudes by +360 makes it
 * continuous (MapLibre draws longitudes beyond 180 in the next world copy, where they belong). Longitudes of the
 * result lie in [-180, 360).
 */

/** Whether a ring has a segment spanning more than 180° of longitude, i.e. it wraps around the antimeridian. */
export function crossesAntimeridian(ring: Position[]): boolean {
  return maxLongitudeStep(ring) > 180;
}

/** The longest longitude step between consecutive vertices of a ring, in degrees (0 for fewer than two vertices). */
export function maxLongitudeStep(ring: Position[]): number {
  let max = 0;
  for (let i = 1; i < ring.length; i++) {
    const step = Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0));
    if (step > max) max = step;
  }
  return max;
}

/** The longest longitude step between consecutive vertices in any ring of a geometry. */
export function geometryMaxLongitudeStep(geometry: Polygon | MultiPolygon): number {
  return Math.max(0, ...polygonsOf(geometry).flatMap((polygon) => polygon.map(maxLongitudeStep)));
}

/** A ring with its negative longitudes shifted by +360. */
export function shiftRingEast(ring: Position[]): Position[] {
  return ring.map((position) => {
    const [lon = 0, ...rest] = position;
    return lon < 0 ? [lon + 360, ...rest] : position;
  });
}

/** A ring that crosses the antimeridian with its negative longitudes shifted by +360; any other ring is returned as is. */
export function unwrapRing(ring: Position[]): Position[] {
  return crossesAntimeridian(ring) ? shiftRingEast(ring) : ring;
}

/**
 * Makes a Polygon or MultiPolygon continuous across the antimeridian, in two steps:
 * 1. a polygon with any ring that crosses the antimeridian has the negative longitudes of all its rings (holes too,
 *    so they stay inside) shifted by +360 (Fiji; Chukotka in coarse data);
 * 2. in a MultiPolygon, a polygon lying wholly west of the prime meridian is shifted by +360 when that brings it
 *    nearer, in longitude, to the largest polygon. This joins pieces cut at ±180 (Chukotka and Wrangel Island in
 *    Natural Earth 10m) to the rest of the region, so its bbox is compact and the pieces can be merged, while the
 *    United States (largest polygon in the west) keeps Alaska where it is.
 * A geometry that needs neither is returned unchanged (same object).
 */
export function unwrapGeometry<G extends Polygon | MultiPolygon>(geometry: G): G {
  const polygons = polygonsOf(geometry);
  let changed = false;
  const stepOne = polygons.map((polygon) => {
    if (!polygon.some(crossesAntimeridian)) return polygon;
    changed = true;
    return polygon.map(shiftRingEast);
  });

  let result = stepOne;
  if (geometry.type === 'MultiPolygon' && stepOne.length > 1) {
    const main = largestPolygon({ type: 'MultiPolygon', coordinates: stepOne });
    const mainCenter = main ? centerLongitude(main) : 0;
    result = stepOne.map((polygon) => {
      if (polygon === main) return polygon;
      const [west, , east] = ringsBbox(polygon);
      if (east > 0) return polygon;
      const center = (west + east) / 2;
      if (Math.abs(center + 360 - mainCenter) >= Math.abs(center - mainCenter)) return polygon;
      changed = true;
      return polygon.map(shiftRingEast);
    });
  }

  if (!changed) return geometry;
  return (geometry.type === 'Polygon'
    ? { ...geometry, coordinates: result[0] ?? [] }
    : { ...geometry, coordinates: result }) as G;
}

function centerLongitude(polygon: PolygonCoordinates): number {
  const [west, , east] = ringsBbox(polygon);
  return (west + east) / 2;
}

const SEAM_EPSILON = 1e-6;

/**
 * Prepares pieces cut at the antimeridian (and joined by {@link unwrapGeometry}) to be merged into one shape:
 * vertices within 1e-6° of longitude 180 are set to exactly 180, and each segment along that meridian gets the
 * meridian vertices of the other rings that fall inside it. Natural Earth cuts Chukotka and Wrangel Island at ±180
 * with slightly different vertices on each side; after this the two sides share their common stretch vertex for
 * vertex, so a topology merge dissolves it and no outline is drawn along the meridian. Other geometries come back
 * unchanged (same object).
 */
export function stitchAntimeridianSeam<G extends Polygon | MultiPolygon>(geometry: G): G {
  const onSeam = (position: Position | undefined) => position !== undefined && Math.abs((position[0] ?? 0) - 180) < SEAM_EPSILON;
  const polygons = polygonsOf(geometry);
  const seamLatitudes = [...new Set(polygons.flat(2).filter(onSeam).map((position) => position[1] ?? 0))];
  if (seamLatitudes.length === 0) return geometry;

  const stitchRing = (ring: Position[]): Position[] => {
    const out: Position[] = [];
    ring.forEach((position, index) => {
      const previous = ring[index - 1];
      const lat = position[1] ?? 0;
      if (onSeam(previous) && onSeam(position)) {
        const from = previous?.[1] ?? 0;
        const between = seamLatitudes
          .filter((candidate) => (candidate - from) * (candidate - lat) < 0)
          .sort((a, b) => (from < lat ? a - b : b - a));
        for (const candidate of between) out.push([180, candidate]);
      }
      out.push(onSeam(position) ? [180, lat] : position);
    });
    return out;
  };

  const coordinates = polygons.map((polygon) => polygon.map(stitchRing));
  return (geometry.type === 'Polygon'
    ? { ...geometry, coordinates: coordinates[0] ?? [] }
    : { ...geometry, coordinates }) as G;
}
