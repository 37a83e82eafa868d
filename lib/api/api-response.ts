import { CACHE_CONTROL, COMMON_HEADERS } from './cache-policy';
import { ifNoneMatchMatches, strongEtag } from './etag';
import type { ParamError } from './query-params';

/** Media types the API answers with. */
export const MEDIA_TYPES = {
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
} as const;

/** Extra headers for a successful body, e.g. a CSV's Content-Disposition. */
export type ExtraHeaders = Readonly<Record<string, string>>;

/**
 * A 200 with a strong ETag and the shared-cache policy, or a 304 with no body when the request's `If-None-Match`
 * already holds that ETag.
 */
export async function okResponse(request: Request, body: string, contentType: string, extra: ExtraHeaders = {}): Promise<Response> {
  const etag = await strongEtag(body);
  const headers = { ...COMMON_HEADERS, 'Cache-Control': CACHE_CONTROL.ok, ETag: etag };
  if (ifNoneMatchMatches(request.headers.get('If-None-Match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers: { ...headers, ...extra, 'Content-Type': contentType } });
}

/** A 200 JSON body (304 when unchanged). */
export function jsonOk(request: Request, payload: unknown): Promise<Response> {
  return okResponse(request, JSON.stringify(payload), MEDIA_TYPES.json);
}

/** A 200 GeoJSON body, `application/geo+json` (304 when unchanged). */
export function geoJsonOk(request: Request, payload: unknown): Promise<Response> {
  return okResponse(request, JSON.stringify(payload), MEDIA_TYPES.geojson);
}

/** A 200 CSV download named `filename` (304 when unchanged). */
export function csvOk(request: Request, csv: string, filename: string): Promise<Response> {
  return okResponse(request, csv, MEDIA_TYPES.csv, { 'Content-Disposition': `attachment; filename="${filename}"` });
}

function errorResponse(status: number, error: Record<string, unknown>, cacheControl: string): Response {
  return new Response(JSON.stringify({ error }), {
    status,
    headers: { ...COMMON_HEADERS, 'Cache-Control': cacheControl, 'Content-Type': MEDIA_TYPES.json },
  });
}

/** 400: `{ "error": { "params": [{ "name", "reason" }] } }`, naming every bad parameter. */
export function badRequest(params: readonly ParamError[]): Response {
  return errorResponse(400, { params }, CACHE_CONTROL.clientError);
}

/** 404: `{ "error": { "reason" } }` for an id that names nothing. */
export function notFound(reason: string): Response {
  return errorResponse(404, { reason }, CACHE_CONTROL.clientError);
}

/** 503: the server could not load its dataset (a deployment problem, not the client's); never cached. */
export function unavailable(): Response {
  return errorResponse(503, { reason: 'the claims dataset could not be loaded; try again later' }, CACHE_CONTROL.unavailable);
}
