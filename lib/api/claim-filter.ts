import { knownBy, isKnownAsOf } from '../domain/partial-date';
import { descendantsOf, partiesOf, partyOf } from '../domain/parties';
import type { Claim } from '../domain/schemas';
import { isAbout } from '../domain/stances';
import type { ApiContext } from './api-context';
import { foldForSearch } from '../regions/region-search';
import { firstAtOrBefore, firstBefore, lowerBound, mayContain, querySignature, unionOf, type ClaimIndex } from './claim-index';
import { matchesText } from './claim-text';
import { newestFirst } from './claim-order';
import type { ParamError } from './query-params';
import type { ClaimFilterQuery } from './query-schemas';
import { findSubject, type StatusBook } from './status-book';

/**
 * The problems zod cannot see: ids that name nothing in the data, a party filter given a body or person, and a date
 * range that ends before it starts. Each becomes a 400 naming the parameter.
 */
export function checkFilterReferences(filter: ClaimFilterQuery, context: ApiContext): ParamError[] {
  const { actors } = context.dataset;
  const errors: ParamError[] = [];
  if (filter.claimant !== undefined && !actors.has(filter.claimant)) {
    errors.push({ name: 'claimant', reason: 'no actor has this id (see /api/v1/actors)' });
  }
  if (filter.party !== undefined) {
    const actor = actors.get(filter.party);
    if (actor === undefined) errors.push({ name: 'party', reason: 'no actor has this id (see /api/v1/actors)' });
    else if (actor.parent !== null) {
      const party = partyOf(actor.id, actors);
      errors.push({ name: 'party', reason: `is not a party: its party is ${party} (use claimant for bodies and people)` });
    }
  }
  if (filter.subject !== undefined && findSubject(context.dataset, filter.subject) === undefined) {
    errors.push({ name: 'subject', reason: 'no movement, deployment or event has this id' });
  }
  if (filter.region !== undefined && !context.regions.has(filter.region)) {
    errors.push({ name: 'region', reason: 'no region of the map has this id' });
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.to < filter.from) {
    errors.push({ name: 'to', reason: 'must not be before from' });
  }
  return errors;
}

/** The `asOf` a filter means: the one given, else the day of the newest claim. */
export function effectiveAsOf(filter: { asOf?: string | undefined }, context: ApiContext): string {
  return filter.asOf ?? context.latestDay;
}

/** The positions of the claims about a subject with `status` as of the book's day, memoised per index and book. */
const statusPositions = new WeakMap<ClaimIndex, WeakMap<StatusBook, Map<string, Uint32Array>>>();

function positionsWithStatus(index: ClaimIndex, book: StatusBook, status: string): Uint32Array {
  let byBook = statusPositions.get(index);
  if (byBook === undefined) {
    byBook = new WeakMap();
    statusPositions.set(index, byBook);
  }
  let byStatus = byBook.get(book);
  if (byStatus === undefined) {
    byStatus = new Map();
    byBook.set(book, byStatus);
  }
  let positions = byStatus.get(status);
  if (positions === undefined) {
    const subjects = index.subjectIds.filter((id) => book.statusOf(id) === status);
    positions = unionOf(subjects.map((id) => index.bySubject.get(id) ?? new Uint32Array(0)));
    byStatus.set(status, positions);
  }
  return positions;
}

/**
 * The claims matching every given filter, newest first. Dates compare on the day a claim counts from (a month-dated
 * claim on the last day of its month, as everywhere in the model); `status` matches a claim when one of its
 * movements, deployments or events has that status as of the book's day. Expects references already checked.
 *
 * Answers from the context's indexes (lib/api/claim-index.ts): the days bound a range of positions, the smallest of
 * the filters' position lists is walked within it, and the other filters are tested on those claims only. The result
 * is the same as {@link scanClaims}, the plain reading of the rules (tests/unit/api/index-filter.test.ts holds them
 * equal on generated data).
 */
