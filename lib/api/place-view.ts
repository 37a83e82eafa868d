import type { Dataset } from '../data/dataset';
import type { Place } from '../domain/schemas';

/** A place as the API embeds it: the record as stored (`coordinates: null` when no coordinate is known). */
export type PlaceView = Place;

/** The places with these ids, in order, skipping none (validated data resolves every id). */
export function placeViews(ids: readonly string[], dataset: Dataset): PlaceView[] {
  return ids.flatMap((id) => dataset.places.get(id) ?? []);
}
