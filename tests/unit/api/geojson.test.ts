import type { Feature, FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import { lineGeometry, normalizeLongitude, splitAtAntimeridian } from '@/lib/api/line-geometry';
import { deploymentsEndpoint, movementsEndpoint } from '@/lib/api/endpoints/subjects';
import { fixtureContext } from '../../fixtures/api/context';
import { call } from './api-client';
import { rfc7946Violations } from './rfc7946';

let context: ApiContext;
beforeAll(async () => {
  context = await fixtureContext();
});

async function collection(endpoint: typeof movementsEndpoint, path: string): Promise<FeatureCollection> {
  const answer = await call(endpoint, context, path, {});
  expect(answer.status).toBe(200);
  expect(answer.headers.get('Content-Type')).toBe('application/geo+json; charset=utf-8');
  expect(rfc7946Violations(answer.json)).toEqual([]);
  return answer.json as FeatureCollection;
}
const byId = (features: Feature[]) => new Map(features.map((feature) => [String(feature.id), feature]));

describe('GET /api/v1/movements', () => {
  it('draws a line along each path with status, claims and estimate in the properties', async () => {
    const movements = byId((await collection(movementsEndpoint, '/api/v1/movements')).features);
    expect([...movements.keys()]).toEqual([
      'movement-fixture-crossing',
      'movement-fixture-partial',
      'movement-fixture-unlocated',
      'movement-fixture-antimeridian',
    ]);
    const crossing = movements.get('movement-fixture-crossing');
    expect(crossing?.geometry).toEqual({ type: 'LineString', coordinates: [[20, 10], [10, 10]] });
    expect(crossing?.properties).toMatchObject({
      id: 'movement-fixture-crossing',
      status: 'contested',
      claims: ['claim-2024-01-cc-comments', 'claim-2024-01-12-bb-denies', 'claim-2024-01-10-aa-reports-crossing'],
      path: ['bb-port', 'aa-city'],
      windowStart: '2024-01',
      windowEnd: '2024-01-09',
      partial: false,
      undrawnPlaces: [],
      estimateMin: null,
      estimateMax: null,
    });
  });

  it('skips places without coordinates and says the line is partial', async () => {
    const partial = byId((await collection(movementsEndpoint, '/api/v1/movements')).features).get('movement-fixture-partial');
    expect(partial?.geometry).toEqual({ type: 'LineString', coordinates: [[20, 10], [10, 10]] });
    expect(partial?.properties).toMatchObject({ partial: true, undrawnPlaces: ['bb-hidden-base'], path: ['bb-hidden-base', 'bb-port', 'aa-city'] });
  });

  it('keeps a movement with under two drawable places as an unlocated feature (geometry null)', async () => {
    const unlocated = byId((await collection(movementsEndpoint, '/api/v1/movements')).features).get('movement-fixture-unlocated');
    expect(unlocated?.geometry).toBeNull();
    expect(unlocated?.properties).toMatchObject({ status: 'corroborated', partial: true, undrawnPlaces: ['bb-hidden-base', 'aa-unknown-site'] });
  });

  it('cuts a line across the antimeridian into a MultiLineString', async () => {
    const across = byId((await collection(movementsEndpoint, '/api/v1/movements')).features).get('movement-fixture-antimeridian');
    expect(across?.geometry).toEqual({ type: 'MultiLineString', coordinates: [[[178, 66], [180, 66.5]], [[-180, 66.5], [-178, 67]]] });
  });

  it('shows a movement only once a claim about it exists by asOf, with its status then', async () => {
    const early = (await collection(movementsEndpoint, '/api/v1/movements?asOf=2024-01-11')).features;
    expect(early.map((feature) => [feature.id, feature.properties?.status, feature.properties?.claims])).toEqual([
      ['movement-fixture-crossing', 'reported', ['claim-2024-01-10-aa-reports-crossing']],
    ]);
    expect((await collection(movementsEndpoint, '/api/v1/movements?asOf=2024-01-09')).features).toEqual([]);
  });

  it('answers 400 to a bad asOf or another parameter', async () => {
    const answer = await call(movementsEndpoint, context, '/api/v1/movements?asOf=2024-02-30&bbox=1,2,3,4', {});
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      error: {
        params: [
          {
            name: 'bbox',
            reason: 'unknown parameter: this route takes claimant, party, stance, status, region, from, to, asOf, q, lens',
          },
          { name: 'asOf', reason: 'must be a real calendar day written YYYY-MM-DD' },
        ],
      },
    });
  });
});

