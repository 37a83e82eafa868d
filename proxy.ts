import { NextResponse, type NextRequest } from 'next/server';
import { LANG_HEADER, THEME_HEADER } from '@/lib/i18n/locale-headers';
import { negotiateLang } from '@/lib/i18n/negotiate';
import { NONCE_HEADER } from '@/lib/security/nonce-header';
import { createNonce, requestIsHttps, securityHeaders } from '@/lib/security/security-headers';
import { parseUrlState } from '@/lib/url-state';

/**
 * Runs before page requests and the app's top-level files (see the matcher). Each response gets the security headers
 * of its kind (lib/security, SECURITY.md).
 * An HTML page also gets a fresh script nonce, handed to Next through the request's Content-Security-Policy header
 * (Next puts it on the scripts it renders), and its UI language (`?lang=`, else Accept-Language) and theme
 * (`?theme=`), resolved once for the root layout's `<html lang data-theme>` through request headers of our own naming.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const https = requestIsHttps(request.url, request.headers.get('x-forwarded-proto'));
  const security = securityHeaders(
    { pathname, https, nonce: createNonce() },
    { basemapStyleUrl: process.env.BASEMAP_STYLE_URL, embedFrameAncestors: process.env.EMBED_FRAME_ANCESTORS },
  );
  const headers = new Headers(request.headers);
  for (const own of [NONCE_HEADER, LANG_HEADER, THEME_HEADER]) headers.delete(own);
  headers.set('content-security-policy', security.contentSecurityPolicy);
  if (security.nonce !== null) {
    const { state } = parseUrlState(request.nextUrl.searchParams);
    headers.set(LANG_HEADER, state.lang ?? negotiateLang(request.headers.get('accept-language')));
    headers.set(THEME_HEADER, state.theme);
    headers.set(NONCE_HEADER, security.nonce);
  }
  const response = NextResponse.next({ request: { headers } });
  for (const [name, value] of Object.entries(security.headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages, /embed and the app's top-level files (the map's worker, whose policy follows BASEMAP_STYLE_URL; icons).
  // The API and the files under /_next, /basemap and /fonts get their fixed headers from next.config.js instead:
  // running this for every API request halves the API's throughput under load.
  matcher: '/((?!api/|_next/|basemap/|fonts/).*)',
};
