import type { FeatureCollection, Point } from 'geojson';
import type { Place } from '@/lib/domain/schemas';

/** The places of a claim that have coordinates, as map points (a place with `coordinates: null` is listed, not drawn). */
export function placeFeatures(places: readonly Place[]): FeatureCollection<Point, { id: string; precision: string }> {
  return {
    type: 'FeatureCollection',
    features: places.flatMap((place) =>
      place.coordinates
        ? [
            {
              type: 'Feature' as const,
              id: place.id,
              geometry: { type: 'Point' as const, coordinates: [...place.coordinates] },
              properties: { id: place.id, precision: place.precision ?? 'approximate' },
            },
          ]
        : [],
    ),
  };
}
