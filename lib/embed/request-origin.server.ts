import 'server-only';
import { headers } from 'next/headers';
import { siteOrigin } from './oembed';

/**
 * This site's public origin for absolute links in a page (the oEmbed discovery link): `PUBLIC_ORIGIN` when set, else
 * the request's Host (and `X-Forwarded-Proto: https` from a proxy in front). Set PUBLIC_ORIGIN in production: a Host
 * header is the client's word.
 */
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  const https = list.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
  const host = list.get('host') ?? '';
  let fallback = 'http://localhost';
  try {
    const url = new URL(`${https ? 'https' : 'http'}://${host}/`);
    if (url.host === host.toLowerCase() && url.pathname === '/') fallback = url.origin;
  } catch {
    // a Host that is not a host name: localhost
  }
  return siteOrigin(process.env.PUBLIC_ORIGIN, fallback);
}
