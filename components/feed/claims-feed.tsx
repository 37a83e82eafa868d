'use client';

import useSWRInfinite from 'swr/infinite';
import { fetchClaimsPage } from '@/lib/api-client/fetchers';
import { FIRST_FEED_PAGE } from '@/lib/atlas/initial-view';
import type { Lang } from '@/lib/basemap/region-schema';
import { claimCardPage, type ClaimCardPage } from '@/lib/claims/claim-card-view';
import { formatPartialDate } from '@/lib/claims/claim-format';
import { claimsApiUrl, type FeedFilters } from '@/lib/claims/feed-query';
import type { Names } from '@/lib/domain/schemas';
import type { Messages } from '@/lib/i18n/messages';
import { ClaimCard } from '../claims/claim-card';
import { LoadError } from '../ui/load-error';
import { FeedFiltersForm } from './feed-filters';

type ClaimsFeedProps = {
  filters: FeedFilters;
  /** The first page the server rendered, and the filters it was rendered for. */
  initialPage: { filters: FeedFilters; page: ClaimCardPage } | null;
  partyNames: Readonly<Record<string, Names>>;
  lang: Lang;
  messages: Messages;
  onFiltersChange: (patch: Partial<FeedFilters>) => void;
  onOpenClaim: (id: string) => void;
};

const sameFilters = (a: FeedFilters, b: FeedFilters) => claimsApiUrl(a, null) === claimsApiUrl(b, null);

/** A page of the API cut to cards, as the server's first page is: the feed keeps no more than its cards show. */
const fetchFeedPage = async (url: string): Promise<ClaimCardPage> => claimCardPage(await fetchClaimsPage(url));

/** Claims newest first, grouped by day, with filters; pages come from /api/v1/claims (the first one with the page). */
export function ClaimsFeed(props: ClaimsFeedProps) {
  const { filters, initialPage, partyNames, lang, messages, onFiltersChange, onOpenClaim } = props;
  // The server's first page stands for the first page of its filters: it is not fetched again when the feed mounts.
  const fallback = initialPage && sameFilters(initialPage.filters, filters) ? [initialPage.page] : undefined;
  const { data, error, size, setSize, isValidating, mutate } = useSWRInfinite(
    (index: number, previous: ClaimCardPage | null) =>
      index === 0 ? claimsApiUrl(filters, null, FIRST_FEED_PAGE) : previous?.nextCursor ? claimsApiUrl(filters, previous.nextCursor) : null,
    fetchFeedPage,
    {
      fallbackData: fallback,
      revalidateOnMount: fallback === undefined,
      revalidateOnFocus: false,
      revalidateFirstPage: false,
    },
  );
  const claims = data?.flatMap((page) => page.data) ?? [];
  const total = data?.[0]?.total ?? 0;
  const last = data?.[data.length - 1];
  const days = new Map<string, typeof claims>();
  for (const claim of claims) days.set(claim.date.value, [...(days.get(claim.date.value) ?? []), claim]);

  return (
    <div className="space-y-3">
      <FeedFiltersForm filters={filters} partyNames={partyNames} lang={lang} messages={messages} onChange={onFiltersChange} />
      <p className="text-xs text-stone-700 dark:text-stone-300" aria-live="polite">
        {data ? messages.feedCount(claims.length, total) : null}
      </p>
      {error && !data ? (
        <LoadError text={messages.loadFailed} retryLabel={messages.retry} retrying={isValidating} onRetry={() => void mutate()} />
      ) : null}
      {data && claims.length === 0 ? <p className="text-sm">{messages.noMatchingClaims}</p> : null}
      {!data && !error ? <div aria-busy="true" className="h-40 animate-pulse rounded bg-stone-100 dark:bg-stone-800" /> : null}
      <ol className="space-y-4" aria-label={messages.feedHeading}>
        {[...days.entries()].map(([day, dayClaims]) => (
          <li key={day}>
            <h3 className="sticky top-0 z-10 bg-white/95 py-1 text-xs font-semibold tracking-wide text-stone-700 uppercase dark:bg-stone-900/95 dark:text-stone-300">
              {formatPartialDate(dayClaims[0]?.date ?? { precision: 'unknown' }, lang)}
            </h3>
            <ol className="space-y-2">
              {dayClaims.map((claim) => (
                <li key={claim.id}>
                  <ClaimCard claim={claim} lang={lang} messages={messages} onOpen={onOpenClaim} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {last?.nextCursor ? (
        <button
          type="button"
          onClick={() => void setSize(size + 1)}
          disabled={isValidating}
          className="min-h-11 w-full rounded border border-stone-400 font-medium dark:border-stone-500"
        >
          {messages.showMore}
        </button>
      ) : null}
    </div>
  );
}
