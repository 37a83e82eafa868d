import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import { apiRoute, type Endpoint } from '@/lib/api/api-route';
import { claimsCsvEndpoint } from '@/lib/api/endpoints/claims-csv';
import { claimsEndpoint } from '@/lib/api/endpoints/claims';
import { regionEndpoint } from '@/lib/api/endpoints/region';
import { movementsEndpoint } from '@/lib/api/endpoints/subjects';
import { cacheKey, entrySize, ResponseCache, type OkBody } from '@/lib/api/response-cache';
import { apiRequest, fixtureContext } from '../../fixtures/api/context';

const body = (text: string): OkBody => ({ body: text, etag: '"e"', contentType: 'text/plain', extra: {} });
const key = (pathAndQuery: string, defaults: Record<string, string> = {}) =>
  cacheKey(new URL(`http://localhost${pathAndQuery}`), defaults);

describe('cache keys', () => {
  it('sort parameters by name', () => {
    expect(key('/api/v1/claims?stance=denies&party=rus')).toBe(key('/api/v1/claims?party=rus&stance=denies'));
    expect(key('/api/v1/claims?party=rus&stance=denies')).toBe('/api/v1/claims?party=rus&stance=denies');
  });

  it('drop parameters given once at their default value', () => {
    const defaults = { limit: '50', asOf: '2025-09-30' };
    expect(key('/api/v1/claims?limit=50&asOf=2025-09-30', defaults)).toBe('/api/v1/claims');
    expect(key('/api/v1/claims?limit=20', defaults)).toBe('/api/v1/claims?limit=20');
    // Repeated (a 400) or not declared for the route: kept, so they never collapse onto a 200's key.
    expect(key('/api/v1/claims?limit=50&limit=50', defaults)).toBe('/api/v1/claims?limit=50&limit=50');
    expect(key('/api/v1/actors?limit=50')).toBe('/api/v1/actors?limit=50');
  });

  it('read encodings as the endpoints do, and keep paths apart', () => {
    expect(key('/api/v1/claims?q=kursk%20oblast')).toBe(key('/api/v1/claims?q=kursk+oblast'));
    expect(key('/api/v1/regions/AA-01')).not.toBe(key('/api/v1/regions/RU-BEL'));
  });
});

