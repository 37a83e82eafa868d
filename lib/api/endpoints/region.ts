import { badRequest, jsonOk, notFound } from '../api-response';
import type { ApiContext } from '../api-context';
import { declareQueryDefaults } from '../api-route';
import { effectiveAsOf } from '../claim-filter';
import { parseQuery } from '../query-params';
import { AsOfQuerySchema } from '../query-schemas';
import { regionDossier } from '../region-dossier';
import { createStatusBook } from '../status-book';

/** GET /api/v1/regions/{id}: the dossier of a country or province of the map, as of `asOf`. */
export async function regionEndpoint(request: Request, context: ApiContext, { id }: { id: string }): Promise<Response> {
  const query = parseQuery(new URL(request.url).searchParams, AsOfQuerySchema);
  if (!query.ok) return badRequest(query.params);
  const region = context.regions.get(id);
  if (region === undefined) return notFound('no region of the map has this id (ISO 3166-1 alpha-3 or ISO 3166-2, e.g. RU-KRS)');
  const book = createStatusBook(context.dataset, effectiveAsOf(query.value, context));
  return jsonOk(request, { data: regionDossier(region, context, book) });
}

/** `asOf` = the newest claim's day is the default: the same answer as without it. */
declareQueryDefaults(regionEndpoint, (context) => ({ asOf: context.latestDay }));
