import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import type { Dataset } from '../data/dataset';
import type { Names } from '../domain/schemas';
import type { SubjectStatus } from '../domain/status';
import { estimateOf, type LatestEstimate } from './latest-estimate';
import { lineGeometry } from './line-geometry';
import type { StatusBook } from './status-book';
import { movementStates } from './subject-views';

/** The properties of a movement feature. */
export type MovementProperties = {
  id: string;
  names: Names;
  force: string;
  mode: string;
  /** The place ids of the path, in order, drawn or not. */
  path: string[];
  /** When it reportedly happened, as written in the data (a day or a month); `windowEnd` null when no end is reported. */
  windowStart: string;
  windowEnd: string | null;
  status: SubjectStatus;
  /** Ids of the claims about the movement by `asOf`, newest first. */
  claims: string[];
  /** True when some places of the path have no known coordinates and the line skips them. */
  partial: boolean;
  /** The path's places without coordinates, which the line skips. */
  undrawnPlaces: string[];
} & LatestEstimate;

/** A movement as a GeoJSON feature; `geometry: null` (RFC 7946's unlocated feature) when under two places are drawable. */
export type MovementFeature = Feature<LineString | MultiLineString | null, MovementProperties>;

/**
 * Every movement with a claim by the book's day as a line along its path. Places with `coordinates: null` cannot be
 * drawn: the line skips them and says so (`partial`, `undrawnPlaces`); a path left with fewer than two drawable places
 * keeps its feature, with its status and claims, and a null geometry, so no movement silently disappears.
 */
export function movementFeatures(dataset: Dataset, book: StatusBook): FeatureCollection<LineString | MultiLineString | null, MovementProperties> {
  const features = movementStates(dataset, book).map((movement): MovementFeature => {
    const places = movement.path.map((id) => ({ id, coordinates: dataset.places.get(id)?.coordinates ?? null }));
    const drawn = places.flatMap((place): Position[] => (place.coordinates ? [[...place.coordinates]] : []));
    const undrawnPlaces = places.filter((place) => place.coordinates === null).map((place) => place.id);
    return {
      type: 'Feature',
      id: movement.id,
      geometry: lineGeometry(drawn),
      properties: {
        id: movement.id,
        names: movement.names,
        force: movement.force,
        mode: movement.mode,
        path: movement.path,
        windowStart: movement.window.start.value,
        windowEnd: movement.window.end?.value ?? null,
        status: movement.status,
        claims: movement.claims,
        partial: undrawnPlaces.length > 0,
        undrawnPlaces,
        ...estimateOf(movement),
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
