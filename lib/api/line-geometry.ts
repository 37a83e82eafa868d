import type { LineString, MultiLineString, Position } from 'geojson';

/**
 * Lines and points as RFC 7946 wants them: longitudes in [-180, 180], and a line that crosses the antimeridian cut
 * there into a MultiLineString (section 3.1.9) rather than drawn the long way round the world.
 */

/** A longitude brought into [-180, 180] (the region index may hold up to 360 east of the antimeridian). */
export function normalizeLongitude(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon;
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lon > 0 ? 180 : wrapped;
}

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Splits a line where a step spans more than 180° of longitude, i.e. it takes the short way across ±180. */
export function splitAtAntimeridian(line: readonly Position[]): Position[][] {
  const pieces: Position[][] = [];
  let current: Position[] = [];
  line.forEach((position, index) => {
    const previous = line[index - 1];
    if (previous !== undefined) {
      const [lon0 = 0, lat0 = 0] = previous;
      const [lon1 = 0, lat1 = 0] = position;
      if (Math.abs(lon1 - lon0) > 180) {
        const eastward = lon1 < lon0;
        const unwrapped = eastward ? lon1 + 360 : lon1 - 360;
        const edge = eastward ? 180 : -180;
        const lat = lat0 + ((edge - lon0) / (unwrapped - lon0)) * (lat1 - lat0);
        current.push([edge, lat]);
        pieces.push(current);
        current = [[-edge, lat]];
      }
    }
    current.push(position);
  });
  pieces.push(current);
  return pieces
    .map((piece) => piece.filter((point, i) => i === 0 || !samePosition(point, piece[i - 1] as Position)))
    .filter((piece) => piece.length >= 2);
}

/** A line through the positions (consecutive repeats dropped), cut at the antimeridian; null with under two points. */
export function lineGeometry(positions: readonly Position[]): LineString | MultiLineString | null {
  const normalized = positions.map(([lon = 0, lat = 0]) => [normalizeLongitude(lon), lat]);
  const pieces = splitAtAntimeridian(normalized);
  const [first] = pieces;
  if (first === undefined) return null;
  return pieces.length === 1 ? { type: 'LineString', coordinates: first } : { type: 'MultiLineString', coordinates: pieces };
}
