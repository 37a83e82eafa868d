import { knownBy, isKnownAsOf } from '../domain/partial-date';
import { descendantsOf, partiesOf, partyOf } from '../domain/parties';
import type { Claim } from '../domain/schemas';
import { isAbout } from '../domain/stances';
import type { ApiContext } from './api-context';
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

/**
 * The claims matching every given filter, newest first. Dates compare on the day a claim counts from (a month-dated
 * claim on the last day of its month, as everywhere in the model); `status` matches a claim when one of its
 * movements, deployments or events has that status as of the book's day. Expects references already checked.
 */
export function filterClaims(context: ApiContext, filter: ClaimFilterQuery, book: StatusBook): Claim[] {
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
