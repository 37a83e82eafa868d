import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A polygon as GeoJSON coordinates: the exterior ring, then any holes. */
export type PolygonCoordinates = Position[][];
/** [west, south, east, north] in degrees. */
export type Bbox = [number, number, number, number];

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** The polygons of a Polygon or MultiPolygon, as one list. */
export function polygonsOf(geometry: Polygon | MultiPolygon): PolygonCoordinates[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Area of a ring in km², always positive, on the sinusoidal (equal-area) projection: good to a few percent for the
 * rings of a world map and cheap, so islands and countries can be compared by size.
 */
export function ringArea(ring: Position[]): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (!a || !b) continue;
    const [ax, ay] = sinusoidal(a);
    const [bx, by] = sinusoidal(b);
    twice += ax * by - bx * ay;
  }
  return Math.abs(twice) / 2;
}

function sinusoidal(position: Position): [number, number] {
  const lon = position[0] ?? 0;
  const lat = position[1] ?? 0;
  return [lon * RAD * Math.cos(lat * RAD) * EARTH_RADIUS_KM, lat * RAD * EARTH_RADIUS_KM];
}

/** Area of a polygon in km²: its exterior less its holes. */
export function polygonArea(polygon: PolygonCoordinates): number {
  return polygon.reduce((sum, ring, index) => sum + (index === 0 ? ringArea(ring) : -ringArea(ring)), 0);
}

/** Area of a Polygon or MultiPolygon in km². */
export function geometryArea(geometry: Polygon | MultiPolygon): number {
  return polygonsOf(geometry).reduce((sum, polygon) => sum + polygonArea(polygon), 0);
}

/** The polygon with the largest area (the mainland of a country with islands); undefined for an empty geometry. */
export function largestPolygon(geometry: Polygon | MultiPolygon): PolygonCoordinates | undefined {
  let best: PolygonCoordinates | undefined;
  let bestArea = -1;
  for (const polygon of polygonsOf(geometry)) {
    const area = polygonArea(polygon);
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return best;
}

/** Bounding box of some rings; east may exceed 180 where rings were unwrapped across the antimeridian. */
export function ringsBbox(rings: Iterable<Position[]>): Bbox {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const ring of rings) {
    for (const [lon = 0, lat = 0] of ring) {
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
  }
  return [west, south, east, north];
}

/** Bounding box of a Polygon or MultiPolygon. */
export function geometryBbox(geometry: Polygon | MultiPolygon): Bbox {
  return ringsBbox(polygonsOf(geometry).flat());
}

/** Whether two bounding boxes overlap (touching counts). */
export function bboxesIntersect(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * A Polygon or MultiPolygon without its polygons smaller than `minKm2` (small islands), always keeping the largest
 * polygon so a small region never disappears. Returns the geometry unchanged when nothing is dropped.
 */
export function withoutSmallPolygons<G extends Polygon | MultiPolygon>(geometry: G, minKm2: number): G {
  if (geometry.type === 'Polygon') return geometry;
  const largest = largestPolygon(geometry);
  const kept = geometry.coordinates.filter((polygon) => polygon === largest || polygonArea(polygon) >= minKm2);
  return kept.length === geometry.coordinates.length ? geometry : { ...geometry, coordinates: kept };
}
