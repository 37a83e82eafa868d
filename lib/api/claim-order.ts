import { knownBy } from '../domain/partial-date';
import type { Claim } from '../domain/schemas';

/**
 * The API's order of claims: newest first. It is the exact reverse of the model's `compareClaims`: by the day a
 * claim counts from (a month-dated claim from the last day of its month), then month-dated before day-dated on the
 * same day, then by id descending. Ids are unique, so the order is total and a cursor can name a position in it.
 */

/** Where a claim sits in the order. */
export interface ClaimKey {
  day: string;
  precision: 'day' | 'month';
  id: string;
}

/** A claim's position key. */
export function claimKey(claim: Claim): ClaimKey {
  return { day: knownBy(claim.date) as string, precision: claim.date.precision, id: claim.id };
}

const PRECISION_RANK = { day: 0, month: 1 } as const;
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Oldest-first comparison of keys (the model's order); negate it for newest first. */
export function compareKeys(a: ClaimKey, b: ClaimKey): number {
  return compareText(a.day, b.day) || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || compareText(a.id, b.id);
}

/** Newest first, ties broken by precision and id so the order never changes between requests. */
export function newestFirst(a: Claim, b: Claim): number {
  return compareKeys(claimKey(b), claimKey(a));
}
