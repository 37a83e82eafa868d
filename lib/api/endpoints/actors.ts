import { actorFeatures } from '../actor-features';
import { actorDetail, actorList } from '../actor-view';
import { badRequest, geoJsonOk, jsonOk, notFound } from '../api-response';
import type { ApiContext } from '../api-context';
import { parseQuery } from '../query-params';
import { NoQuerySchema } from '../query-schemas';

/** GET /api/v1/actors: every actor with its party and claim count. */
export async function actorsEndpoint(request: Request, context: ApiContext): Promise<Response> {
  const query = parseQuery(new URL(request.url).searchParams, NoQuerySchema);
  if (!query.ok) return badRequest(query.params);
  return jsonOk(request, { data: actorList(context.claims, context.dataset) });
}

/** GET /api/v1/actors.geojson: the actors' homes as a GeoJSON FeatureCollection, one point per home place. */
export async function actorFeaturesEndpoint(request: Request, context: ApiContext): Promise<Response> {
  const query = parseQuery(new URL(request.url).searchParams, NoQuerySchema);
  if (!query.ok) return badRequest(query.params);
  return geoJsonOk(request, actorFeatures(context.claims, context.dataset));
}

/** GET /api/v1/actors/{id}: one actor with its parents, children and claims. */
export async function actorEndpoint(request: Request, context: ApiContext, { id }: { id: string }): Promise<Response> {
  const query = parseQuery(new URL(request.url).searchParams, NoQuerySchema);
  if (!query.ok) return badRequest(query.params);
  const actor = context.dataset.actors.get(id);
  if (actor === undefined) return notFound('no actor has this id');
  return jsonOk(request, { data: actorDetail(actor, context.claims, context.dataset) });
}
