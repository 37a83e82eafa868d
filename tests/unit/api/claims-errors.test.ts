import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import { claimEndpoint } from '@/lib/api/endpoints/claim';
import { claimsCsvEndpoint } from '@/lib/api/endpoints/claims-csv';
import { claimsEndpoint } from '@/lib/api/endpoints/claims';
import { fixtureContext } from '../../fixtures/api/context';
import { call } from './api-client';

let context: ApiContext;
beforeAll(async () => {
  context = await fixtureContext();
});

const errorOf = async (query: string, endpoint = claimsEndpoint, path = '/api/v1/claims') => {
  const answer = await call(endpoint, context, `${path}?${query}`, {});
  expect(answer.status).toBe(400);
  expect(answer.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  return answer.json;
};

describe('GET /api/v1/claims: 400 with every bad parameter named', () => {
  it('answers the documented shape', async () => {
    expect(await errorOf('limit=201')).toEqual({ error: { params: [{ name: 'limit', reason: 'must be at most 200' }] } });
  });

  it('names ids that exist nowhere in the data', async () => {
    expect(await errorOf('claimant=zz&subject=movement-nowhere&region=ZZZ')).toEqual({
      error: {
        params: [
          { name: 'claimant', reason: 'no actor has this id (see /api/v1/actors)' },
          { name: 'subject', reason: 'no movement, deployment or event has this id' },
          { name: 'region', reason: 'no region of the map has this id' },
        ],
      },
    });
  });

  it('refuses a party filter given a body or a person, naming its party', async () => {
    expect(await errorOf('party=aa-agency-chief')).toEqual({
      error: { params: [{ name: 'party', reason: 'is not a party: its party is aa (use claimant for bodies and people)' }] },
    });
    expect(await errorOf('party=zz')).toEqual({
      error: { params: [{ name: 'party', reason: 'no actor has this id (see /api/v1/actors)' }] },
    });
  });

  it('refuses a range that ends before it starts', async () => {
    expect(await errorOf('from=2024-02-01&to=2024-01-31')).toEqual({
      error: { params: [{ name: 'to', reason: 'must not be before from' }] },
    });
  });

  it('the CSV route applies the same checks, and takes no paging', async () => {
    expect(await errorOf('claimant=zz', claimsCsvEndpoint, '/api/v1/claims.csv')).toEqual({
      error: { params: [{ name: 'claimant', reason: 'no actor has this id (see /api/v1/actors)' }] },
    });
    expect(await errorOf('limit=10&asOf=2024-13-01', claimsCsvEndpoint, '/api/v1/claims.csv')).toEqual({
      error: {
        params: [
          { name: 'limit', reason: expect.stringMatching(/^unknown parameter/) },
          { name: 'asOf', reason: 'must be a real calendar day written YYYY-MM-DD' },
        ],
      },
    });
  });

  it('errors are cached briefly and carry the CORS header', async () => {
    const answer = await call(claimsEndpoint, context, '/api/v1/claims?stance=x', {});
    expect(answer.headers.get('Cache-Control')).toBe('public, max-age=60, s-maxage=60, stale-while-revalidate=60');
    expect(answer.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(answer.headers.get('ETag')).toBeNull();
  });
});

describe('GET /api/v1/claims/{id}', () => {
  it('answers 404 with a JSON reason for an unknown or malformed id', async () => {
    for (const id of ['claim-2099-01-01-nobody', 'not-a-claim', '']) {
      const answer = await call(claimEndpoint, context, `/api/v1/claims/${id}`, { id });
      expect(answer.status).toBe(404);
      expect(answer.json).toEqual({ error: { reason: 'no claim has this id' } });
    }
  });

  it('answers 400 to any query parameter', async () => {
    const id = 'claim-2024-01-12-bb-denies';
    const answer = await call(claimEndpoint, context, `/api/v1/claims/${id}?asOf=2024-01-01`, { id });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: { params: [{ name: 'asOf', reason: 'unknown parameter: this route takes no parameters' }] } });
  });
});
