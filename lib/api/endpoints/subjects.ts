import { badRequest, geoJsonOk, jsonOk } from '../api-response';
import type { ApiContext } from '../api-context';
import { effectiveAsOf } from '../claim-filter';
import { deploymentFeatures } from '../deployment-features';
import { movementFeatures } from '../movement-features';
import { parseQuery } from '../query-params';
import { AsOfQuerySchema } from '../query-schemas';
import { createStatusBook, type StatusBook } from '../status-book';
import { eventViews } from '../subject-views';

function bookFor(request: Request, context: ApiContext): StatusBook | Response {
  const query = parseQuery(new URL(request.url).searchParams, AsOfQuerySchema);
  if (!query.ok) return badRequest(query.params);
  return createStatusBook(context.dataset, effectiveAsOf(query.value, context));
}

/** GET /api/v1/movements: a GeoJSON FeatureCollection of the movements claimed by `asOf`, as lines along their paths. */
export async function movementsEndpoint(request: Request, context: ApiContext): Promise<Response> {
  const book = bookFor(request, context);
  if (book instanceof Response) return book;
  return geoJsonOk(request, movementFeatures(context.dataset, book));
}

/** GET /api/v1/deployments: a GeoJSON FeatureCollection of the deployments claimed by `asOf`, a point per region. */
export async function deploymentsEndpoint(request: Request, context: ApiContext): Promise<Response> {
  const book = bookFor(request, context);
  if (book instanceof Response) return book;
  return geoJsonOk(request, deploymentFeatures(context.dataset, context.regions, book));
}

/** GET /api/v1/events: the events claimed by `asOf`, with place, status and claims. */
export async function eventsEndpoint(request: Request, context: ApiContext): Promise<Response> {
  const book = bookFor(request, context);
  if (book instanceof Response) return book;
  return jsonOk(request, { data: eventViews(context.dataset, book), asOf: book.asOf });
}
