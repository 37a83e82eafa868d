import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import { claimsEndpoint } from '@/lib/api/endpoints/claims';
import { fixtureContext } from '../../fixtures/api/context';
import { call, type ClaimList } from './api-client';

let context: ApiContext;
beforeAll(async () => {
  context = await fixtureContext();
});

async function list(query: string): Promise<ClaimList> {
  const answer = await call(claimsEndpoint, context, `/api/v1/claims?${query}`, {});
  if (answer.status !== 200) throw new Error(`${query}: ${answer.status} ${answer.text}`);
  return answer.json as ClaimList;
}
const ids = async (query: string) => (await list(query)).data.map((claim) => claim.id);

const ALL_NEWEST_FIRST = [
  'claim-2024-02-10-dd-topic',
  'claim-2024-02-05-cc-far-movements',
  'claim-2024-02-02-bb-army-confirms',
  'claim-2024-01-cc-comments',
  'claim-2024-01-31-cc-partial-route',
  'claim-2024-01-31-aa-chief-partial-route',
  'claim-2024-01-15-aa-meeting',
  'claim-2024-01-12-bb-denies',
  'claim-2024-01-10-aa-reports-crossing',
];

describe('GET /api/v1/claims filters (fixture)', () => {
  it('lists every claim newest first; on one day a month-dated claim first, then ids descending', async () => {
    const result = await list('');
    expect(result.data.map((claim) => claim.id)).toEqual(ALL_NEWEST_FIRST);
    expect(result.total).toBe(9);
    expect(result.nextCursor).toBeNull();
    expect(result.asOf).toBe('2024-02-10');
  });

  it('claimant includes the actors under it, at any depth', async () => {
    expect(await ids('claimant=aa')).toEqual([
      'claim-2024-01-31-aa-chief-partial-route',
      'claim-2024-01-15-aa-meeting',
      'claim-2024-01-10-aa-reports-crossing',
    ]);
    expect(await ids('claimant=aa-agency')).toEqual(['claim-2024-01-31-aa-chief-partial-route', 'claim-2024-01-10-aa-reports-crossing']);
    expect(await ids('claimant=aa-agency-chief')).toEqual(['claim-2024-01-31-aa-chief-partial-route']);
  });

  it('party matches claims whose claimants belong to it, joint claims for each of their parties', async () => {
    expect(await ids('party=bb')).toEqual(['claim-2024-02-02-bb-army-confirms', 'claim-2024-01-12-bb-denies']);
    expect(await ids('party=dd')).toEqual(['claim-2024-02-10-dd-topic', 'claim-2024-02-05-cc-far-movements']);
  });

  it('stance matches exactly', async () => {
    expect(await ids('stance=comments')).toEqual(['claim-2024-02-10-dd-topic', 'claim-2024-01-cc-comments']);
    expect(await ids('stance=confirms')).toEqual(['claim-2024-02-02-bb-army-confirms']);
    expect(await ids('stance=retracts')).toEqual([]);
  });

  it('subject matches claims about a movement, deployment or event', async () => {
    expect(await ids('subject=movement-fixture-crossing')).toEqual([
      'claim-2024-01-cc-comments',
      'claim-2024-01-12-bb-denies',
      'claim-2024-01-10-aa-reports-crossing',
    ]);
    expect(await ids('subject=event-2024-01-15-fixture-meeting')).toEqual(['claim-2024-01-15-aa-meeting']);
  });

  it('status matches claims with a subject of that status as of asOf; topic-only claims never match', async () => {
    expect(await ids('status=confirmed')).toEqual([
      'claim-2024-02-02-bb-army-confirms',
      'claim-2024-01-15-aa-meeting',
      'claim-2024-01-12-bb-denies',
      'claim-2024-01-10-aa-reports-crossing',
    ]);
    expect(await ids('status=contested')).toEqual([
      'claim-2024-01-cc-comments',
      'claim-2024-01-12-bb-denies',
      'claim-2024-01-10-aa-reports-crossing',
    ]);
    expect(await ids('status=corroborated')).toEqual([
      'claim-2024-02-05-cc-far-movements',
      'claim-2024-01-31-cc-partial-route',
      'claim-2024-01-31-aa-chief-partial-route',
    ]);
    expect(await ids('status=unreported')).toEqual([]);
  });

  it('status is computed as of asOf: before Borland confirmed, its deployment was contested', async () => {
    expect(await ids('status=contested&asOf=2024-01-20')).toEqual(['claim-2024-01-12-bb-denies', 'claim-2024-01-10-aa-reports-crossing']);
    expect(await ids('status=reported&asOf=2024-01-11')).toEqual(['claim-2024-01-10-aa-reports-crossing']);
  });

  it('region matches claims naming the region, a place in it, or a subject located there', async () => {
    expect(await ids('region=AA-02')).toEqual([
      'claim-2024-02-05-cc-far-movements',
      'claim-2024-02-02-bb-army-confirms',
      'claim-2024-01-cc-comments',
    ]);
    expect(await ids('region=CC-01')).toEqual(['claim-2024-02-05-cc-far-movements']);
    expect(await ids('region=DDD')).toEqual([]);
  });

  it('a country includes its provinces', async () => {
    expect(await ids('region=CCC')).toEqual(await ids('region=CC-01'));
    const country = await ids('region=AAA');
    const provinces = new Set([...(await ids('region=AA-01')), ...(await ids('region=AA-02'))]);
    expect(new Set(country)).toEqual(provinces);
    expect(country).not.toContain('claim-2024-02-10-dd-topic');
  });

  it('from and to are inclusive, on the day a claim counts from (a month-dated claim on the last day of its month)', async () => {
    expect(await ids('from=2024-01-12&to=2024-01-15')).toEqual(['claim-2024-01-15-aa-meeting', 'claim-2024-01-12-bb-denies']);
    expect(await ids('to=2024-01-30')).not.toContain('claim-2024-01-cc-comments');
    expect(await ids('from=2024-01-31&to=2024-01-31')).toEqual([
      'claim-2024-01-cc-comments',
      'claim-2024-01-31-cc-partial-route',
      'claim-2024-01-31-aa-chief-partial-route',
    ]);
    expect(await ids('from=2024-02-06')).toEqual(['claim-2024-02-10-dd-topic']);
  });

  it('asOf keeps only claims made by then, inclusive, and is echoed', async () => {
    const result = await list('asOf=2024-01-12');
    expect(result.data.map((claim) => claim.id)).toEqual(['claim-2024-01-12-bb-denies', 'claim-2024-01-10-aa-reports-crossing']);
    expect(result.asOf).toBe('2024-01-12');
    expect(await ids('asOf=2023-12-31')).toEqual([]);
    expect(await ids('asOf=2030-01-01')).toEqual(ALL_NEWEST_FIRST);
  });

  it('q searches summaries in every language, quotes and place names, ignoring case', async () => {
    expect(await ids('q=DENIES')).toEqual(['claim-2024-01-12-bb-denies']);
    expect(await ids('q=부인했다')).toEqual(['claim-2024-01-12-bb-denies']);
    expect(await ids('q=they%20crossed')).toEqual(['claim-2024-01-10-aa-reports-crossing']);
    expect(await ids('q=by%20road')).toEqual(['claim-2024-01-31-aa-chief-partial-route']);
    expect(await ids('q=westcape')).toEqual(['claim-2024-02-05-cc-far-movements']);
    expect(await ids('q=Тайная')).toEqual(['claim-2024-01-31-aa-chief-partial-route']);
    expect(await ids('q=에이타운')).toEqual(['claim-2024-02-02-bb-army-confirms']);
    expect(await ids('q=nothing-like-this')).toEqual([]);
  });

  it('filters combine with AND', async () => {
    expect(await ids('party=aa&stance=asserts&region=AA-01')).toEqual([
      'claim-2024-01-31-aa-chief-partial-route',
      'claim-2024-01-15-aa-meeting',
      'claim-2024-01-10-aa-reports-crossing',
    ]);
    expect(await ids('party=aa&subject=movement-fixture-partial&q=hidden')).toEqual(['claim-2024-01-31-aa-chief-partial-route']);
    expect(await ids('party=bb&stance=asserts')).toEqual([]);
  });

  it('total counts every match while data holds one page', async () => {
    const result = await list('limit=2&party=aa');
    expect(result.data).toHaveLength(2);
    expect(result.total).toBe(3);
    expect(result.nextCursor).toEqual(expect.any(String));
  });
});
