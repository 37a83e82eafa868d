import { badRequest, jsonOk } from '../api-response';
import type { ApiContext } from '../api-context';
import { declareQueryDefaults } from '../api-route';
import { checkFilterReferences } from '../claim-filter';
import { claimsPage } from '../claims-page';
import { parseQuery } from '../query-params';
import { ClaimsQuerySchema, DEFAULT_LIMIT } from '../query-schemas';

/** GET /api/v1/claims: filtered claims, newest first, a page at a time, each with its references embedded. */
export async function claimsEndpoint(request: Request, context: ApiContext): Promise<Response> {
  const query = parseQuery(new URL(request.url).searchParams, ClaimsQuerySchema);
  if (!query.ok) return badRequest(query.params);
  const problems = checkFilterReferences(query.value, context);
  if (problems.length > 0) return badRequest(problems);
  return jsonOk(request, claimsPage(context, query.value));
}

/** `limit=50` and `asOf` = the newest claim's day are the defaults: the same answer as without them. */
declareQueryDefaults(claimsEndpoint, (context) => ({ limit: String(DEFAULT_LIMIT), asOf: context.latestDay }));
