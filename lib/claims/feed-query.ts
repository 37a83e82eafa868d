import type { UrlState } from '@/lib/url-state';

/** The URL-state fields that filter the claims feed (and the day they are read as of). */
export type FeedFilters = Pick<UrlState, 'asOf' | 'party' | 'claimant' | 'stance' | 'status' | 'from' | 'to' | 'q'>;

const FILTER_NAMES = ['asOf', 'party', 'claimant', 'stance', 'status', 'from', 'to', 'q'] as const;

/** The feed's filters taken from the URL state. */
export function feedFilters(state: UrlState): FeedFilters {
  return Object.fromEntries(FILTER_NAMES.map((name) => [name, state[name]])) as FeedFilters;
}

/** Whether any filter narrows the feed (the day does not count as a filter). */
export function hasFilters(filters: FeedFilters): boolean {
  return FILTER_NAMES.some((name) => name !== 'asOf' && filters[name] !== null);
}

/** The `/api/v1/claims` URL for a page of the feed: only the filters that are set, in a stable order. */
export function claimsApiUrl(filters: FeedFilters, cursor: string | null, limit = 50): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value !== null) params.set(name, value);
  }
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return `/api/v1/claims?${params.toString()}`;
}
