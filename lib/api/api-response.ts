import { CACHE_CONTROL, COMMON_HEADERS } from './cache-policy';
import { ifNoneMatchMatches, strongEtag } from './etag';
import type { ParamError } from './query-params';
import type { OkBody } from './response-cache';

/** Media types the API answers with. */
export const MEDIA_TYPES = {
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
} as const;

/** Extra headers for a successful body, e.g. a CSV's Content-Disposition. */
export type ExtraHeaders = Readonly<Record<string, string>>;

/** The successful bodies this module answered with, so the response cache can keep them (see api-route.ts). */
const okBodies = new WeakMap<Response, OkBody>();

/** The body behind a 200 that {@link okResponse} built; undefined for any other response. */
export function okBodyOf(response: Response): OkBody | undefined {
  return okBodies.get(response);
}

/**
 * The answer to `request` with a known body: a 200 with its strong ETag and the shared-cache policy, or a 304 with
 * no body when the request's `If-None-Match` already holds that ETag. Cached and fresh answers both come from here,
 * so they are byte for byte the same.
 */
export function answerWith(request: Request, ok: OkBody): Response {
  const headers = { ...COMMON_HEADERS, 'Cache-Control': CACHE_CONTROL.ok, ETag: ok.etag };
  if (ifNoneMatchMatches(request.headers.get('If-None-Match'), ok.etag)) {
    return new Response(null, { status: 304, headers });
  }
  const response = new Response(ok.body, { status: 200, headers: { ...headers, ...ok.extra, 'Content-Type': ok.contentType } });
  okBodies.set(response, ok);
  return response;
}

/**
 * A 200 with a strong ETag and the shared-cache policy, or a 304 with no body when the request's `If-None-Match`
 * already holds that ETag.
 */
export async function okResponse(request: Request, body: string, contentType: string, extra: ExtraHeaders = {}): Promise<Response> {
  return answerWith(request, { body, etag: await strongEtag(body), contentType, extra });
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
