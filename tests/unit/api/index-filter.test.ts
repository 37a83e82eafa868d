import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiContext, type ApiContext } from '@/lib/api/api-context';
import { filterClaims, scanClaims } from '@/lib/api/claim-filter';
import { firstAtOrBefore, firstBefore, unionOf } from '@/lib/api/claim-index';
import type { ClaimFilterQuery } from '@/lib/api/query-schemas';
import { createStatusBook } from '@/lib/api/status-book';
import { indexDataset } from '@/lib/data/dataset';
import { STANCES } from '@/lib/domain/schemas';
import { STATUSES } from '@/lib/domain/status';
import { foldForSearch } from '@/lib/regions/region-search';
import { generateSyntheticRecords } from '@/scripts/bench/synthetic-dataset';
import { loadRealDataset } from '../../fixtures/claims-model/real-data';
import { standInRegions } from '../../fixtures/api/regions';

/**
 * The indexed filter (lib/api/claim-index.ts) must answer exactly as the plain scan of every claim: same claims, same
 * order, for any combination of filters, on the real data grown by the bench's synthetic generator.
 */

let context: ApiContext;
let regionIds: string[];
let days: string[];

beforeAll(async () => {
  const { records } = await loadRealDataset();
  const base = new Set([...records.places.map((place) => place.region), ...records.claims.flatMap((claim) => claim.regions)]);
  const seedRegions = [...base].filter((id) => /^(RU|UA|KP|KR)-/.test(id) || ['RUS', 'UKR', 'PRK', 'KOR'].includes(id));
  const generated = generateSyntheticRecords(records, seedRegions, { claims: 3000, movements: 60, seed: 7 });
  const all = { ...records, movements: [...records.movements, ...generated.movements], claims: [...records.claims, ...generated.claims] };
  const dataset = indexDataset(all);
  const labels = new Map<string, [number, number]>();
  for (const place of records.places) if (place.coordinates && !labels.has(place.region)) labels.set(place.region, [...place.coordinates]);
  const ids = [...base, ...all.deployments.flatMap((deployment) => deployment.regions)];
  const regions = standInRegions(ids, labels);
  context = createApiContext(dataset, regions, '2026-01-01');
  regionIds = [...regions.keys()];
  days = [...new Set(context.index.days)].sort();
}, 60_000);

/** A filter given about one time in four, so a typical combination sets two or three of them. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary, weight: 1 });

/** A piece of some claim's folded text (every script the data holds), so text search is tried on real matches. */
function excerpt(): fc.Arbitrary<string> {
  const texts = context.index.searchText;
  return fc
    .tuple(fc.nat(texts.length - 1), fc.nat(400), fc.integer({ min: 1, max: 14 }))
    .map(([position, start, length]) => {
      const text = texts[position] as string;
      const from = start % Math.max(1, text.length);
      return text.slice(from, from + length);
    })
    .filter((text) => /[\p{L}\p{N}]/u.test(text) && foldForSearch(text) === text);
}

function filters(): fc.Arbitrary<ClaimFilterQuery> {
  const actors = [...context.dataset.actors.keys()];
  const parties = [...context.dataset.actors.values()].filter((actor) => actor.parent === null).map((actor) => actor.id);
  const subjects = context.index.subjectIds;
  const day = fc.constantFrom(...days, '2024-01-01', '2030-12-31');
  return fc.record({
    claimant: maybe(fc.constantFrom(...actors)),
    party: maybe(fc.constantFrom(...parties)),
    stance: maybe(fc.constantFrom(...STANCES)),
    subject: maybe(fc.constantFrom(...subjects)),
    status: maybe(fc.constantFrom(...STATUSES, 'unreported' as const)),
    region: maybe(fc.constantFrom(...regionIds)),
    from: maybe(day),
    to: maybe(day),
    asOf: maybe(day),
    q: maybe(fc.oneof(fc.constantFrom('kursk', 'troops', 'vladivostok', 'a', 'синтетич', '북한', 'zzzz-none'), excerpt())),
  });
}

describe('indexed claim filter', () => {
  it('answers like the plain scan for any combination of filters', () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(filters(), (filter) => {
        const book = createStatusBook(context.dataset, filter.asOf ?? context.latestDay);
        const indexed = filterClaims(context, filter, book).map((claim) => claim.id);
        const scanned = scanClaims(context, filter, book).map((claim) => claim.id);
        expect(indexed).toEqual(scanned);
        if (scanned.length > 0) nonEmpty += 1;
      }),
      { numRuns: 400, seed: 20241008 },
    );
    // Many combinations match nothing; enough must match something for the comparison to mean anything.
    expect(nonEmpty).toBeGreaterThan(60);
  }, 60_000);

  it('finds every claim holding a text, whatever its script (the trigram signatures never miss one)', () => {
    const book = createStatusBook(context.dataset, context.latestDay);
    fc.assert(
      fc.property(excerpt(), (q) => {
        const scanned = scanClaims(context, { q }, book).map((claim) => claim.id);
        expect(scanned.length).toBeGreaterThan(0);
        expect(filterClaims(context, { q }, book).map((claim) => claim.id)).toEqual(scanned);
      }),
      { numRuns: 300, seed: 7 },
    );
  }, 60_000);

  it('holds the claims of known date newest first, as the API orders them', () => {
    const book = createStatusBook(context.dataset, '2030-12-31');
    expect(context.index.newest.map((claim) => claim.id)).toEqual(scanClaims(context, {}, book).map((claim) => claim.id));
    expect(context.index.newest.length).toBeGreaterThan(3000);
  });

  it('finds matches of single filters (the property is not vacuous)', () => {
    const book = createStatusBook(context.dataset, context.latestDay);
    expect(filterClaims(context, { stance: 'denies' }, book).length).toBeGreaterThan(100);
    expect(filterClaims(context, { status: 'contested' }, book).length).toBeGreaterThan(0);
  });
});

describe('index helpers', () => {
  it('unions ascending lists without duplicates', () => {
    expect([...unionOf([Uint32Array.of(1, 4, 9), Uint32Array.of(2, 4, 10), Uint32Array.of()])]).toEqual([1, 2, 4, 9, 10]);
    expect([...unionOf([])]).toEqual([]);
  });

  it('bounds day ranges over non-increasing days', () => {
    const list = ['2024-03-01', '2024-02-01', '2024-02-01', '2024-01-01'];
    expect(firstAtOrBefore(list, '2024-02-01')).toBe(1);
    expect(firstAtOrBefore(list, '2024-12-31')).toBe(0);
    expect(firstAtOrBefore(list, '2023-12-31')).toBe(4);
    expect(firstBefore(list, '2024-02-01')).toBe(3);
    expect(firstBefore(list, '2024-01-01')).toBe(4);
  });
});
