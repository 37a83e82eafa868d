import { expect, test } from '@playwright/test';

/**
 * The claims API over HTTP against the built app: what a client sees in status codes and headers. The unit tests
 * (tests/unit/api) cover the breadth of filters and shapes; this checks that the server delivers them as built.
 */

const JSON_TYPE = 'application/json; charset=utf-8';

test.describe('claims API over HTTP', () => {
  test('serves claims as JSON with an ETag, shared-cache headers and open CORS', async ({ request }) => {
    const response = await request.get('/api/v1/claims?limit=3');
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-type']).toBe(JSON_TYPE);
    expect(headers['etag']).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(headers['cache-control']).toBe('public, max-age=300, s-maxage=3600, stale-while-revalidate=86400');
    expect(headers['access-control-allow-origin']).toBe('*');
    const body = (await response.json()) as { data: { id: string; sources: unknown[] }[]; nextCursor: string | null; total: number };
    expect(body.data).toHaveLength(3);
    expect(body.total).toBeGreaterThan(3);
    expect(body.data[0]?.sources.length).toBeGreaterThan(0);

    const next = await request.get(`/api/v1/claims?limit=3&cursor=${encodeURIComponent(body.nextCursor ?? '')}`);
    const nextIds = ((await next.json()) as { data: { id: string }[] }).data.map((claim) => claim.id);
    expect(nextIds).toHaveLength(3);
    expect(nextIds.filter((id) => body.data.some((claim) => claim.id === id))).toEqual([]);
  });

  test('answers 304 with no body when If-None-Match holds the ETag', async ({ request }) => {
    const first = await request.get('/api/v1/deployments');
    const etag = first.headers()['etag'];
    expect(etag).toBeTruthy();
    const again = await request.get('/api/v1/deployments', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status()).toBe(304);
    expect((await again.body()).length).toBe(0);
    expect(again.headers()['etag']).toBe(etag);
  });

  test('answers a bad parameter with 400 naming it, an unknown id with 404, both in JSON', async ({ request }) => {
    const bad = await request.get('/api/v1/claims?limit=201&asOf=2024-02-30');
    expect(bad.status()).toBe(400);
    expect(bad.headers()['content-type']).toBe(JSON_TYPE);
    expect(bad.headers()['access-control-allow-origin']).toBe('*');
    expect(await bad.json()).toEqual({
      error: {
        params: [
          { name: 'asOf', reason: 'must be a real calendar day written YYYY-MM-DD' },
          { name: 'limit', reason: 'must be at most 200' },
        ],
      },
    });
    for (const path of ['/api/v1/claims/claim-1999-01-01-nobody', '/api/v1/actors/nobody', '/api/v1/regions/XX-YYY', '/api/v1/claim']) {
      const missing = await request.get(path);
      expect(missing.status(), path).toBe(404);
      expect(missing.headers()['content-type']).toBe(JSON_TYPE);
      expect(((await missing.json()) as { error: { reason: string } }).error.reason).toMatch(/^no /);
    }
  });

  test('serves movements and deployments as GeoJSON and a region dossier from the region index', async ({ request }) => {
    const movements = await request.get('/api/v1/movements');
    expect(movements.headers()['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(((await movements.json()) as { type: string }).type).toBe('FeatureCollection');
    const kursk = await request.get('/api/v1/regions/RU-KRS');
    expect(kursk.status()).toBe(200);
    const dossier = (await kursk.json()) as { data: { region: { names: { en: string }; country: string }; claims: unknown[] } };
    expect(dossier.data.region).toMatchObject({ names: { en: 'Kursk' }, country: 'RUS' });
    expect(dossier.data.claims.length).toBeGreaterThan(0);
  });

  test('offers the claims as a CSV download', async ({ request }) => {
    const response = await request.get('/api/v1/claims.csv?region=RU-KRS');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="claims-atlas-claims-as-of-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect((await response.text()).startsWith('claim_id,claim_date,claim_date_precision,')).toBe(true);
  });
});
