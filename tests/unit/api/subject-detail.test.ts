import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import { subjectEndpoint } from '@/lib/api/endpoints/subject';
import { fixtureContext } from '../../fixtures/api/context';
import { call } from './api-client';

let context: ApiContext;
beforeAll(async () => {
  context = await fixtureContext();
});

interface Detail {
  kind: string;
  subject: { id: string };
  asOf: string;
  explanation: { status: string; asserting: string[]; opposing: string[]; decidedBy: string[] };
  estimates: { claim: string; figure: { value?: number; min?: number } }[];
  claims: { id: string }[];
}

async function detail(kind: 'movement' | 'deployment', id: string, query = ''): Promise<Detail> {
  const answer = await call(subjectEndpoint(kind), context, `/api/v1/${kind}s/${id}${query}`, { id });
  expect(answer.status).toBe(200);
  return (answer.json as { data: Detail }).data;
}

describe('GET /api/v1/deployments/{id} and /api/v1/movements/{id}', () => {
  it('gives a deployment’s status with its reasons, its estimates oldest first and its claims newest first', async () => {
    const data = await detail('deployment', 'deployment-fixture-bb-in-aa');
    expect(data).toMatchObject({ kind: 'deployment', subject: { id: 'deployment-fixture-bb-in-aa' }, asOf: '2024-02-10' });
    expect(data.explanation).toMatchObject({ status: 'confirmed', decidedBy: ['bb'], asserting: ['aa', 'bb'], opposing: [] });
    expect(data.estimates.map((estimate) => [estimate.claim, estimate.figure.value ?? estimate.figure.min])).toEqual([
      ['claim-2024-01-10-aa-reports-crossing', 1500],
      ['claim-2024-02-02-bb-army-confirms', 1000],
    ]);
    expect(data.claims.map((claim) => claim.id)).toEqual([
      'claim-2024-02-02-bb-army-confirms',
      'claim-2024-01-12-bb-denies',
      'claim-2024-01-10-aa-reports-crossing',
    ]);
  });

  it('replays asOf: the denial stands before the confirmation', async () => {
    const data = await detail('deployment', 'deployment-fixture-bb-in-aa', '?asOf=2024-01-20');
    expect(data.explanation).toMatchObject({ status: 'contested', asserting: ['aa'], opposing: ['bb'] });
    expect(data.estimates).toHaveLength(1);
    expect(data.claims.map((claim) => claim.id)).toEqual(['claim-2024-01-12-bb-denies', 'claim-2024-01-10-aa-reports-crossing']);
  });

  it('gives a movement the same way', async () => {
    const data = await detail('movement', 'movement-fixture-partial');
    expect(data.kind).toBe('movement');
    expect(data.explanation.status).toBe('corroborated');
    expect(data.claims.map((claim) => claim.id)).toEqual(['claim-2024-01-31-cc-partial-route', 'claim-2024-01-31-aa-chief-partial-route']);
  });

  it('answers 404 for an unknown id or an id of the other kind, 400 for a bad parameter', async () => {
    const missing = await call(subjectEndpoint('movement'), context, '/api/v1/movements/deployment-fixture-bb-in-aa', {
      id: 'deployment-fixture-bb-in-aa',
    });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ error: { reason: 'no movement has this id' } });
    const other = await call(subjectEndpoint('deployment'), context, '/api/v1/deployments/nothing', { id: 'nothing' });
    expect(other.json).toEqual({ error: { reason: 'no deployment has this id' } });
    const bad = await call(subjectEndpoint('deployment'), context, '/api/v1/deployments/x?asOf=2024-02-30', { id: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ error: { params: [{ name: 'asOf', reason: 'must be a real calendar day written YYYY-MM-DD' }] } });
  });
});
