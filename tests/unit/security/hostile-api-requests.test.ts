import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import { actorEndpoint, actorsEndpoint } from '@/lib/api/endpoints/actors';
import { claimEndpoint } from '@/lib/api/endpoints/claim';
import { claimsCsvEndpoint } from '@/lib/api/endpoints/claims-csv';
import { claimsEndpoint } from '@/lib/api/endpoints/claims';
import { regionEndpoint } from '@/lib/api/endpoints/region';
import { sourcesEndpoint } from '@/lib/api/endpoints/sources';
import { subjectEndpoint } from '@/lib/api/endpoints/subject';
import { deploymentsEndpoint, eventsEndpoint, movementsEndpoint } from '@/lib/api/endpoints/subjects';
import type { Endpoint } from '@/lib/api/api-route';
import type { QuerySchema } from '@/lib/api/query-params';
import { AsOfQuerySchema, ClaimFilterQuerySchema, ClaimsQuerySchema, NoQuerySchema, SUBJECT_STATUSES } from '@/lib/api/query-schemas';
import { STANCES } from '@/lib/domain/schemas';
import { fixtureContext } from '../../fixtures/api/context';
import { call, type ApiAnswer } from '../api/api-client';
import { hostileString, hostileValues, RUNS_PER_PARAMETER } from './hostile-values';

/**
 * Property-based tests over every parameter of every API route, run on the endpoint functions with the API
 * fixture: whatever a query holds (odd unicode, lone surrogates, megabyte-ish strings, repeated names, negative
 * limits, impossible dates, path traversal), the answer is a 200, a 400 naming the parameter, or for ids a 404,
 * never a throw or a 5xx, and an error never echoes what was sent.
 */

/** A route as a client reaches it: its path, the parameters it takes (from its schema), and how to call it. */
interface Route {
  path: string;
  schema: QuerySchema;
  call: (pathAndQuery: string) => Promise<ApiAnswer>;
}

let context: ApiContext;
let routes: Route[];
/** Plausible values per parameter name, so the properties also reach the code past validation (a Map: names may be `__proto__`). */
let valid: Map<string, string[]>;

function route<P>(path: string, schema: QuerySchema, endpoint: Endpoint<P>, params: P): Route {
  return { path, schema, call: (pathAndQuery) => call(endpoint, context, pathAndQuery, params) };
}

beforeAll(async () => {
  context = await fixtureContext();
  const first = await call(claimsEndpoint, context, '/api/v1/claims?limit=2', {});
  const cursor = (first.json as { nextCursor: string }).nextCursor;
  const actors = [...context.dataset.actors.values()];
  valid = new Map(Object.entries({
    claimant: actors.map((actor) => actor.id),
    party: actors.filter((actor) => actor.parent === null).map((actor) => actor.id),
    stance: [...STANCES],
    subject: [...context.dataset.movements.keys(), ...context.dataset.deployments.keys(), ...context.dataset.events.keys()],
    status: [...SUBJECT_STATUSES],
    region: [...context.regions.keys()],
    from: ['2024-01-01', '2024-01-12', '2024-02-29'],
    to: ['2024-01-31', '2024-02-10', '2025-01-01'],
    asOf: ['2024-01-10', '2024-01-31', '2024-02-10'],
    q: ['Aland', 'crossing', '알란드'],
    limit: ['1', '2', '50', '200'],
    cursor: [cursor],
  }));
  routes = [
    route('/api/v1/claims', ClaimsQuerySchema, claimsEndpoint, {}),
    route('/api/v1/claims.csv', ClaimFilterQuerySchema, claimsCsvEndpoint, {}),
    route('/api/v1/movements', AsOfQuerySchema, movementsEndpoint, {}),
    route('/api/v1/deployments', AsOfQuerySchema, deploymentsEndpoint, {}),
    route('/api/v1/events', AsOfQuerySchema, eventsEndpoint, {}),
    route('/api/v1/regions/AA-01', AsOfQuerySchema, regionEndpoint, { id: 'AA-01' }),
    route('/api/v1/movements/movement-fixture-crossing', AsOfQuerySchema, subjectEndpoint('movement'), { id: 'movement-fixture-crossing' }),
    route('/api/v1/deployments/deployment-fixture-bb-in-aa', AsOfQuerySchema, subjectEndpoint('deployment'), { id: 'deployment-fixture-bb-in-aa' }),
    route('/api/v1/actors', NoQuerySchema, actorsEndpoint, {}),
    route('/api/v1/actors/aa', NoQuerySchema, actorEndpoint, { id: 'aa' }),
    route('/api/v1/sources', NoQuerySchema, sourcesEndpoint, {}),
    route('/api/v1/claims/claim-2024-01-10-aa-reports-crossing', NoQuerySchema, claimEndpoint, { id: 'claim-2024-01-10-aa-reports-crossing' }),
  ];
});