describe('GET /api/v1/deployments', () => {
  it('puts a point at the label of each region, with the latest estimate as min and max', async () => {
    const features = (await collection(deploymentsEndpoint, '/api/v1/deployments')).features;
    expect(features.map((feature) => [feature.id, feature.geometry])).toEqual([
      ['deployment-fixture-bb-in-aa/AA-01', { type: 'Point', coordinates: [10, 10] }],
      ['deployment-fixture-bb-far/CC-01', { type: 'Point', coordinates: [-175, 66] }],
      ['deployment-fixture-bb-far/AA-02', { type: 'Point', coordinates: [13, 9.8] }],
    ]);
    expect(features[0]?.properties).toMatchObject({
      id: 'deployment-fixture-bb-in-aa',
      regionId: 'AA-01',
      status: 'confirmed',
      estimateMin: 1000,
      estimateMax: 2000,
      estimateCounts: 'troops',
      estimateClaim: 'claim-2024-02-02-bb-army-confirms',
      estimateDate: '2024-02-02',
    });
    expect(features[1]?.properties).toMatchObject({ regionId: 'CC-01', regions: ['CC-01', 'AA-02'], estimateMin: 300, estimateMax: 300, estimateQualifier: 'up-to' });
  });

  it('shows a deployment only once a claim about it exists by asOf, with the estimate known then', async () => {
    const features = (await collection(deploymentsEndpoint, '/api/v1/deployments?asOf=2024-01-10')).features;
    expect(features.map((feature) => feature.id)).toEqual(['deployment-fixture-bb-in-aa/AA-01']);
    expect(features[0]?.properties).toMatchObject({ status: 'reported', estimateMin: 1500, estimateMax: 1500, estimateQualifier: 'about' });
    expect((await collection(deploymentsEndpoint, '/api/v1/deployments?asOf=2024-01-09')).features).toEqual([]);
  });
});

describe('line geometry', () => {
  it('drops repeated positions and gives null for fewer than two', () => {
    expect(lineGeometry([[1, 1], [1, 1]])).toBeNull();
    expect(lineGeometry([[1, 1]])).toBeNull();
    expect(lineGeometry([])).toBeNull();
    expect(lineGeometry([[1, 1], [1, 1], [2, 2]])).toEqual({ type: 'LineString', coordinates: [[1, 1], [2, 2]] });
  });

  it('cuts westward crossings too, at the interpolated latitude', () => {
    expect(splitAtAntimeridian([[-170, 0], [170, 10]])).toEqual([[[-170, 0], [-180, 5]], [[180, 5], [170, 10]]]);
  });

  it('leaves a line that stays on one side whole', () => {
    expect(splitAtAntimeridian([[127.4, 39.2], [131.9, 43.1], [36.2, 51.7]])).toEqual([[[127.4, 39.2], [131.9, 43.1], [36.2, 51.7]]]);
  });

  it('brings longitudes past 180 back into range', () => {
    expect(normalizeLongitude(185)).toBe(-175);
    expect(normalizeLongitude(360)).toBe(0);
    expect(normalizeLongitude(180)).toBe(180);
    expect(normalizeLongitude(-180)).toBe(-180);
    expect(normalizeLongitude(540)).toBe(180);
  });
});
