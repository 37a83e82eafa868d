import type { ApiContext } from './api-context';
import { answerWith, okBodyOf, unavailable } from './api-response';
import { cacheKey, type QueryDefaults } from './response-cache';

/** An endpoint: the request, the API's context and the route's params in, a response out. */
export type Endpoint<P> = (request: Request, context: ApiContext, params: P) => Promise<Response>;

/** The default values each endpoint's parameters may be given with (see {@link declareQueryDefaults}). */
const queryDefaults = new WeakMap<Endpoint<never>, (context: ApiContext) => QueryDefaults>();

/**
 * Declares the parameter values an endpoint treats exactly as the parameter's absence (e.g. `limit=50`), so the
 * response cache answers both from one entry. Only for parameters the endpoint takes: another route would answer the
 * same parameter with a 400, so nothing is dropped for endpoints that declare nothing.
 */
export function declareQueryDefaults<P>(endpoint: Endpoint<P>, defaults: (context: ApiContext) => QueryDefaults): void {
  queryDefaults.set(endpoint as Endpoint<never>, defaults);
}

/**
 * Wires an endpoint into a route handler: awaits the route's params (a Promise since Next 15) and the API context.
 * The context is loaded once per server; if it cannot be (a broken deployment), the answer is a 503 in JSON, never
 * an HTML error page. The endpoint itself answers every input with a 200, 304, 400 or 404.
 *
 * Successful bodies are kept in the context's response cache (lib/api/response-cache.ts) under the request's path and
 * normalised query: the dataset never changes while the server runs, so a repeated query is answered from memory,
 * with the same bytes, ETag and headers, and a 304 when `If-None-Match` holds the ETag.
 */
export function apiRoute<P>(loadContext: () => Promise<ApiContext>, endpoint: Endpoint<P>) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    let context: ApiContext;
    try {
      context = await loadContext();
    } catch (error) {
      console.error('claims API: the dataset could not be loaded:', error);
      return unavailable();
    }
    const params = await route.params;
    return cachedAnswer(request, context, endpoint, params);
  };
}

/** The endpoint's answer to `request`, from the context's response cache when it holds one for the same query. */
export async function cachedAnswer<P>(request: Request, context: ApiContext, endpoint: Endpoint<P>, params: P): Promise<Response> {
  const defaults = queryDefaults.get(endpoint as Endpoint<never>)?.(context) ?? {};
  const key = cacheKey(new URL(request.url), defaults);
  let computed: Response | undefined;
  const ok = await context.responses.getOrCompute(key, async () => {
    // Computed without the client's conditional headers, so the cache keeps the full body whatever this client holds.
    computed = await endpoint(new Request(request.url), context, params);
    return okBodyOf(computed) ?? null;
  });
  if (ok !== null) return answerWith(request, ok);
  return computed ?? endpoint(request, context, params);
}
