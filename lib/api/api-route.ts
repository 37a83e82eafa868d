import type { ApiContext } from './api-context';
import { unavailable } from './api-response';

/** An endpoint: the request, the API's context and the route's params in, a response out. */
export type Endpoint<P> = (request: Request, context: ApiContext, params: P) => Promise<Response>;

/**
 * Wires an endpoint into a route handler: awaits the route's params (a Promise since Next 15) and the API context.
 * The context is loaded once per server; if it cannot be (a broken deployment), the answer is a 503 in JSON, never
 * an HTML error page. The endpoint itself answers every input with a 200, 304, 400 or 404.
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
    return endpoint(request, context, await route.params);
  };
}