describe('response cache bounds', () => {
  it('keeps at most maxEntries, evicting the least recently used', () => {
    const cache = new ResponseCache({ maxEntries: 2, maxBytes: 1e6, maxEntryBytes: 1e6 });
    cache.set('a', body('1'));
    cache.set('b', body('2'));
    expect(cache.get('a')?.body).toBe('1');
    cache.set('c', body('3'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.body).toBe('1');
    expect(cache.get('c')?.body).toBe('3');
    expect(cache.stats.entries).toBe(2);
  });

  it('keeps at most maxBytes, and never an entry larger than maxEntryBytes', () => {
    const size = entrySize('k1', body('x'.repeat(100)));
    const cache = new ResponseCache({ maxEntries: 100, maxBytes: size * 2, maxEntryBytes: size });
    cache.set('k1', body('x'.repeat(100)));
    cache.set('k2', body('y'.repeat(100)));
    expect(cache.stats).toEqual({ entries: 2, bytes: size * 2 });
    cache.set('k3', body('z'.repeat(100)));
    expect(cache.stats).toEqual({ entries: 2, bytes: size * 2 });
    expect(cache.get('k1')).toBeUndefined();
    cache.set('k4', body('w'.repeat(101)));
    expect(cache.get('k4')).toBeUndefined();
    expect(cache.stats.bytes).toBeLessThanOrEqual(size * 2);
  });

  it('computes a key once for concurrent misses, and not at all once cached', async () => {
    const cache = new ResponseCache();
    const compute = vi.fn(async () => body('computed'));
    const answers = await Promise.all([1, 2, 3].map(() => cache.getOrCompute('k', compute)));
    expect(answers.map((answer) => answer?.body)).toEqual(['computed', 'computed', 'computed']);
    await cache.getOrCompute('k', compute);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('does not keep what compute declines', async () => {
    const cache = new ResponseCache();
    expect(await cache.getOrCompute('k', async () => null)).toBeNull();
    expect(cache.stats.entries).toBe(0);
  });
});

describe('cached API answers', () => {
  let context: ApiContext;
  beforeEach(async () => {
    context = await fixtureContext();
  });

  async function viaRoute<P>(endpoint: Endpoint<P>, pathAndQuery: string, params: P, headers: Record<string, string> = {}) {
    const route = apiRoute(async () => context, endpoint);
    const response = await route(apiRequest(pathAndQuery, headers), { params: Promise.resolve(params) });
    return { status: response.status, headers: [...response.headers], text: await response.text() };
  }

  async function fresh<P>(endpoint: Endpoint<P>, pathAndQuery: string, params: P, headers: Record<string, string> = {}) {
    const response = await endpoint(apiRequest(pathAndQuery, headers), context, params);
    return { status: response.status, headers: [...response.headers], text: await response.text() };
  }

  const cases: [string, Endpoint<never>, string, unknown][] = [
    ['claims', claimsEndpoint as Endpoint<never>, '/api/v1/claims?stance=asserts&limit=2', {}],
    ['claims csv', claimsCsvEndpoint as Endpoint<never>, '/api/v1/claims.csv', {}],
    ['movements GeoJSON', movementsEndpoint as Endpoint<never>, '/api/v1/movements', {}],
  ];

  it.each(cases)('%s: a cached answer is byte for byte the fresh one, headers included', async (_, endpoint, url, params) => {
    const expected = await fresh(endpoint, url, params as never);
    expect(expected.status).toBe(200);
    const first = await viaRoute(endpoint, url, params as never);
    const second = await viaRoute(endpoint, url, params as never);
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    expect(context.responses.stats.entries).toBe(1);
  });

  it('answers 304 from the cache when If-None-Match holds the ETag, as a fresh answer does', async () => {
    const url = '/api/v1/claims?stance=comments';
    const first = await viaRoute(claimsEndpoint, url, {});
    const etag = new Map(first.headers).get('etag') as string;
    expect(etag).toMatch(/^"/);
    const cached = await viaRoute(claimsEndpoint, url, {}, { 'If-None-Match': etag });
    const uncached = await fresh(claimsEndpoint, url, {}, { 'If-None-Match': etag });
    expect(cached.status).toBe(304);
    expect(cached).toEqual(uncached);
    // A stale tag gets the full body.
    expect((await viaRoute(claimsEndpoint, url, {}, { 'If-None-Match': '"stale"' })).status).toBe(200);
  });

  it('a first request carrying an ETag still caches the full body', async () => {
    const url = '/api/v1/claims?stance=denies';
    const { headers } = await fresh(claimsEndpoint, url, {});
    const etag = new Map(headers).get('etag') as string;
    expect((await viaRoute(claimsEndpoint, url, {}, { 'If-None-Match': etag })).status).toBe(304);
    expect((await viaRoute(claimsEndpoint, url, {})).text).toBe((await fresh(claimsEndpoint, url, {})).text);
  });

  it('serves a query and its spelling with defaults from one entry', async () => {
    const plain = await viaRoute(claimsEndpoint, '/api/v1/claims', {});
    const spelled = await viaRoute(claimsEndpoint, `/api/v1/claims?asOf=${context.latestDay}&limit=50`, {});
    expect(spelled).toEqual(plain);
    expect(context.responses.stats.entries).toBe(1);
    const dossier = await viaRoute(regionEndpoint, `/api/v1/regions/AA-01?asOf=${context.latestDay}`, { id: 'AA-01' });
    expect(dossier.status).toBe(200);
    expect(await viaRoute(regionEndpoint, '/api/v1/regions/AA-01', { id: 'AA-01' })).toEqual(dossier);
    expect(context.responses.stats.entries).toBe(2);
  });

  it('never caches errors, and a repeated default is still a 400', async () => {
    expect((await viaRoute(claimsEndpoint, '/api/v1/claims?limit=50&limit=50', {})).status).toBe(400);
    expect((await viaRoute(claimsEndpoint, '/api/v1/claims?stance=sings', {})).status).toBe(400);
    expect((await viaRoute(regionEndpoint, '/api/v1/regions/XX-NOPE', { id: 'XX-NOPE' })).status).toBe(404);
    expect(context.responses.stats.entries).toBe(0);
  });
});
