import type { ActorView } from '@/lib/api/actor-view';
import type { ClaimView } from '@/lib/api/claim-view';
import type { ClaimsPage } from '@/lib/api/claims-page';

/**
 * A claim as a card shows it: who said it, when, with which stance, what (summary, quote, figures) and its sources.
 * The feed keeps only this much per claim (the server sends it inside the page, so every field costs bytes in each
 * first render); the claim's panel fetches the whole `ClaimView` (subjects, places, relations, note).
 */
export type ClaimCardView = Pick<ClaimView, 'id' | 'date' | 'stance' | 'summary' | 'quote' | 'figures' | 'sources'> & {
  claimants: Pick<ActorView, 'id' | 'names'>[];
};

/** A page of the feed: a page of `/api/v1/claims` with each claim cut to its card. */
export type ClaimCardPage = Omit<ClaimsPage, 'data'> & { data: ClaimCardView[] };

/** The fields of `claim` a card shows (a new object: nothing else of the claim is kept). */
export function claimCardView(claim: ClaimCardView): ClaimCardView {
  return {
    id: claim.id,
    date: claim.date,
    claimants: claim.claimants.map(({ id, names }) => ({ id, names })),
    stance: claim.stance,
    summary: claim.summary,
    quote: claim.quote,
    figures: claim.figures,
    sources: claim.sources,
  };
}

/** The page with each claim cut to its card. */
export function claimCardPage(page: ClaimCardPage): ClaimCardPage {
  return { data: page.data.map(claimCardView), nextCursor: page.nextCursor, total: page.total, asOf: page.asOf };
}
