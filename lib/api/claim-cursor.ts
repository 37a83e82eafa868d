import { ClaimIdSchema } from '../domain/ids';
import { isRealDay } from '../domain/partial-date';
import type { Claim } from '../domain/schemas';
import { claimKey, compareKeys, type ClaimKey } from './claim-order';

/**
 * Cursors are opaque to clients: base64url of `v1`, the day, the precision and the id of the last claim of a page,
 * one per line. The next page starts after that position in the newest-first order, so paging never repeats or skips
 * a claim however the pages are sized, and a claim added to the data while a client pages (newer, so before the
 * cursor) does not shift the pages that follow.
 */

const VERSION = 'v1';

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

/** The cursor that continues after this claim. */
export function encodeCursor(key: ClaimKey): string {
  return toBase64Url([VERSION, key.day, key.precision, key.id].join('\n'));
}

/** The position a cursor names, or null when the text is not a cursor this API wrote. */
export function decodeCursor(cursor: string): ClaimKey | null {
  const text = fromBase64Url(cursor);
  if (text === null) return null;
  const [version, day, precision, id, ...rest] = text.split('\n');
  if (version !== VERSION || rest.length > 0 || day === undefined || id === undefined) return null;
  if (!isRealDay(day) || (precision !== 'day' && precision !== 'month') || !ClaimIdSchema.safeParse(id).success) return null;
  const key: ClaimKey = { day, precision, id };
  return encodeCursor(key) === cursor ? key : null;
}

/** One page of claims. */
export interface ClaimPage {
  items: Claim[];
  nextCursor: string | null;
}

/** The page of `limit` claims after `cursor` (from the start without one) of claims sorted newest first. */
export function pageClaims(newestFirst: readonly Claim[], cursor: ClaimKey | undefined, limit: number): ClaimPage {
  const start = cursor === undefined ? 0 : newestFirst.findIndex((claim) => compareKeys(claimKey(claim), cursor) < 0);
  const from = start === -1 ? newestFirst.length : start;
  const items = newestFirst.slice(from, from + limit);
  const last = items[items.length - 1];
  const more = from + limit < newestFirst.length;
  return { items, nextCursor: more && last !== undefined ? encodeCursor(claimKey(last)) : null };
}
