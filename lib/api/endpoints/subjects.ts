import { badRequest, geoJsonOk, jsonOk } from '../api-response';
import type { ApiContext } from '../api-context';
import { effectiveAsOf } from '../claim-filter';
import { deploymentFeatures } from '../deployment-features';
import { movementFeatures } from '../movement-features';
import { parseQuery } from '../query-params';
import { AsOfQuerySchema } from '../query-schemas';
import { createStatusBook, type StatusBook } from '../status-book';
import {
  SubjectsQuerySchema,
  checkSubjectsQuery,
  narrowCollection,
  narrowSubjects,
  narrowsSubjects,
  type SubjectsQuery,
} from '../subject-narrowing';
import { eventViews } from '../subject-views';

function bookFor(request: Request, context: ApiContext): StatusBook | Response {
  const query = parseQuery(new URL(request.url).searchParams, AsOfQuerySchema);
  if (!query.ok) return badRequest(query.params);
  return createStatusBook(context.dataset, effectiveAsOf(query.value, context));
}

/** The map's query (`asOf`, the feed's filters, `lens`), checked, with its status book. */
function narrowingFor(request: Request, context: ApiContext): { query: SubjectsQuery; book: StatusBook } | Response {
  const query = parseQuery(new URL(request.url).searchParams, SubjectsQuerySchema);
  if (!query.ok) return badRequest(query.params);
  const problems = checkSubjectsQuery(query.value, context);
  if (problems.length > 0) return badRequest(problems);
  return { query: query.value, book: createStatusBook(context.dataset, effectiveAsOf(query.value, context)) };
}

/**
 * GET /api/v1/movements: a GeoJSON FeatureCollection of the movements claimed by `asOf`, as lines along their paths;
 * narrowed by the feed's filters and a lens (lib/api/subject-narrowing.ts).
 */
export async function movementsEndpoint(request: Request, context: ApiContext): Promise<Response> {
  const parsed = narrowingFor(request, context);
  if (parsed instanceof Response) return parsed;
  const { query, book } = parsed;
  const all = movementFeatures(context.dataset, book);
  if (!narrowsSubjects(query)) return geoJsonOk(request, all);
  const narrowing = narrowSubjects(query, context, book, all.features.map((feature) => feature.properties.id));
  return geoJsonOk(request, narrowCollection(all, narrowing));
}

/**
 * GET /api/v1/deployments: a GeoJSON FeatureCollection of the deployments claimed by `asOf`, a point per region;
 * narrowed like the movements.
 */
export async function deploymentsEndpoint(request: Request, context: ApiContext): Promise<Response> {
  const parsed = narrowingFor(request, context);
  if (parsed instanceof Response) return parsed;
  const { query, book } = parsed;
  const all = deploymentFeatures(context.dataset, context.regions, book);
  if (!narrowsSubjects(query)) return geoJsonOk(request, all);
  const narrowing = narrowSubjects(query, context, book, new Set(all.features.map((feature) => feature.properties.id)));
  return geoJsonOk(request, narrowCollection(all, narrowing));
}

/** GET /api/v1/events: the events claimed by `asOf`, with place, status and claims. */
export async function eventsEndpoint(request: Request, context: ApiContext): Promise<Response> {
  const book = bookFor(request, context);
  if (book instanceof Response) return book;
  return jsonOk(request, { data: eventViews(context.dataset, book), asOf: book.asOf });
}
