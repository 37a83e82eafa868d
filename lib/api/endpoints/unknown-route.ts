import { notFound } from '../api-response';

/** Any other path under /api: a JSON 404 saying where the routes are listed, rather than the app's HTML error page. */
export async function unknownRouteEndpoint(): Promise<Response> {
  return notFound('no API route at this path (the routes are listed in docs/api.md)');
}
