import { expect, test } from '@playwright/test';
import { APP_ORIGIN } from './fixtures/embed-host/origins';

/** oEmbed over HTTP against the built app (the spec, field by field, is checked in tests/unit/embed/oembed.test.ts). */

const JSON_TYPE = 'application/json; charset=utf-8';
const oembed = (query: Record<string, string>) => `/api/oembed?${new URLSearchParams(query).toString()}`;

test('answers a link to the map with a rich oEmbed response', async ({ request }) => {
  const response = await request.get(oembed({ url: `${APP_ORIGIN}/?region=RU-KRS`, format: 'json' }));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe(JSON_TYPE);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    version: '1.0',
    type: 'rich',
    provider_name: 'Claims Atlas',
    provider_url: `${APP_ORIGIN}/`,
    width: 800,
    height: 600,
  });
  expect(typeof body.cache_age).toBe('number');
  expect(body.html).toContain(`src="${APP_ORIGIN}/embed?region=RU-KRS"`);
  expect(body.html).toContain('loading="lazy"');

  const small = (await (await request.get(oembed({ url: `${APP_ORIGIN}/embed`, maxwidth: '320', maxheight: '240' }))).json()) as {
    width: number;
    height: number;
  };
  expect(small.width).toBeLessThanOrEqual(320);
  expect(small.height).toBeLessThanOrEqual(240);
});

test('answers 404 for another site, 501 for XML and 400 naming a bad parameter', async ({ request }) => {
  const other = await request.get(oembed({ url: 'https://example.com/embed' }));
  expect(other.status()).toBe(404);
  expect(other.headers()['content-type']).toBe(JSON_TYPE);
  expect(((await other.json()) as { error: { reason: string } }).error.reason).toContain('not a map page of this site');

  expect((await request.get(oembed({ url: `${APP_ORIGIN}/`, format: 'xml' }))).status()).toBe(501);

  const bad = await request.get(oembed({ url: `${APP_ORIGIN}/`, maxwidth: 'wide' }));
  expect(bad.status()).toBe(400);
  const { error } = (await bad.json()) as { error: { params: { name: string; reason: string }[] } };
  expect(error.params.map((param) => param.name)).toEqual(['maxwidth']);
  expect((await request.get('/api/oembed')).status()).toBe(400);
});

test('the main page and the embed point oEmbed consumers at the endpoint', async ({ request }) => {
  for (const [path, normalised] of [
    ['/?region=RU-KRS&q=', `${APP_ORIGIN}/?region=RU-KRS`],
    ['/embed?region=RU-KRS&feed=on', `${APP_ORIGIN}/embed?region=RU-KRS&feed=on`],
  ] as const) {
    const html = await (await request.get(path)).text();
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
    expect(link, `${path} has an oEmbed discovery link`).not.toBeNull();
    const href = (link?.[1] ?? '').replace(/&amp;/g, '&');
    expect(new URL(href).searchParams.get('url')).toBe(normalised);
    const answer = await request.get(href);
    expect(answer.status()).toBe(200);
    expect(((await answer.json()) as { type: string }).type).toBe('rich');
  }
});
