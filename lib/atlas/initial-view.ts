import type { ClaimView } from '@/lib/api/claim-view';
import type { RegionDossier } from '@/lib/api/region-dossier';
import type { BasemapUrls } from '@/lib/atlas/map-sources';
import type { FontFaces, Region } from '@/lib/basemap/region-schema';
import type { ClaimCardPage } from '@/lib/claims/claim-card-view';
import { feedFilters, type FeedFilters } from '@/lib/claims/feed-query';
import type { Names } from '@/lib/domain/schemas';
import type { UrlState } from '@/lib/url-state';

/**
 * Claims in the feed's first page, rendered on the server into the HTML of `/` (and its RSC payload, which holds them
 * again, as cards: `ClaimCardView`): enough to fill the panel, small enough to keep the first response light. "Show more" loads the next pages
 * (of the API's default size) with the cursor, which does not depend on the page size.
 */
export const FIRST_FEED_PAGE = 20;

/** Why the first render shows a notice: decided on the server from the link. */
export type InitialNotice = 'unknownSelection' | 'badLink' | null;

/** The span of the data: its first and last claim days, and every day a claim was made (the timeline's ticks). */
export type Timeline = { first: string; last: string; claimDays: string[] };

/** What the server hands the map page's client root for its first render. */
export interface InitialView {
  /** Region records the first render needs (the selection, its country, its occupier). */
  seedRegions: Region[];
  notice: InitialNotice;
  /** A movement, deployment or actor id in the link that the data does not have: not opened. */
  unknownSubjectId: string | null;
  /** Feed filters in the link that name nothing in the data: ignored. */
  invalidFilters: (keyof FeedFilters)[];
  /** `lens` or `lens2` in the link naming no actor: ignored. */
  invalidLenses: ('lens' | 'lens2')[];
  /** The selected region's dossier as of the link's day (`asOf` null: the latest). */
  initialDossier: { asOf: string | null; dossier: RegionDossier } | null;
  /**
   * The claim the link opens (`claim`), as `/api/v1/claims/{id}` answers it: its panel is in the HTML, readable before
   * any script runs. Null when the link opens no claim or one the data does not have.
   */
  initialClaim: ClaimView | null;
  /** The first page of the claims feed (each claim as its card), and the filters it was rendered for. */
  initialFeed: { filters: FeedFilters; page: ClaimCardPage };
  /** Names of the parties (top-level actors). */
  partyNames: Record<string, Names>;
  timeline: Timeline;
  /** The basemap's font list (public/basemap/font-faces.json), inlined so the map's style needs no request; null if unreadable. */
  fontFaces: FontFaces | null;
  /** The basemap files' URLs (map GeoJSON, region index), each with its content version so it can be cached for good. */
  basemap: BasemapUrls;
}

/**
 * The feed's filters and the claimant lenses a page applies from its URL state: a filter or lens the server found
 * naming nothing in the data is dropped (as if unset). A second lens only counts beside a first, different one.
 */
export function appliedFilters(
  state: UrlState,
  view: Pick<InitialView, 'invalidFilters' | 'invalidLenses'>,
): { filters: FeedFilters; lens: string | null; lens2: string | null } {
  const filters: FeedFilters = { ...feedFilters(state), ...Object.fromEntries(view.invalidFilters.map((name) => [name, null])) };
  const lens = view.invalidLenses.includes('lens') ? null : state.lens;
  const lens2 = lens === null || view.invalidLenses.includes('lens2') || state.lens2 === lens ? null : state.lens2;
  return { filters, lens, lens2 };
}