export function filterClaims(context: ApiContext, filter: ClaimFilterQuery, book: StatusBook): Claim[] {
  const index = context.index;
  const { claimant, party, stance, subject, status, region, from, to, q } = filter;
  const upper = to !== undefined && to < book.asOf ? to : book.asOf;
  const start = firstAtOrBefore(index.days, upper);
  const end = from === undefined ? index.days.length : firstBefore(index.days, from);
  if (start >= end) return [];

  const claimants = claimant === undefined ? undefined : new Set(descendantsOf(claimant, context.dataset.actors));
  const lists: Uint32Array[] = [];
  const tests: ((position: number) => boolean)[] = [];
  const byList = (list: Uint32Array | undefined, test: (position: number) => boolean) => {
    lists.push(list ?? new Uint32Array(0));
    tests.push(test);
  };
  const claimAt = (position: number) => index.newest[position] as Claim;
  if (claimants) {
    byList(
      unionOf([...claimants].map((id) => index.byClaimant.get(id) ?? new Uint32Array(0))),
      (position) => claimAt(position).claimants.some((id) => claimants.has(id)),
    );
  }
  if (party) byList(index.byParty.get(party), (position) => index.parties[position]?.includes(party) === true);
  if (stance) byList(index.byStance.get(stance), (position) => claimAt(position).stance === stance);
  if (subject) byList(index.bySubject.get(subject), (position) => isAbout(claimAt(position), subject));
  if (region) byList(index.byRegion.get(region), (position) => index.regionScope[position]?.has(region) === true);
  if (status) {
    byList(positionsWithStatus(index, book, status), (position) =>
      claimAt(position).subjects.some((ref) => ref.kind !== 'topic' && book.statusOf(ref.id) === status),
    );
  }
  if (q) {
    const folded = foldForSearch(q);
    const signature = querySignature(folded);
    const words = [...signature.keys()].filter((word) => signature[word] !== 0);
    tests.push(
      (position) => mayContain(index, position, signature, words) && (index.searchText[position] as string).includes(folded),
    );
  }

  let smallest: Uint32Array | undefined;
  let driver = -1;
  lists.forEach((list, at) => {
    if (smallest === undefined || list.length < smallest.length) {
      smallest = list;
      driver = at;
    }
  });
  const others = tests.filter((_, at) => at !== driver);
  const matches: Claim[] = [];
  const consider = (position: number) => {
    for (const test of others) if (!test(position)) return;
    matches.push(claimAt(position));
  };
  if (smallest === undefined) {
    for (let position = start; position < end; position += 1) consider(position);
  } else {
    for (let at = lowerBound(smallest, start); at < smallest.length; at += 1) {
      const position = smallest[at] as number;
      if (position >= end) break;
      consider(position);
    }
  }
  return matches;
}

/**
 * The claims matching every given filter, newest first, by testing every claim: the plain reading of the filter
 * rules, kept as the reference {@link filterClaims} must agree with.
 */
export function scanClaims(context: ApiContext, filter: ClaimFilterQuery, book: StatusBook): Claim[] {
  const { actors } = context.dataset;
  const claimants = filter.claimant === undefined ? undefined : new Set(descendantsOf(filter.claimant, actors));
  const { party, stance, subject, status, region, from, to, q } = filter;
  const tests: ((claim: Claim) => boolean)[] = [
    (claim) => isKnownAsOf(claim.date, book.asOf),
    ...(claimants ? [(claim: Claim) => claim.claimants.some((id) => claimants.has(id))] : []),
    ...(party ? [(claim: Claim) => partiesOf(claim.claimants, actors).includes(party)] : []),
    ...(stance ? [(claim: Claim) => claim.stance === stance] : []),
    ...(subject ? [(claim: Claim) => isAbout(claim, subject)] : []),
    ...(status
      ? [(claim: Claim) => claim.subjects.some((ref) => ref.kind !== 'topic' && book.statusOf(ref.id) === status)]
      : []),
    ...(region ? [(claim: Claim) => context.regionScope.get(claim.id)?.has(region) === true] : []),
    ...(from ? [(claim: Claim) => (knownBy(claim.date) as string) >= from] : []),
    ...(to ? [(claim: Claim) => (knownBy(claim.date) as string) <= to] : []),
    ...(q ? [(claim: Claim) => matchesText(context.searchText.get(claim.id) ?? '', q)] : []),
  ];
  return context.claims.filter((claim) => tests.every((test) => test(claim))).sort(newestFirst);
}
