import { describe, expect, it } from 'vitest';
import { rfc7946Violations } from './rfc7946';

/** The checker itself must catch what it claims to, or a passing GeoJSON test would prove nothing. */
describe('rfc7946Violations', () => {
  const feature = (geometry: unknown, extra: Record<string, unknown> = {}) => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry, properties: {}, ...extra }],
  });

  it('accepts valid points, lines, polygons and unlocated features', () => {
    expect(rfc7946Violations(feature({ type: 'Point', coordinates: [180, -90] }))).toEqual([]);
    expect(rfc7946Violations(feature({ type: 'LineString', coordinates: [[0, 0], [1, 1]] }))).toEqual([]);
    expect(rfc7946Violations(feature({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }))).toEqual([]);
    expect(rfc7946Violations(feature(null))).toEqual([]);
  });

  it('catches a crs member, a one-point line, out-of-range positions and a segment the long way round', () => {
    expect(rfc7946Violations({ ...feature(null), crs: {} })).toEqual(['$: has a crs member (RFC 7946 section 4 removed it)']);
    expect(rfc7946Violations(feature({ type: 'LineString', coordinates: [[0, 0]] }))).toHaveLength(1);
    expect(rfc7946Violations(feature({ type: 'Point', coordinates: [185, 66] }))[0]).toMatch(/longitude 185/);
    expect(rfc7946Violations(feature({ type: 'Point', coordinates: [0, 91] }))[0]).toMatch(/latitude 91/);
    expect(rfc7946Violations(feature({ type: 'Point', coordinates: [0] }))).toHaveLength(1);
    expect(rfc7946Violations(feature({ type: 'LineString', coordinates: [[178, 66], [-178, 67]] }))[0]).toMatch(/antimeridian/);
    expect(rfc7946Violations(feature({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] }))[0]).toMatch(/closed/);
  });

  it('catches a feature without geometry or properties, a bad id and an unknown type', () => {
    expect(rfc7946Violations({ type: 'FeatureCollection', features: [{ type: 'Feature' }] })).toHaveLength(2);
    expect(rfc7946Violations(feature(null, { id: { a: 1 } }))).toEqual(['$.features[0].id: not a string or number']);
    expect(rfc7946Violations(feature({ type: 'Circle', coordinates: [0, 0] }))[0]).toMatch(/unknown type/);
  });
});
