import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import { CLAIM_CSV_COLUMNS } from '@/lib/api/claim-csv';
import type { ClaimView } from '@/lib/api/claim-view';
import { claimsCsvEndpoint } from '@/lib/api/endpoints/claims-csv';
import { claimsEndpoint } from '@/lib/api/endpoints/claims';
import { regionEndpoint } from '@/lib/api/endpoints/region';
import { deploymentsEndpoint, movementsEndpoint } from '@/lib/api/endpoints/subjects';
import { SUBJECT_STATUSES } from '@/lib/api/query-schemas';
import type { RegionDossier } from '@/lib/api/region-dossier';
import { foldForSearch } from '@/lib/regions/region-search';
import { realContext } from '../../fixtures/api/context';
import { call, type ClaimList } from './api-client';
import { parseCsv } from './csv-parse';
import { rfc7946Violations } from './rfc7946';

/** The real data/ grows while this is written (issue 5): only invariants are asserted here, never counts or ids. */
let context: ApiContext;
beforeAll(async () => {
  context = await realContext();
});

const list = async (query: string) => {
  const answer = await call(claimsEndpoint, context, `/api/v1/claims?limit=200&${query}`, {});
  expect(answer.status).toBe(200);
  return answer.json as ClaimList & { data: ClaimView[] };
};

describe('the API over the real data', () => {
  it('lists every claim, newest first by the day each counts from', async () => {
    const { data, total } = await list('');
    expect(total).toBe(context.claims.length);
    expect(data.length).toBe(Math.min(200, total));
    expect(data.map((claim) => claim.id)).toEqual([...context.claims].reverse().slice(0, 200).map((claim) => claim.id));
  });

  it('finds claims by a Korean word in their summary', async () => {
    const { data, total } = await list(`q=${encodeURIComponent('북한군')}`);
    expect(total).toBeGreaterThan(0);
    for (const claim of data) expect(context.searchText.get(claim.id)).toContain('북한군');
    const sample = context.claims[0];
    if (sample === undefined) throw new Error('no claims in data/');
    const word = sample.summary.ko.split(/\s+/).reduce((a, b) => (foldForSearch(b).length > foldForSearch(a).length ? b : a));
    expect((await list(`q=${encodeURIComponent(word)}`)).data.map((claim) => claim.id)).toContain(sample.id);
  });

  it('puts every claim about a subject under exactly the statuses its subjects have', async () => {
    const byStatus = new Map<string, Set<string>>();
    for (const status of SUBJECT_STATUSES) {
      byStatus.set(status, new Set((await list(`status=${status}`)).data.map((claim) => claim.id)));
    }
    for (const claim of (await list('')).data) {
      const statuses = new Set(claim.subjects.flatMap((subject) => (subject.kind === 'topic' ? [] : [subject.status])));
      for (const status of SUBJECT_STATUSES) expect(byStatus.get(status)?.has(claim.id)).toBe(statuses.has(status));
    }
  });

  it('gives a country every claim of its provinces', async () => {
    const country = new Set((await list('region=RUS')).data.map((claim) => claim.id));
    const province = (await list('region=RU-KRS')).data.map((claim) => claim.id);
    expect(province.length).toBeGreaterThan(0);
    for (const id of province) expect(country.has(id)).toBe(true);
  });

  it('serves valid RFC 7946 movements and deployments; a line skips exactly the places without coordinates', async () => {
    const movements = (await call(movementsEndpoint, context, '/api/v1/movements', {})).json as FeatureCollection;
    const deployments = (await call(deploymentsEndpoint, context, '/api/v1/deployments', {})).json as FeatureCollection;
    expect(rfc7946Violations(movements)).toEqual([]);
    expect(rfc7946Violations(deployments)).toEqual([]);
    expect(movements.features.length).toBeGreaterThan(0);
    expect(deployments.features.length).toBeGreaterThan(0);
    for (const feature of movements.features) {
      const path = (feature.properties?.path ?? []) as string[];
      const undrawn = path.filter((id) => context.dataset.places.get(id)?.coordinates === null);
      expect(feature.properties).toMatchObject({ partial: undrawn.length > 0, undrawnPlaces: undrawn });
      expect(feature.geometry === null).toBe(new Set(path.filter((id) => !undrawn.includes(id))).size < 2);
    }
  });

  it('writes one CSV row per claim and source, every row complete', async () => {
    const rows = parseCsv((await call(claimsCsvEndpoint, context, '/api/v1/claims.csv', {})).text);
    expect(rows.length - 1).toBe(context.claims.reduce((sum, claim) => sum + claim.sources.length, 0));
    expect(rows.every((row) => row.length === CLAIM_CSV_COLUMNS.length)).toBe(true);
  });

  it('counts the claims of a region dossier by stance and by party consistently', async () => {
    const answer = await call(regionEndpoint, context, '/api/v1/regions/RU-KRS', { id: 'RU-KRS' });
    const { claims, counts } = (answer.json as { data: RegionDossier }).data;
    expect(counts.claims).toBe(claims.length);
    expect(Object.values(counts.byStance).reduce((a, b) => a + b, 0)).toBe(claims.length);
    const parties = claims.flatMap((claim) => claim.parties);
    expect(Object.values(counts.byParty).reduce((a, b) => a + b, 0)).toBe(parties.length);
  });
});
