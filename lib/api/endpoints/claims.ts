import { badRequest, jsonOk } from '../api-response';
import type { ApiContext } from '../api-context';
import { pageClaims } from '../claim-cursor';
import { checkFilterReferences, effectiveAsOf, filterClaims } from '../claim-filter';
import { claimView } from '../claim-view';
import { parseQuery } from '../query-params';
import { ClaimsQuerySchema, DEFAULT_LIMIT } from '../query-schemas';
import { createStatusBook } from '../status-book';

/** GET /api/v1/claims: filtered claims, newest first, a page at a time, each with its references embedded. */
export async function claimsEndpoint(request: Request, context: ApiContext): Promise<Response> {
  const query = parseQuery(new URL(request.url).searchParams, ClaimsQuerySchema);
  if (!query.ok) return badRequest(query.params);
  const problems = checkFilterReferences(query.value, context);
  if (problems.length > 0) return badRequest(problems);
  const asOf = effectiveAsOf(query.value, context);
  const book = createStatusBook(context.dataset, asOf);
  const matching = filterClaims(context, query.value, book);
  const page = pageClaims(matching, query.value.cursor, query.value.limit ?? DEFAULT_LIMIT);
  return jsonOk(request, {
    data: page.items.map((claim) => claimView(claim, context, book)),
    nextCursor: page.nextCursor,
    total: matching.length,
    asOf,
  });
}
