import { describe, expect, it } from 'vitest';
import { placeFeatures } from '@/lib/claims/place-features';
import type { Place } from '@/lib/domain/schemas';

const place = (id: string, coordinates: [number, number] | null): Place => ({
  id,
  names: { en: id, ko: id, uk: id, ru: id },
  kind: 'city',
  coordinates,
  precision: coordinates ? 'settlement' : null,
  coordinateSource: null,
  region: 'RU-PRI',
});

describe('placeFeatures', () => {
  it('draws the places with coordinates and leaves out those without', () => {
    const collection = placeFeatures([place('vladivostok', [131.887, 43.1198]), place('unnamed-training-ground', null)]);
    expect(collection.features).toHaveLength(1);
    expect(collection.features[0]).toMatchObject({
      id: 'vladivostok',
      geometry: { type: 'Point', coordinates: [131.887, 43.1198] },
      properties: { id: 'vladivostok', precision: 'settlement' },
    });
  });
});
