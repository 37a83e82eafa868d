import { badRequest, jsonOk } from '../api-response';
import type { ApiContext } from '../api-context';
import { newestFirst } from '../claim-order';
import { parseQuery } from '../query-params';
import { NoQuerySchema } from '../query-schemas';

/** GET /api/v1/sources: every source record, each with the ids of the claims citing it (newest first). */
export async function sourcesEndpoint(request: Request, context: ApiContext): Promise<Response> {
  const query = parseQuery(new URL(request.url).searchParams, NoQuerySchema);
  if (!query.ok) return badRequest(query.params);
  const newest = [...context.claims].sort(newestFirst);
  const data = [...context.dataset.sources.values()].map((source) => ({
    ...source,
    claims: newest.filter((claim) => claim.sources.includes(source.id)).map((claim) => claim.id),
  }));
  return jsonOk(request, { data });
}
