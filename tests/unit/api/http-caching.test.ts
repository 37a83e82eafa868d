import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import { apiRoute } from '@/lib/api/api-route';
import { claimEndpoint } from '@/lib/api/endpoints/claim';
import { claimsEndpoint } from '@/lib/api/endpoints/claims';
import { unknownRouteEndpoint } from '@/lib/api/endpoints/unknown-route';
import { ifNoneMatchMatches, strongEtag } from '@/lib/api/etag';
import { apiRequest, fixtureContext } from '../../fixtures/api/context';
import { call } from './api-client';

let context: ApiContext;
beforeAll(async () => {
  context = await fixtureContext();
});

describe('strongEtag', () => {
  it('is a quoted, strong tag that depends only on the body', async () => {
    const tag = await strongEtag('{"data":[]}');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(await strongEtag('{"data":[]}')).toBe(tag);
    expect(await strongEtag('{"data":[1]}')).not.toBe(tag);
  });

  it('hashes the UTF-8 bytes, so Korean text gets a stable tag', async () => {
    expect(await strongEtag('쿠르스크')).toBe(await strongEtag('쿠르스크'));
    expect(await strongEtag('쿠르스크')).not.toBe(await strongEtag('쿠르스크주'));
  });
});

describe('ifNoneMatchMatches', () => {
  const tag = '"abc"';
  it('matches the same tag, one of a list, a weak form of it, or *', () => {
    expect(ifNoneMatchMatches('"abc"', tag)).toBe(true);
    expect(ifNoneMatchMatches('"x", "abc"', tag)).toBe(true);
    expect(ifNoneMatchMatches('W/"abc"', tag)).toBe(true);
    expect(ifNoneMatchMatches('*', tag)).toBe(true);
  });

  it('does not match another tag, a missing or empty header, or an unquoted value', () => {
    expect(ifNoneMatchMatches('"abd"', tag)).toBe(false);
    expect(ifNoneMatchMatches(null, tag)).toBe(false);
    expect(ifNoneMatchMatches('', tag)).toBe(false);
    expect(ifNoneMatchMatches('abc', tag)).toBe(false);
  });
});

describe('responses', () => {
  it('carry an ETag, the shared-cache policy, CORS and nosniff', async () => {
    const answer = await call(claimsEndpoint, context, '/api/v1/claims?limit=2', {});
    expect(answer.headers.get('ETag')).toBe(await strongEtag(answer.text));
    expect(answer.headers.get('Cache-Control')).toBe('public, max-age=300, s-maxage=3600, stale-while-revalidate=86400');
    expect(answer.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(answer.headers.get('Access-Control-Expose-Headers')).toBe('ETag, Content-Disposition');
    expect(answer.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answer 304 with no body to a matching If-None-Match, keeping ETag and caching headers', async () => {
    const first = await call(claimsEndpoint, context, '/api/v1/claims?limit=2', {});
    const etag = first.headers.get('ETag') as string;
    const again = await call(claimsEndpoint, context, '/api/v1/claims?limit=2', {}, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('ETag')).toBe(etag);
    expect(again.headers.get('Cache-Control')).toBe(first.headers.get('Cache-Control'));
    expect(again.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('answer 200 when the tag no longer matches (another query, another body)', async () => {
    const first = await call(claimsEndpoint, context, '/api/v1/claims?limit=2', {});
    const other = await call(claimsEndpoint, context, '/api/v1/claims?limit=3', {}, { 'If-None-Match': first.headers.get('ETag') as string });
    expect(other.status).toBe(200);
    expect(other.headers.get('ETag')).not.toBe(first.headers.get('ETag'));
  });
});

describe('apiRoute', () => {
  it('awaits the route params and hands the endpoint the loaded context', async () => {
    const GET = apiRoute(() => Promise.resolve(context), claimEndpoint);
    const response = await GET(apiRequest('/api/v1/claims/claim-2024-01-12-bb-denies'), {
      params: Promise.resolve({ id: 'claim-2024-01-12-bb-denies' }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { id: string } }).data.id).toBe('claim-2024-01-12-bb-denies');
  });

  it('answers 503 in JSON, never cached, when the dataset cannot be loaded', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const GET = apiRoute(() => Promise.reject(new Error('data/ is broken')), claimsEndpoint);
      const response = await GET(apiRequest('/api/v1/claims'), { params: Promise.resolve({}) });
      expect(response.status).toBe(503);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
      expect(await response.json()).toEqual({ error: { reason: 'the claims dataset could not be loaded; try again later' } });
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});

describe('unknown API paths', () => {
  it('answer a JSON 404 pointing at the reference', async () => {
    const response = await unknownRouteEndpoint();
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ error: { reason: 'no API route at this path (the routes are listed in docs/api.md)' } });
  });
});
