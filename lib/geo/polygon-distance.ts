/** Distances from a point to polygons, in kilometres, on a local flat approximation good to well under 1% near the point. */

/** A GeoJSON position `[lon, lat, ...]`. */
export type Position = readonly number[];
/** A GeoJSON linear ring (first position repeated last). */
export type Ring = readonly Position[];
/** A GeoJSON polygon: an outer ring, then holes. */
export type Polygon = readonly Ring[];

const KM_PER_DEGREE = 6371.0088 * (Math.PI / 180);

function coordinate(position: Position, index: 0 | 1): number {
  return position[index] ?? Number.NaN;
}

/** Whether a point lies inside a ring (even-odd rule). */
export function ringContains(ring: Ring, [lon, lat]: readonly [number, number]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = [coordinate(ring[i] as Position, 0), coordinate(ring[i] as Position, 1)];
    const [xj, yj] = [coordinate(ring[j] as Position, 0), coordinate(ring[j] as Position, 1)];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a polygon (in its outer ring and in none of its holes). */
export function polygonContains(polygon: Polygon, point: readonly [number, number]): boolean {
  const [outer, ...holes] = polygon;
  return outer !== undefined && ringContains(outer, point) && !holes.some((hole) => ringContains(hole, point));
}

function segmentDistanceKm(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** The distance from a point to the nearest edge of a ring, in km. */
export function ringDistanceKm(ring: Ring, [lon, lat]: readonly [number, number]): number {
  const xScale = Math.cos((lat * Math.PI) / 180) * KM_PER_DEGREE;
  const project = (position: Position): [number, number] => [
    (coordinate(position, 0) - lon) * xScale,
    (coordinate(position, 1) - lat) * KM_PER_DEGREE,
  ];
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < ring.length; i++) {
    const [ax, ay] = project(ring[i - 1] as Position);
    const [bx, by] = project(ring[i] as Position);
    best = Math.min(best, segmentDistanceKm(ax, ay, bx, by));
  }
  return best;
}

/**
 * The distance in km from a point to a set of polygons: 0 inside any of them, else to the nearest edge.
 * Longitudes are also tried shifted by 360 degrees, so polygons drawn past 180 (Chukotka) are measured correctly.
 */
export function distanceToPolygonsKm(polygons: readonly Polygon[], [lon, lat]: readonly [number, number]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const shiftedLon of [lon, lon + 360, lon - 360]) {
    const point: [number, number] = [shiftedLon, lat];
    for (const polygon of polygons) {
      if (polygonContains(polygon, point)) return 0;
      for (const ring of polygon) best = Math.min(best, ringDistanceKm(ring, point));
    }
  }
  return best;
}
