import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import { regionEndpoint } from '@/lib/api/endpoints/region';
import { directionOf, type RegionDossier } from '@/lib/api/region-dossier';
import { statusChanges } from '@/lib/api/status-changes';
import { fixtureContext } from '../../fixtures/api/context';
import { call } from './api-client';

let context: ApiContext;
beforeAll(async () => {
  context = await fixtureContext();
});

async function dossier(id: string, query = ''): Promise<RegionDossier> {
  const answer = await call(regionEndpoint, context, `/api/v1/regions/${id}${query}`, { id });
  expect(answer.status).toBe(200);
  return (answer.json as { data: RegionDossier }).data;
}

describe('GET /api/v1/regions/{id}', () => {
  it('names the region from the region index', async () => {
    const { region, asOf } = await dossier('AA-01');
    expect(region).toMatchObject({ id: 'AA-01', kind: 'province', country: 'AAA', type: 'Province', names: { en: 'North Aland' } });
    expect(asOf).toBe('2024-02-10');
  });

  it('lists the claims concerning a province, newest first, with counts by party and stance', async () => {
    const { claims, counts } = await dossier('AA-01');
    expect(claims.map((claim) => claim.id)).toEqual([
      'claim-2024-02-02-bb-army-confirms',
      'claim-2024-01-cc-comments',
      'claim-2024-01-31-cc-partial-route',
      'claim-2024-01-31-aa-chief-partial-route',
      'claim-2024-01-15-aa-meeting',
      'claim-2024-01-12-bb-denies',
      'claim-2024-01-10-aa-reports-crossing',
    ]);
    expect(claims[0]?.sources[0]?.id).toBe('wire-one');
    expect(counts).toEqual({
      claims: 7,
      byParty: { aa: 3, bb: 2, cc: 2 },
      byStance: { asserts: 4, denies: 1, confirms: 1, disputes: 0, retracts: 0, comments: 1 },
    });
  });

  it('counts a joint claim once for each of its parties', async () => {
    const { counts } = await dossier('CC-01');
    expect(counts).toEqual({
      claims: 1,
      byParty: { cc: 1, dd: 1 },
      byStance: { asserts: 1, denies: 0, confirms: 0, disputes: 0, retracts: 0, comments: 0 },
    });
  });

  it('gives a country everything in its provinces', async () => {
    const country = await dossier('AAA');
    const provinces = [...(await dossier('AA-01')).claims, ...(await dossier('AA-02')).claims].map((claim) => claim.id);
    expect(new Set(country.claims.map((claim) => claim.id))).toEqual(new Set(provinces));
    expect(country.deployments.map((deployment) => deployment.id)).toEqual(['deployment-fixture-bb-in-aa', 'deployment-fixture-bb-far']);
  });

  it('tells movements into, out of, within and through the region apart', async () => {
    const direction = async (id: string) => (await dossier(id)).movements.map((movement) => [movement.id, movement.direction]);
    expect(await direction('AA-01')).toEqual([
      ['movement-fixture-crossing', 'in'],
      ['movement-fixture-partial', 'in'],
    ]);
    expect(await direction('BBB')).toEqual([
      ['movement-fixture-crossing', 'out'],
      ['movement-fixture-partial', 'out'],
      ['movement-fixture-unlocated', 'out'],
    ]);
    expect(await direction('CC-01')).toEqual([['movement-fixture-antimeridian', 'within']]);
    expect(directionOf(['BBB', 'AA-01', 'CC-01'], 'AAA', context.regions)).toBe('through');
    expect(directionOf(['BBB', 'CC-01'], 'AAA', context.regions)).toBeNull();
  });

  it('lists deployments and events there with status, claims and estimate', async () => {
    const { deployments, events } = await dossier('AA-01');
    expect(deployments).toEqual([
      expect.objectContaining({
        id: 'deployment-fixture-bb-in-aa',
        status: 'confirmed',
        claims: ['claim-2024-02-02-bb-army-confirms', 'claim-2024-01-12-bb-denies', 'claim-2024-01-10-aa-reports-crossing'],
        estimateMin: 1000,
        estimateMax: 2000,
      }),
    ]);
    expect(events).toEqual([
      expect.objectContaining({ id: 'event-2024-01-15-fixture-meeting', status: 'confirmed', place: expect.objectContaining({ id: 'aa-city' }) }),
    ]);
  });

  it('gives the latest change of status among the subjects located there', async () => {
    expect((await dossier('AA-01')).latestChange).toEqual({
      date: '2024-02-02',
      changes: [
        { subject: 'deployment-fixture-bb-in-aa', date: '2024-02-02', from: 'contested', to: 'confirmed', claims: ['claim-2024-02-02-bb-army-confirms'] },
      ],
    });
    expect((await dossier('AA-01', '?asOf=2024-01-20')).latestChange).toEqual({
      date: '2024-01-15',
      changes: [
        { subject: 'event-2024-01-15-fixture-meeting', date: '2024-01-15', from: 'unreported', to: 'confirmed', claims: ['claim-2024-01-15-aa-meeting'] },
      ],
    });
  });

  it('replays a date: only what was claimed by asOf', async () => {
    const early = await dossier('AA-01', '?asOf=2024-01-11');
    expect(early.claims.map((claim) => claim.id)).toEqual(['claim-2024-01-10-aa-reports-crossing']);
    expect(early.movements.map((movement) => [movement.id, movement.status])).toEqual([['movement-fixture-crossing', 'reported']]);
    expect(early.events).toEqual([]);
  });

  it('answers an empty dossier for a region of the map with nothing in it', async () => {
    const empty = await dossier('DDD');
    expect(empty).toMatchObject({ claims: [], movements: [], deployments: [], events: [], latestChange: null });
    expect(empty.counts.claims).toBe(0);
    expect(empty.counts.byParty).toEqual({});
  });

  it('answers 404 for an id that is not a region of the map, 400 for a bad asOf', async () => {
    for (const id of ['ZZZ', 'aa-01', 'AA-1X', 'claim-x']) {
      const answer = await call(regionEndpoint, context, `/api/v1/regions/${id}`, { id });
      expect(answer.status).toBe(404);
      expect(answer.json).toEqual({ error: { reason: expect.stringMatching(/^no region of the map has this id/) } });
    }
    const bad = await call(regionEndpoint, context, '/api/v1/regions/AA-01?asOf=yesterday', { id: 'AA-01' });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ error: { params: [{ name: 'asOf', reason: 'must be a real calendar day written YYYY-MM-DD' }] } });
  });
});

describe('statusChanges', () => {
  it('records each day the status changed, from unreported, with that day’s claims', () => {
    const subject = context.dataset.deployments.get('deployment-fixture-bb-in-aa');
    if (subject === undefined) throw new Error('fixture lacks the deployment');
    const about = context.dataset.claimsBySubject.get(subject.id) ?? [];
    expect(statusChanges(subject, about, context.dataset.actors, '2024-12-31').map((c) => [c.date, c.from, c.to])).toEqual([
      ['2024-01-10', 'unreported', 'reported'],
      ['2024-01-12', 'reported', 'contested'],
      ['2024-02-02', 'contested', 'confirmed'],
    ]);
    expect(statusChanges(subject, about, context.dataset.actors, '2024-01-11')).toHaveLength(1);
  });
});
