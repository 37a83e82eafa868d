import { badRequest, csvOk } from '../api-response';
import type { ApiContext } from '../api-context';
import { declareQueryDefaults } from '../api-route';
import { claimsCsv } from '../claim-csv';
import { checkFilterReferences, effectiveAsOf, filterClaims } from '../claim-filter';
import { parseQuery } from '../query-params';
import { ClaimFilterQuerySchema } from '../query-schemas';
import { createStatusBook } from '../status-book';

/** GET /api/v1/claims.csv: every claim matching the filters (no paging), one row per claim and source. */
export async function claimsCsvEndpoint(request: Request, context: ApiContext): Promise<Response> {
  const query = parseQuery(new URL(request.url).searchParams, ClaimFilterQuerySchema);
  if (!query.ok) return badRequest(query.params);
  const problems = checkFilterReferences(query.value, context);
  if (problems.length > 0) return badRequest(problems);
  const asOf = effectiveAsOf(query.value, context);
  const book = createStatusBook(context.dataset, asOf);
  const claims = filterClaims(context, query.value, book);
  return csvOk(request, claimsCsv(claims, context.dataset, book), `claims-atlas-claims-as-of-${asOf}.csv`);
}

/** `asOf` = the newest claim's day is the default: the same answer as without it. */
declareQueryDefaults(claimsCsvEndpoint, (context) => ({ asOf: context.latestDay }));
