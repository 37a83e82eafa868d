import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import { actorEndpoint, actorsEndpoint } from '@/lib/api/endpoints/actors';
import { sourcesEndpoint } from '@/lib/api/endpoints/sources';
import { eventsEndpoint } from '@/lib/api/endpoints/subjects';
import { fixtureContext } from '../../fixtures/api/context';
import { call } from './api-client';

let context: ApiContext;
beforeAll(async () => {
  context = await fixtureContext();
});

describe('GET /api/v1/actors', () => {
  it('lists every actor with its party and how many claims it and those under it made', async () => {
    const answer = await call(actorsEndpoint, context, '/api/v1/actors', {});
    expect(answer.status).toBe(200);
    const data = (answer.json as { data: { id: string; party: string; claimCount: number }[] }).data;
    expect(data.map((actor) => [actor.id, actor.party, actor.claimCount])).toEqual([
      ['aa', 'aa', 3],
      ['aa-agency', 'aa', 2],
      ['aa-agency-chief', 'aa', 1],
      ['bb', 'bb', 2],
      ['bb-army', 'bb', 1],
      ['bb-spokesman', 'bb', 1],
      ['cc', 'cc', 3],
      ['dd', 'dd', 2],
    ]);
  });

  it('answers 400 to a parameter', async () => {
    expect((await call(actorsEndpoint, context, '/api/v1/actors?party=aa', {})).status).toBe(400);
  });
});

describe('GET /api/v1/actors/{id}', () => {
  it('gives the actor with its parents, children and claims newest first', async () => {
    const answer = await call(actorEndpoint, context, '/api/v1/actors/aa-agency', { id: 'aa-agency' });
    expect(answer.status).toBe(200);
    expect((answer.json as { data: unknown }).data).toMatchObject({
      id: 'aa-agency',
      party: 'aa',
      ancestors: ['aa'],
      children: ['aa-agency-chief'],
      claims: ['claim-2024-01-31-aa-chief-partial-route', 'claim-2024-01-10-aa-reports-crossing'],
      latestClaimDay: '2024-01-31',
      names: { en: 'Aland Intelligence' },
    });
  });

  it('answers 404 for an unknown actor', async () => {
    const answer = await call(actorEndpoint, context, '/api/v1/actors/zz', { id: 'zz' });
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ error: { reason: 'no actor has this id' } });
  });
});

describe('GET /api/v1/sources', () => {
  it('lists every source as stored, with the claims citing it newest first', async () => {
    const answer = await call(sourcesEndpoint, context, '/api/v1/sources', {});
    const data = (answer.json as { data: { id: string; url: string; claims: string[] }[] }).data;
    expect(data.map((source) => source.id)).toEqual(['wire-one', 'paper-two', 'tricky-three', 'board-four']);
    expect(data[1]).toMatchObject({
      url: 'http://paper.example/story?id=2',
      title: null,
      agency: 'AP',
      caveats: ['aggregator-copy'],
      claims: ['claim-2024-01-cc-comments', 'claim-2024-01-12-bb-denies'],
    });
  });
});

describe('GET /api/v1/events', () => {
  it('lists the events claimed by asOf with place, status and claims', async () => {
    const answer = await call(eventsEndpoint, context, '/api/v1/events', {});
    expect(answer.json).toEqual({
      asOf: '2024-02-10',
      data: [
        expect.objectContaining({
          id: 'event-2024-01-15-fixture-meeting',
          date: { precision: 'day', value: '2024-01-15' },
          place: expect.objectContaining({ id: 'aa-city', coordinates: [10, 10] }),
          status: 'confirmed',
          claims: ['claim-2024-01-15-aa-meeting'],
        }),
      ],
    });
  });

  it('has none before the first claim about one', async () => {
    expect(((await call(eventsEndpoint, context, '/api/v1/events?asOf=2024-01-14', {})).json as { data: unknown[] }).data).toEqual([]);
  });
});
