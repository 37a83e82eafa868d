import type { Position } from 'geojson';

/**
 * Web Mercator in degree units: x is the longitude and y the Mercator ordinate scaled to degrees, so one unit is the
 * same screen distance on both axes at any latitude. Used to measure shapes as the map shows them.
 */
const RAD = Math.PI / 180;
/** Latitude limit of Web Mercator. */
export const MERCATOR_MAX_LATITUDE = 85.0511287798;

/** Mercator ordinate of a latitude, in degree units (clamped to Web Mercator's latitude limit). */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-MERCATOR_MAX_LATITUDE, Math.min(MERCATOR_MAX_LATITUDE, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * RAD) / 2)) / RAD;
}

/** Latitude of a Mercator ordinate in degree units (inverse of {@link mercatorY}). */
export function latitudeOfMercatorY(y: number): number {
  return (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;
}

/** Projects a [lon, lat] position to Mercator degree units. */
export function toMercator(position: Position): [number, number] {
  return [position[0] ?? 0, mercatorY(position[1] ?? 0)];
}
