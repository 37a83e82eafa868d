import { describe, expect, it } from 'vitest';
import { isDocumentKind, routeKind } from '@/lib/security/route-kind';

describe('routeKind', () => {
  it.each([
    ['/', 'page'],
    ['/about', 'page'],
    ['/does-not-exist', 'page'],
    ['/embed', 'embed'],
    ['/embed/', 'embed'],
    ['/embed/anything', 'embed'],
    ['/embedded', 'page'],
    ['/api', 'api'],
    ['/api/v1/claims', 'api'],
    ['/api/v1/claims.csv', 'api'],
    ['/api/oembed', 'api'],
    ['/apiary', 'page'],
    ['/_next/static/chunks/app.js', 'asset'],
    ['/_next/image', 'asset'],
    ['/basemap/labels.geojson', 'asset'],
    ['/fonts/noto-sans-kr-0-400-normal.woff2', 'asset'],
    ['/maplibre-gl-worker.mjs', 'asset'],
    ['/icon.svg', 'asset'],
    ['/favicon.ico', 'asset'],
    ['/embed.json', 'asset'],
  ] as const)('%s is %s', (pathname, kind) => {
    expect(routeKind(pathname)).toBe(kind);
  });

  it('counts only pages and the embed as HTML documents of the app', () => {
    expect(['page', 'embed', 'api', 'asset'].filter((kind) => isDocumentKind(kind as never))).toEqual(['page', 'embed']);
  });
});