function query(entries: readonly (readonly [string, string])[]): string {
  const search = new URLSearchParams();
  for (const [name, value] of entries) search.append(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * What every answer must be: a 200 with a body, or a 400 in the documented shape naming only parameters sent (as the
 * server read them: a lone surrogate travels as U+FFFD) and echoing none of their values.
 */
function expectHandled(answer: ApiAnswer, sent: readonly (readonly [string, string])[]): void {
  expect([200, 400]).toContain(answer.status);
  expect(answer.text.length).toBeGreaterThan(0);
  if (answer.status === 200) return;
  const params = (answer.json as { error: { params: { name: string; reason: string }[] } }).error.params;
  expect(params.length).toBeGreaterThan(0);
  const received = [...new URLSearchParams(query(sent))];
  const names = new Set(received.map(([name]) => name));
  for (const { name, reason } of params) {
    expect(names.has(name), `${name} was not sent`).toBe(true);
    for (const [, value] of received) if (value.length >= 12) expect(reason).not.toContain(value);
  }
}

function routeNamed(path: string): Route {
  const found = routes.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no route ${path}`);
  return found;
}

const ROUTE_PATHS = [
  '/api/v1/claims',
  '/api/v1/claims.csv',
  '/api/v1/movements',
  '/api/v1/deployments',
  '/api/v1/events',
  '/api/v1/regions/AA-01',
  '/api/v1/movements/movement-fixture-crossing',
  '/api/v1/deployments/deployment-fixture-bb-in-aa',
  '/api/v1/actors',
  '/api/v1/actors/aa',
  '/api/v1/sources',
  '/api/v1/claims/claim-2024-01-10-aa-reports-crossing',
];

describe.each(ROUTE_PATHS)('%s', (path) => {
  it('answers any value of each of its parameters with a 200 or a 400 naming that parameter', async () => {
    const { schema, call: get } = routeNamed(path);
    for (const name of Object.keys(schema.shape)) {
      await fc.assert(
        fc.asyncProperty(hostileValues(valid.get(name)), async (values) => {
          const sent = values.map((value) => [name, value] as const);
          const answer = await get(`${path}${query(sent)}`);
          expectHandled(answer, sent);
          if (answer.status === 400) {
            const named = (answer.json as { error: { params: { name: string }[] } }).error.params.map((param) => param.name);
            expect(named).toContain(name);
          }
          if (values.length > 1) expect(answer.status).toBe(400);
          if (values.some((value) => value.length > 1000)) expect(answer.status).toBe(400);
        }),
        { numRuns: RUNS_PER_PARAMETER },
      );
    }
  }, 120_000);

  it('answers a parameter it does not take, by any name, with a 400 naming it', async () => {
    const { schema, call: get } = routeNamed(path);
    const taken = new Set(Object.keys(schema.shape));
    const unknownName = hostileString().filter((name) => name !== '' && !taken.has(name));
    await fc.assert(
      fc.asyncProperty(unknownName, hostileString(), async (name, value) => {
        const answer = await get(`${path}${query([[name, value]])}`);
        expect(answer.status).toBe(400);
        expectHandled(answer, [[name, value]]);
      }),
      { numRuns: RUNS_PER_PARAMETER },
    );
  }, 120_000);

  it('answers any mix of its parameters, unknown ones and repeats with a 200 or a 400', async () => {
    const { schema, call: get } = routeNamed(path);
    const names = [...Object.keys(schema.shape), 'foo', 'limit', 'asOf', '__proto__'];
    const entry = fc.constantFrom(...names).chain((name) => hostileValues(valid.get(name)).map((values) => values.map((value) => [name, value] as const)));
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 6 }), async (entries) => {
        const sent = entries.flat();
        expectHandled(await get(`${path}${query(sent)}`), sent);
      }),
      { numRuns: RUNS_PER_PARAMETER },
    );
  }, 120_000);

  it('survives a raw query string of any characters, percent signs and separators included', async () => {
    const { call: get } = routeNamed(path);
    const raw = fc.string({ unit: fc.constantFrom('%', '&', '=', '+', ';', '?', '#', 'a', '0', 'F', 'é', '\u0000', '[', ']', '.', '/'), maxLength: 60 });
    await fc.assert(
      fc.asyncProperty(raw, async (text) => {
        const answer = await get(`${path}?${text}`);
        expect([200, 400]).toContain(answer.status);
      }),
      { numRuns: RUNS_PER_PARAMETER },
    );
  }, 120_000);
});

describe('ids in the path', () => {
  const ID_ROUTES = [
    { path: '/api/v1/claims/', endpoint: claimEndpoint, known: () => [...context.dataset.claims.keys()] },
    { path: '/api/v1/actors/', endpoint: actorEndpoint, known: () => [...context.dataset.actors.keys()] },
    { path: '/api/v1/regions/', endpoint: regionEndpoint, known: () => [...context.regions.keys()] },
    { path: '/api/v1/movements/', endpoint: subjectEndpoint('movement'), known: () => [...context.dataset.movements.keys()] },
    { path: '/api/v1/deployments/', endpoint: subjectEndpoint('deployment'), known: () => [...context.dataset.deployments.keys()] },
  ];

  it.each(ID_ROUTES)('$path{id}: 200 for an id the data holds, 404 for anything else, traversal and markup included', async ({ path, endpoint, known }) => {
    const ids = known();
    const traversal = fc.constantFrom('..', '../..', '../../../../etc/passwd', '..\\..\\win.ini', '%2e%2e%2f', '.', '/', '\\', 'con', 'aux');
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString(), traversal, fc.constantFrom(...ids)), async (id) => {
        // The id arrives decoded, as Next passes a dynamic segment; the URL itself only carries the (empty) query.
        const answer = await call(endpoint, context, `${path}id`, { id });
        expect(answer.status).toBe(ids.includes(id) ? 200 : 404);
        if (answer.status === 404) expect((answer.json as { error: { reason: string } }).error.reason).not.toContain(id.length >= 12 ? id : '\u0000never');
      }),
      { numRuns: RUNS_PER_PARAMETER },
    );
  }, 120_000);
});
