import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import { decodeCursor, encodeCursor, pageClaims } from '@/lib/api/claim-cursor';
import { claimsEndpoint } from '@/lib/api/endpoints/claims';
import { fixtureContext, realContext } from '../../fixtures/api/context';
import { call, type ClaimList } from './api-client';

let fixture: ApiContext;
let real: ApiContext;
beforeAll(async () => {
  [fixture, real] = await Promise.all([fixtureContext(), realContext()]);
});

/** Walks every page of a query with `limit`, following nextCursor; returns the ids seen and each page's total. */
async function walk(context: ApiContext, query: string, limit: number): Promise<{ ids: string[]; totals: number[]; pages: number }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const cursorParam: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const answer = await call(claimsEndpoint, context, `/api/v1/claims?limit=${limit}${query}${cursorParam}`, {});
    expect(answer.status).toBe(200);
    const page = answer.json as ClaimList;
    expect(page.data.length).toBeLessThanOrEqual(limit);
    ids.push(...page.data.map((claim) => claim.id));
    totals.push(page.total);
    cursor = page.nextCursor;
    pages += 1;
    if (pages > 1000) throw new Error('paging does not end');
  } while (cursor !== null);
  return { ids, totals, pages };
}

describe('cursor paging', () => {
  it('yields each fixture claim exactly once, in the unpaged order, for every page size', async () => {
    const all = (await call(claimsEndpoint, fixture, '/api/v1/claims', {})).json as ClaimList;
    for (let limit = 1; limit <= 10; limit++) {
      const { ids, totals, pages } = await walk(fixture, '', limit);
      expect(ids).toEqual(all.data.map((claim) => claim.id));
      expect(new Set(ids).size).toBe(all.total);
      expect(totals.every((total) => total === all.total)).toBe(true);
      expect(pages).toBe(Math.max(1, Math.ceil(all.total / limit)));
    }
  });

  it('pages a filtered query the same way', async () => {
    const { ids, totals } = await walk(fixture, '&region=AAA&asOf=2024-02-02', 2);
    const all = (await call(claimsEndpoint, fixture, '/api/v1/claims?region=AAA&asOf=2024-02-02', {})).json as ClaimList;
    expect(ids).toEqual(all.data.map((claim) => claim.id));
    expect(totals[0]).toBe(all.total);
  });

  it('yields each real claim exactly once and matches total (limit 1, 7 and 200)', async () => {
    for (const limit of [1, 7, 200]) {
      const { ids, totals } = await walk(real, '', limit);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(totals[0]);
      expect(ids.length).toBe(real.claims.length);
    }
  });

  it('gives no cursor on the last page and an empty page after the end', async () => {
    const last = fixture.claims[0];
    if (last === undefined) throw new Error('empty fixture');
    const cursor = encodeCursor({ day: '2024-01-10', precision: 'day', id: last.id });
    const answer = (await call(claimsEndpoint, fixture, `/api/v1/claims?cursor=${cursor}`, {})).json as ClaimList;
    expect(answer).toMatchObject({ data: [], nextCursor: null, total: 9 });
  });

  it('continues after the cursor’s position even when that claim is gone from the results', async () => {
    const cursor = encodeCursor({ day: '2024-01-31', precision: 'day', id: 'claim-2024-01-31-b-not-in-data' });
    const answer = (await call(claimsEndpoint, fixture, `/api/v1/claims?cursor=${cursor}`, {})).json as ClaimList;
    expect(answer.data.map((claim) => claim.id)).toEqual([
      'claim-2024-01-31-aa-chief-partial-route',
      'claim-2024-01-15-aa-meeting',
      'claim-2024-01-12-bb-denies',
      'claim-2024-01-10-aa-reports-crossing',
    ]);
  });
});

describe('cursors', () => {
  it('round-trip and are URL-safe', () => {
    const key = { day: '2024-10-31', precision: 'month', id: 'claim-2024-10-usa-x' } as const;
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(key);
  });

  it('reject anything else: bad base64, padding, wrong version, unreal day, bad precision, bad id, extra fields', () => {
    const raw = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    for (const cursor of [
      '!!!',
      `${encodeCursor({ day: '2024-10-31', precision: 'day', id: 'claim-x' })}=`,
      raw('v0\n2024-10-31\nday\nclaim-x'),
      raw('v1\n2024-02-30\nday\nclaim-x'),
      raw('v1\n2024-10-31\nyear\nclaim-x'),
      raw('v1\n2024-10-31\nday\nmovement-x'),
      raw('v1\n2024-10-31\nday\nclaim-x\nmore'),
      raw('v1\n2024-10-31\nday'),
    ]) {
      expect(decodeCursor(cursor)).toBeNull();
    }
  });

  it('pageClaims returns an empty page and no cursor for an empty list', () => {
    expect(pageClaims([], undefined, 50)).toEqual({ items: [], nextCursor: null });
  });
});
