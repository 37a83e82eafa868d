import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  crossesAntimeridian,
  geometryMaxLongitudeStep,
  maxLongitudeStep,
  stitchAntimeridianSeam,
  unwrapGeometry,
  unwrapRing,
} from '@/lib/basemap/antimeridian';

/** A ring around Wrangel Island-like land straddling 180°, as data sources store it (jumping to -180). */
const crossing: Position[] = [
  [178, 70],
  [179.5, 71],
  [-179, 71.2],
  [-177.5, 70.5],
  [-179.5, 70],
  [178, 70],
];

describe('unwrapRing', () => {
  it('leaves no segment longer than 180° in a ring that crosses the antimeridian', () => {
    expect(maxLongitudeStep(crossing)).toBeGreaterThan(180);
    const unwrapped = unwrapRing(crossing);
    expect(maxLongitudeStep(unwrapped)).toBeLessThanOrEqual(180);
    expect(unwrapped).toEqual([
      [178, 70],
      [179.5, 71],
      [181, 71.2],
      [182.5, 70.5],
      [180.5, 70],
      [178, 70],
    ]);
  });

  it('leaves a ring that does not cross unchanged', () => {
    const kursk: Position[] = [
      [34, 51],
      [38, 51],
      [38, 53],
      [34, 53],
      [34, 51],
    ];
    expect(crossesAntimeridian(kursk)).toBe(false);
    expect(unwrapRing(kursk)).toBe(kursk);
    const alaska: Position[] = [
      [-170, 60],
      [-140, 60],
      [-140, 70],
      [-170, 60],
    ];
    expect(unwrapRing(alaska)).toEqual(alaska);
  });
});

describe('unwrapGeometry', () => {
  it('shifts a crossing polygon, holes included', () => {
    const polygon: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [170, 60],
          [-170, 60],
          [-170, 65],
          [170, 65],
          [170, 60],
        ],
        [
          [-175, 61],
          [-174, 61],
          [-174, 62],
          [-175, 61],
        ],
      ],
    };
    const result = unwrapGeometry(polygon);
    expect(geometryMaxLongitudeStep(result)).toBeLessThanOrEqual(180);
    expect(result.coordinates[1]?.[0]).toEqual([185, 61]);
  });

  it('moves pieces cut at -180 next to the largest polygon (Chukotka) but keeps Alaska in the west', () => {
    const chukotka: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [[[160, 62], [180, 62], [180, 70], [160, 70], [160, 62]]],
        [[[-180, 65], [-170, 65], [-170, 67], [-180, 67], [-180, 65]]],
      ],
    };
    const unwrapped = unwrapGeometry(chukotka);
    expect(unwrapped.coordinates[1]?.[0]?.[1]).toEqual([190, 65]);

    const unitedStates: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [[[-125, 30], [-70, 30], [-70, 48], [-125, 48], [-125, 30]]],
        [[[-170, 55], [-140, 55], [-140, 70], [-170, 70], [-170, 55]]],
        [[[172, 52], [174, 52], [174, 53], [172, 52]]],
      ],
    };
    expect(unwrapGeometry(unitedStates)).toBe(unitedStates);
  });
});

describe('stitchAntimeridianSeam', () => {
  it('gives both sides of a seam the same vertices along their common stretch', () => {
    const west: Position[] = [[178, 70.99], [180, 70.9924], [180, 71.0526], [180, 71.5364], [178, 71.5], [178, 70.99]];
    const east: Position[] = [[180.00000000000009, 71.5367], [180.00000000000009, 71.0526], [180.00000000000009, 70.992], [182, 71], [180.00000000000009, 71.5367]];
    const stitched = stitchAntimeridianSeam({ type: 'MultiPolygon', coordinates: [[west], [east]] });
    const seam = (ring: Position[] | undefined) => (ring ?? []).filter(([lon]) => lon === 180).map(([, lat]) => lat);
    const westSeam = seam(stitched.coordinates[0]?.[0]);
    const eastSeam = seam(stitched.coordinates[1]?.[0]);
    for (const lat of [70.9924, 71.0526, 71.5364]) {
      expect(westSeam).toContain(lat);
      expect(eastSeam).toContain(lat);
    }
  });

  it('leaves geometries away from the antimeridian unchanged', () => {
    const polygon: Polygon = { type: 'Polygon', coordinates: [[[30, 50], [31, 50], [31, 51], [30, 50]]] };
    expect(stitchAntimeridianSeam(polygon)).toBe(polygon);
  });
});
