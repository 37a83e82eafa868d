import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import type { ClaimView } from '@/lib/api/claim-view';
import { claimEndpoint } from '@/lib/api/endpoints/claim';
import { claimsEndpoint } from '@/lib/api/endpoints/claims';
import { claimCardPage, type ClaimCardPage } from '@/lib/claims/claim-card-view';
import { fixtureContext } from '../../fixtures/api/context';
import { call } from './api-client';

let context: ApiContext;
beforeAll(async () => {
  context = await fixtureContext();
});

async function one(id: string): Promise<ClaimView> {
  const answer = await call(claimEndpoint, context, `/api/v1/claims/${id}`, { id });
  expect(answer.status).toBe(200);
  return (answer.json as { data: ClaimView }).data;
}

describe('the embedded claim', () => {
  it('embeds claimants with their party, subjects with names and status, places, regions, and full sources in order', async () => {
    const claim = await one('claim-2024-01-10-aa-reports-crossing');
    expect(claim.claimants).toEqual([expect.objectContaining({ id: 'aa-agency', party: 'aa', kind: 'intelligence-agency' })]);
    expect(claim.parties).toEqual(['aa']);
    expect(claim.subjects).toEqual([
      { kind: 'movement', id: 'movement-fixture-crossing', names: expect.objectContaining({ en: 'Borland troops cross to Aland' }), status: 'contested' },
      { kind: 'deployment', id: 'deployment-fixture-bb-in-aa', names: expect.objectContaining({ ko: '알란드의 보를란드군' }), status: 'confirmed' },
    ]);
    expect(claim.places.map((place) => [place.id, place.coordinates])).toEqual([['aa-city', [10, 10]]]);
    expect(claim.regions).toEqual([{ id: 'AA-01', names: { en: 'North Aland', ko: 'North Aland (ko)', ru: 'North Aland (ru)', uk: 'North Aland (uk)' } }]);
    expect(claim.sources.map((source) => source.id)).toEqual(['wire-one', 'tricky-three']);
    expect(claim.sources[0]).toMatchObject({ publisher: 'Fixture Wire', url: 'https://wire.example/aland-says' });
    expect(claim.quote).toEqual({ text: 'they crossed', lang: 'en', translated: false });
    expect(claim.researchId).toBeNull();
    expect(claim.note).toBeNull();
  });

  it('embeds relations both ways, the other claim in brief', async () => {
    expect((await one('claim-2024-01-12-bb-denies')).relations).toEqual([
      {
        kind: 'contradicts',
        claim: {
          id: 'claim-2024-01-10-aa-reports-crossing',
          date: { precision: 'day', value: '2024-01-10' },
          claimants: ['aa-agency'],
          stance: 'asserts',
        },
      },
    ]);
    expect((await one('claim-2024-01-10-aa-reports-crossing')).relatedBy.map((r) => [r.kind, r.claim.id])).toEqual([
      ['contradicts', 'claim-2024-01-12-bb-denies'],
    ]);
  });

  it('keeps a topic subject as written', async () => {
    expect((await one('claim-2024-02-10-dd-topic')).subjects).toEqual([{ kind: 'topic', topic: { en: 'Calm', ko: '자제' } }]);
  });

  it('in a list as of a day, hides relations to claims not made by then and gives statuses as of then', async () => {
    const answer = await call(claimsEndpoint, context, '/api/v1/claims?asOf=2024-01-31&subject=movement-fixture-partial', {});
    const chief = (answer.json as { data: ClaimView[] }).data.find((claim) => claim.id === 'claim-2024-01-31-aa-chief-partial-route');
    expect(chief?.relations).toEqual([]);
    expect(chief?.relatedBy.map((r) => r.claim.id)).toEqual(['claim-2024-01-31-cc-partial-route']);
    expect((await one('claim-2024-01-31-aa-chief-partial-route')).relations.map((r) => r.claim.id)).toEqual([
      'claim-2024-02-02-bb-army-confirms',
    ]);
    const before = await call(claimsEndpoint, context, '/api/v1/claims?asOf=2024-01-20&subject=deployment-fixture-bb-in-aa', {});
    const subjects = (before.json as { data: ClaimView[] }).data.flatMap((claim) => claim.subjects);
    expect(subjects.filter((s) => s.kind === 'deployment').map((s) => (s.kind === 'topic' ? null : s.status))).toEqual([
      'contested',
      'contested',
    ]);
  });
});

describe('the claim as a feed card', () => {
  it('keeps what a card shows (claimants by id and names, stance, summary, quote, figures, every source) and nothing else', async () => {
    const answer = await call(claimsEndpoint, context, '/api/v1/claims?limit=50', {});
    const page = answer.json as ClaimCardPage & { data: ClaimView[] };
    expect(page.data.length).toBeGreaterThan(2);
    const cards = claimCardPage(page);
    expect(cards).toMatchObject({ total: page.total, nextCursor: page.nextCursor, asOf: page.asOf });
    expect(cards.data).toHaveLength(page.data.length);
    for (const [index, card] of cards.data.entries()) {
      const claim = page.data[index];
      expect(Object.keys(card).sort()).toEqual(['claimants', 'date', 'figures', 'id', 'quote', 'sources', 'stance', 'summary']);
      expect(card).toEqual({
        id: claim?.id,
        date: claim?.date,
        claimants: claim?.claimants.map((actor) => ({ id: actor.id, names: actor.names })),
        stance: claim?.stance,
        summary: claim?.summary,
        quote: claim?.quote,
        figures: claim?.figures,
        sources: claim?.sources,
      });
    }
  });
});
