import { badRequest, jsonOk, MEDIA_TYPES, notFound } from '@/lib/api/api-response';
import { CACHE_CONTROL, COMMON_HEADERS } from '@/lib/api/cache-policy';
import { oembed, siteOrigin } from '@/lib/embed/oembed';

/** oEmbed for the map's links (docs/embed.md): JSON only; 400, 404 and 501 answer in the API's error shape. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const result = oembed(url.searchParams, siteOrigin(process.env.PUBLIC_ORIGIN, request.url));
  switch (result.status) {
    case 200:
      return jsonOk(request, result.body);
    case 400:
      return badRequest(result.params);
    case 404:
      return notFound(result.reason);
    case 501:
      return new Response(JSON.stringify({ error: { reason: result.reason } }), {
        status: 501,
        headers: { ...COMMON_HEADERS, 'Cache-Control': CACHE_CONTROL.clientError, 'Content-Type': MEDIA_TYPES.json },
      });
  }
}
