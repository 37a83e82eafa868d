import { NextResponse, type NextRequest } from 'next/server';
import { LANG_HEADER, THEME_HEADER } from '@/lib/i18n/locale-headers';
import { negotiateLang } from '@/lib/i18n/negotiate';
import { parseUrlState } from '@/lib/url-state';

/**
 * Resolves each page request's UI language (`?lang=`, else Accept-Language) and theme (`?theme=`) once, for the root
 * layout's `<html lang data-theme>` and the page, through request headers of our own naming.
 */
export function proxy(request: NextRequest) {
  const { state } = parseUrlState(request.nextUrl.searchParams);
  const headers = new Headers(request.headers);
  headers.set(LANG_HEADER, state.lang ?? negotiateLang(request.headers.get('accept-language')));
  headers.set(THEME_HEADER, state.theme);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the API, Next's assets, or the generated basemap, fonts and worker.
  matcher: ['/((?!api/|_next/|basemap/|fonts/|maplibre-gl-worker\\.mjs|favicon\\.ico).*)'],
};
