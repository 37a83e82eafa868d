import type { ApiContext } from './api-context';
import { pageClaims } from './claim-cursor';
import type { ClaimKey } from './claim-order';
import { effectiveAsOf, filterClaims } from './claim-filter';
import { claimView, type ClaimView } from './claim-view';
import { DEFAULT_LIMIT, type ClaimFilterQuery } from './query-schemas';
import { createStatusBook } from './status-book';

/** One page of `/api/v1/claims`: the claims, the cursor of the next page, how many match in all, and the day used. */
export interface ClaimsPage {
  data: ClaimView[];
  nextCursor: string | null;
  total: number;
  asOf: string;
}

/** The claims matching a filter as of its day, newest first, a page at a time (references already checked). */
export function claimsPage(
  context: ApiContext,
  filter: ClaimFilterQuery & { cursor?: ClaimKey | undefined; limit?: number | undefined },
): ClaimsPage {
  const asOf = effectiveAsOf(filter, context);
  const book = createStatusBook(context.dataset, asOf);
  const matching = filterClaims(context, filter, book);
  const page = pageClaims(matching, filter.cursor, filter.limit ?? DEFAULT_LIMIT);
  return {
    data: page.items.map((claim) => claimView(claim, context, book)),
    nextCursor: page.nextCursor,
    total: matching.length,
    asOf,
  };
}
