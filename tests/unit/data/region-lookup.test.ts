import { describe, expect, it } from 'vitest';
import { distanceToPolygonsKm, polygonContains } from '@/lib/geo/polygon-distance';
import { createRegionLookup, RegionFeatureCollectionSchema } from '@/lib/geo/region-lookup';
import { fixtureRegions } from '../../fixtures/claims-model/files';

const SQUARE = [
  [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ],
];

describe('point to polygon distance', () => {
  it('is zero inside and grows with the distance outside', () => {
    expect(distanceToPolygonsKm([SQUARE], [0.5, 0.5])).toBe(0);
    // 0.1 degree of longitude at the equator is about 11.1 km.
    expect(distanceToPolygonsKm([SQUARE], [1.1, 0.5])).toBeCloseTo(11.12, 1);
  });

  it('shrinks east-west distances with latitude', () => {
    const north = [
      [
        [0, 60],
        [1, 60],
        [1, 61],
        [0, 61],
        [0, 60],
      ],
    ];
    // At 60.5 degrees north a degree of longitude is about half as long as at the equator.
    expect(distanceToPolygonsKm([north], [1.1, 60.5])).toBeCloseTo(5.48, 1);
  });

  it('treats a point in a hole as outside', () => {
    const withHole = [
      SQUARE[0] as number[][],
      [
        [0.25, 0.25],
        [0.75, 0.25],
        [0.75, 0.75],
        [0.25, 0.75],
        [0.25, 0.25],
      ],
    ];
    expect(polygonContains(withHole, [0.5, 0.5])).toBe(false);
    expect(distanceToPolygonsKm([withHole], [0.5, 0.5])).toBeCloseTo(27.8, 0);
  });
});

describe('region lookup', () => {
  it('knows the regions of both collections, by feature id or properties.id', () => {
    expect(fixtureRegions.has('AA-01')).toBe(true);
    expect(fixtureRegions.has('BBB')).toBe(true);
    expect(fixtureRegions.has('ZZ-01')).toBe(false);
    expect(fixtureRegions.distanceKm('ZZ-01', [0, 0])).toBeNull();
  });

  it('measures against every polygon of a MultiPolygon', () => {
    expect(fixtureRegions.distanceKm('AA-02', [15.5, 9.5])).toBe(0);
    expect(fixtureRegions.distanceKm('AA-02', [13, 10])).toBeGreaterThan(50);
  });

  it('finds a point at -175 degrees inside a region drawn past 180 (Chukotka)', () => {
    expect(fixtureRegions.distanceKm('CC-01', [-175, 66])).toBe(0);
    expect(fixtureRegions.distanceKm('CC-01', [178, 66])).toBe(0);
  });

  it('refuses a collection whose features lack ids or polygons', () => {
    const bad = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }] };
    expect(RegionFeatureCollectionSchema.safeParse(bad).success).toBe(false);
  });

  it('merges features that share an id', () => {
    const lookup = createRegionLookup([
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', id: 'XX-01', geometry: { type: 'Polygon', coordinates: SQUARE } },
          { type: 'Feature', id: 'XX-01', geometry: { type: 'Polygon', coordinates: [[[5, 5], [6, 5], [6, 6], [5, 5]]] } },
        ],
      },
    ]);
    expect(lookup.distanceKm('XX-01', [5.9, 5.1])).toBe(0);
    expect(lookup.distanceKm('XX-01', [0.5, 0.5])).toBe(0);
  });
});
