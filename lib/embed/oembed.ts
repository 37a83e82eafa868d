import { z } from 'zod';
import type { ParamError } from '@/lib/api/query-params';
import { parseUrlState } from '@/lib/url-state';
import { embedUrl } from './embed-link';
import { parseEmbedOptions } from './embed-options';
import { iframeHtml } from './snippet';

/**
 * oEmbed (https://oembed.com/) for the map: a consumer (a CMS, a chat app) gives a link to the map or to `/embed` and
 * gets back the iframe that embeds it. Pure: the route (app/api/oembed/route.ts) passes the query and the site's
 * origin and writes the answer.
 */

export const PROVIDER_NAME = 'Claims Atlas';
/** Seconds a consumer may cache the answer: the data changes only when the site is deployed (as the API's s-maxage). */
export const CACHE_AGE = 3600;
/** The size the embed is offered at when the consumer sets no bounds. */
export const DEFAULT_SIZE = { width: 800, height: 600 } as const;
/** Below this height the map and its title bar no longer fit; a smaller maxheight is still obeyed. */
const PREFERRED_MIN_HEIGHT = 320;

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
}

export type OEmbedResult =
  | { status: 200; body: OEmbedRich }
  | { status: 400; params: ParamError[] }
  | { status: 404; reason: string }
  | { status: 501; reason: string };

const PositiveInt = z
  .string()
  .regex(/^\d{1,6}$/, 'must be a whole number of pixels, at least 1')
  .transform(Number)
  .refine((n) => n >= 1, 'must be a whole number of pixels, at least 1');

const QUERY = {
  url: z.string().min(1, 'must be the address of a map page of this site').max(4000, 'is too long (4000 characters at most)'),
  maxwidth: PositiveInt.optional(),
  maxheight: PositiveInt.optional(),
  format: z.enum(['json', 'xml'], 'must be json (xml is not implemented)').optional(),
};

/**
 * The site's public origin: `PUBLIC_ORIGIN` when it is an http(s) origin, else the request's own. Behind a proxy the
 * request's origin may be an internal one, hence the setting.
 */
export function siteOrigin(publicOrigin: string | undefined, requestUrl: string): string {
  if (publicOrigin) {
    try {
      const url = new URL(publicOrigin);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
    } catch {
      // not a URL: the request's origin
    }
  }
  return new URL(requestUrl).origin;
}

/** The map pages a link may name: the main map and the embed. */
const MAP_PATHS = new Set(['/', '/embed', '/embed/']);

/** The oEmbed answer for a query string, on `origin`. Unknown parameters are ignored (consumers add their own). */
export function oembed(search: URLSearchParams, origin: string): OEmbedResult {
  const params: ParamError[] = [];
  const values: Record<string, string> = {};
  for (const name of Object.keys(QUERY)) {
    const given = search.getAll(name);
    if (given.length > 1) params.push({ name, reason: `given ${given.length} times: give it once` });
    else if (given[0] !== undefined) values[name] = given[0];
  }
  if (values.url === undefined && !params.some((p) => p.name === 'url')) params.push({ name: 'url', reason: 'is required' });
  const parsed = z.object(QUERY).partial({ url: true }).safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) params.push({ name: String(issue.path[0] ?? ''), reason: issue.message });
  }
  let link: URL | null = null;
  if (parsed.success && parsed.data.url !== undefined) {
    try {
      link = new URL(parsed.data.url);
    } catch {
      link = null;
    }
    if (!link || (link.protocol !== 'https:' && link.protocol !== 'http:')) {
      params.push({ name: 'url', reason: 'must be an absolute http(s) URL' });
    }
  }
  if (params.length > 0 || !parsed.success || !link) return { status: 400, params };
  const { maxwidth, maxheight, format } = parsed.data;
  if (format === 'xml') return { status: 501, reason: 'format=xml is not implemented: ask for format=json' };
  if (link.origin !== origin || !MAP_PATHS.has(link.pathname)) {
    return { status: 404, reason: `not a map page of this site: only ${origin}/ and ${origin}/embed have an embed` };
  }

  const { state } = parseUrlState(link.searchParams);
  const { options } = parseEmbedOptions(link.searchParams);
  const width = Math.min(DEFAULT_SIZE.width, maxwidth ?? Infinity);
  const preferred = Math.max(PREFERRED_MIN_HEIGHT, Math.min(DEFAULT_SIZE.height, Math.round(width * 0.75)));
  const height = Math.min(preferred, maxheight ?? Infinity);
  const title = `${PROVIDER_NAME}: a map of claims and their sources`;
  return {
    status: 200,
    body: {
      version: '1.0',
      type: 'rich',
      title,
      provider_name: PROVIDER_NAME,
      provider_url: `${origin}/`,
      cache_age: CACHE_AGE,
      html: iframeHtml({ src: embedUrl(origin, state, options), title, width, height }),
      width,
      height,
    },
  };
}

/** The oEmbed endpoint's address for a page (the discovery link's `href`). */
export function oembedDiscoveryUrl(origin: string, pageUrl: string): string {
  return `${origin}/api/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' }).toString()}`;
}
