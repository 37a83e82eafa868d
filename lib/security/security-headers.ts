import { basemapOrigin, contentSecurityPolicy } from './content-security-policy';
import { embedFrameAncestors } from './frame-ancestors';
import { isDocumentKind, routeKind } from './route-kind';

/** The deployment's settings the headers read (from the environment, at request time). */
export interface SecuritySettings {
  /** `BASEMAP_STYLE_URL`: its origin joins connect-src. */
  basemapStyleUrl: string | undefined;
  /** `EMBED_FRAME_ANCESTORS`: who may frame `/embed`. */
  embedFrameAncestors: string | undefined;
}

/** One request, as far as its headers depend on it. */
export interface SecurityRequest {
  pathname: string;
  /** Whether it reached us over https (see requestIsHttps). */
  https: boolean;
  /** A fresh nonce for this request; used only when the path is an HTML page. */
  nonce: string;
}

/** Browser features the app never uses, switched off for it and for anything it might ever frame. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

/** HSTS for a year, for this host only: subdomains may belong to other services of whoever deploys the app. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** A response's security headers, its policy alone (Next reads it from the request), and its nonce (pages only). */
export interface SecurityHeaders {
  headers: Record<string, string>;
  contentSecurityPolicy: string;
  nonce: string | null;
}

/** Every security header of a response, by its path's kind (route-kind.ts), the request and the settings. */
export function securityHeaders(request: SecurityRequest, settings: SecuritySettings): SecurityHeaders {
  const kind = routeKind(request.pathname);
  const context = {
    https: request.https,
    basemapOrigin: basemapOrigin(settings.basemapStyleUrl),
    embedAncestors: embedFrameAncestors(settings.embedFrameAncestors),
  };
  const nonce = isDocumentKind(kind) ? request.nonce : null;
  const csp = isDocumentKind(kind)
    ? contentSecurityPolicy({ ...context, kind, nonce: request.nonce })
    : contentSecurityPolicy({ ...context, kind });
  const headers: Record<string, string> = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
  // For browsers without CSP frame-ancestors; /embed sets none, since X-Frame-Options cannot list origins.
  if (kind !== 'embed') headers['X-Frame-Options'] = 'DENY';
  if (request.https) headers['Strict-Transport-Security'] = STRICT_TRANSPORT_SECURITY;
  return { headers, contentSecurityPolicy: csp, nonce };
}

/**
 * Whether a request reached the app over https: its URL says so, or the first proxy in front of it does
 * (`X-Forwarded-Proto: https`, the left-most value when several proxies appended theirs). A client on plain http
 * that forges the header only gets an HSTS header, which browsers ignore over http.
 */
export function requestIsHttps(url: string, forwardedProto: string | null): boolean {
  const first = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  return first === 'https' || url.toLowerCase().startsWith('https:');
}

/** A fresh, unguessable script nonce: 128 random bits in base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
