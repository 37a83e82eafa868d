import type { RouteKind } from './route-kind';

/** What every response's policy depends on, whatever its kind. */
interface PolicyContext {
  /** Whether the request reached us over https (then `upgrade-insecure-requests` on pages). */
  https: boolean;
  /** The origin of `BASEMAP_STYLE_URL` when a remote basemap is configured, else null. */
  basemapOrigin: string | null;
  /** The `frame-ancestors` sources of `/embed` (see frame-ancestors.ts). */
  embedAncestors: readonly string[];
}

/** What a response's Content-Security-Policy depends on: an HTML page carries its request's script nonce. */
export type CspInput = PolicyContext &
  ({ kind: Extract<RouteKind, 'page' | 'embed'>; nonce: string } | { kind: Extract<RouteKind, 'api' | 'asset'> });

/** A policy as data: directive name and its sources, in the order written. */
export type Directives = ReadonlyArray<readonly [string, readonly string[]]>;

function connectSources(context: PolicyContext): string[] {
  return context.basemapOrigin ? ["'self'", context.basemapOrigin] : ["'self'"];
}

/**
 * The policy of the app's HTML pages. Scripts: only those carrying this request's nonce (Next puts it on its own
 * scripts) and what they load ('strict-dynamic'); no 'unsafe-inline', no 'unsafe-eval'. Styles: our stylesheets and
 * nonce'd style elements; style attributes are allowed ('unsafe-inline' for style-src-attr only) because React
 * renders `style={...}` props into the server HTML, and an attribute cannot load or run anything under this img-src,
 * font-src and connect-src. Workers: MapLibre 6's module worker, served by the app (same-origin, so no blob:).
 */
function documentDirectives(context: PolicyContext, kind: 'page' | 'embed', nonce: string): Directives {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]],
    ['style-src', ["'self'", `'nonce-${nonce}'`]],
    ['style-src-attr', ["'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', connectSources(context)],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', kind === 'embed' ? context.embedAncestors : ["'none'"]],
    ...(context.https ? ([['upgrade-insecure-requests', []]] as const) : []),
  ];
}

/**
 * The policy of everything that is not a page (JSON, CSV, GeoJSON, fonts, scripts, the worker): nothing may load,
 * run or frame it, except that `connect-src` stays open to what the map's worker fetches, since a worker runs under
 * the policy its own script was served with.
 */
function resourceDirectives(context: PolicyContext): Directives {
  return [
    ['default-src', ["'none'"]],
    ['connect-src', connectSources(context)],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/** The directives for a response, as data. */
export function cspDirectives(input: CspInput): Directives {
  return input.kind === 'page' || input.kind === 'embed'
    ? documentDirectives(input, input.kind, input.nonce)
    : resourceDirectives(input);
}

/** Writes directives as a header value: `name source source; name source`. */
export function serializeCsp(directives: Directives): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The Content-Security-Policy header value for a response. */
export function contentSecurityPolicy(input: CspInput): string {
  return serializeCsp(cspDirectives(input));
}

/**
 * The origin of `BASEMAP_STYLE_URL` (`https://tiles.example`), or null when it is unset or not an absolute http(s)
 * URL: a value that is not a URL must never put text of its own into the policy.
 */
export function basemapOrigin(styleUrl: string | undefined): string | null {
  if (!styleUrl) return null;
  try {
    const url = new URL(styleUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}
