import { describe, expect, it } from 'vitest';
import { fitPadding } from '@/lib/geo/fit-padding';

describe('padding around framed bounds', () => {
  it('is kept as asked when it leaves at least half of the map', () => {
    expect(fitPadding(24, 1280, 800)).toEqual({ top: 24, bottom: 24, left: 24, right: 24 });
    expect(fitPadding({ top: 24, bottom: 24, left: 24, right: 424 }, 1280, 800)).toEqual({ top: 24, bottom: 24, left: 24, right: 424 });
  });

  it('shrinks in proportion when a sheet or panel would cover more than half of a small map', () => {
    // A phone's half-screen sheet (422 px) over a 300 px tall embed.
    const padding = fitPadding({ top: 24, bottom: 422, left: 24, right: 24 }, 390, 300);
    expect(padding.top + padding.bottom).toBeCloseTo(150);
    expect(padding.bottom / padding.top).toBeCloseTo(422 / 24);
    expect(padding.left + padding.right).toBe(48);
  });

  it('leaves no padding on a map with no size yet', () => {
    expect(fitPadding(24, 0, 0)).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
  });
});
