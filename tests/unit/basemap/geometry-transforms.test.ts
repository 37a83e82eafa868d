import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { roundGeometry, roundGeometryAtLeast, roundRing } from '@/lib/basemap/coordinate-precision';
import { labelPoint } from '@/lib/basemap/label-point';
import { geometryBbox, largestPolygon, ringArea, withoutSmallPolygons } from '@/lib/basemap/polygon-measure';

const square = (west: number, south: number, size: number) => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

describe('coordinate rounding', () => {
  it('rounds and drops vertices that become repeats', () => {
    expect(roundRing([[30.00012, 50.0004], [30.00014, 50.0001], [31.0004, 50], [31, 51], [30.0001, 50.0002]], 3)).toEqual([
      [30, 50],
      [31, 50],
      [31, 51],
      [30, 50],
    ]);
  });

  it('drops rings and polygons that collapse, and returns null when nothing is left', () => {
    const tiny: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(12.4531, 41.9021, 0.0001)]] };
    expect(roundGeometry(tiny, 3)).toBeNull();
    expect(roundGeometryAtLeast(tiny, 3)).not.toBeNull();
    const islandAndLand: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(0, 0, 0.0001)], [square(5, 5, 1)]] };
    expect(roundGeometry(islandAndLand, 3)).toEqual({ type: 'Polygon', coordinates: [square(5, 5, 1)] });
  });
});

describe('polygon measures', () => {
  it('measures area on an equal-area projection (a 1° square is smaller at 60°N than at the equator)', () => {
    const equator = ringArea(square(0, 0, 1));
    expect(equator).toBeGreaterThan(12_000);
    expect(equator).toBeLessThan(12_500);
    expect(ringArea(square(0, 60, 1)) / equator).toBeCloseTo(0.49, 1);
  });

  it('finds the largest polygon and drops small islands but never the largest polygon', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(0, 0, 0.1)], [square(5, 5, 2)]] };
    expect(largestPolygon(geometry)?.[0]?.[0]).toEqual([5, 5]);
    expect(withoutSmallPolygons(geometry, 1000).coordinates).toHaveLength(1);
    expect(withoutSmallPolygons(geometry, 1e9).coordinates).toHaveLength(1);
    expect(geometryBbox(geometry)).toEqual([0, 0, 7, 7]);
  });
});

describe('labelPoint', () => {
  it('puts a label inside an L-shaped polygon, away from its edges', () => {
    const lShape: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 40], [10, 40], [10, 42], [2, 42], [2, 50], [0, 50], [0, 40]]],
    };
    const [lon, lat] = labelPoint(lShape) ?? [NaN, NaN];
    const inHorizontalBar = lon > 0 && lon < 10 && lat > 40 && lat < 42;
    const inVerticalBar = lon > 0 && lon < 2 && lat > 40 && lat < 50;
    expect(inHorizontalBar || inVerticalBar).toBe(true);
  });
});
