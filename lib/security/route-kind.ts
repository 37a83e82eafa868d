/**
 * What a request path serves, for choosing its headers: an HTML page of the app, the embeddable page (`/embed`,
 * which other sites may frame), the JSON API, or a file (Next's bundles, the basemap, fonts, the map's worker, icons).
 */
export type RouteKind = 'page' | 'embed' | 'api' | 'asset';

/** Whether `pathname` is `prefix` itself or lies under it. */
function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/**
 * The kind of a request path. A path whose last segment has a dot (`/basemap/labels.geojson`, `/favicon.ico`) is a
 * file: the app's pages have no dots in their paths. Anything else is a page, unknown paths included (their 404 is
 * an HTML page of the app).
 */
export function routeKind(pathname: string): RouteKind {
  if (isUnder(pathname, '/api')) return 'api';
  if (isUnder(pathname, '/embed')) return 'embed';
  if (isUnder(pathname, '/_next')) return 'asset';
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last.includes('.') ? 'asset' : 'page';
}

/** Whether responses of this kind are HTML documents of the app, which get a per-request script nonce. */
export function isDocumentKind(kind: RouteKind): kind is 'page' | 'embed' {
  return kind === 'page' || kind === 'embed';
}
