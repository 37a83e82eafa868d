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

/**
 * The query of the map's GeoJSON sources (`/api/v1/movements`, `/api/v1/deployments`): the feed's filters, so the
 * map draws what the list shows, and a claimant lens; with its leading `?`, or '' when nothing is set. A stable order
 * keeps one URL per view, so the browser and a CDN cache it once.
 */
export function mapSubjectQuery(filters: FeedFilters, lens: string | null): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value !== null) params.set(name, value);
  }
  if (lens !== null) params.set('lens', lens);
  const query = params.toString();
  return query ? `?${query}` : '';
}
