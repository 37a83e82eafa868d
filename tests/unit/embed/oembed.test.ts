import { describe, expect, it } from 'vitest';
import { CACHE_AGE, oembed, oembedDiscoveryUrl, siteOrigin, type OEmbedRich } from '@/lib/embed/oembed';

const ORIGIN = 'https://atlas.example';
const ask = (query: Record<string, string>) => oembed(new URLSearchParams(query), ORIGIN);

function ok(query: Record<string, string>): OEmbedRich {
  const result = ask(query);
  if (result.status !== 200) throw new Error(`expected 200, got ${JSON.stringify(result)}`);
  return result.body;
}

describe('oembed: a rich response, field by field (oembed.com, section 2.3.4)', () => {
  const body = ok({ url: `${ORIGIN}/?region=RU-KRS`, format: 'json' });

  it('has version 1.0 and type rich', () => {
    expect(body.version).toBe('1.0');
    expect(body.type).toBe('rich');
  });

  it('names the provider, its URL and a cache age', () => {
    expect(body.provider_name).toBe('Claims Atlas');
    expect(body.provider_url).toBe(`${ORIGIN}/`);
    expect(body.cache_age).toBe(CACHE_AGE);
    expect(typeof body.title).toBe('string');
  });

  it('has html (an iframe of /embed in the same state) with the width and height it declares', () => {
    expect(body.width).toBe(800);
    expect(body.height).toBe(600);
    expect(body.html).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(body.html).toContain(`src="${ORIGIN}/embed?region=RU-KRS"`);
    expect(body.html).toContain('width="800"');
    expect(body.html).toContain('height="600"');
    expect(body.html).toContain('loading="lazy"');
    expect(body.html).toMatch(/title="[^"]+"/);
  });

  it('has no field the spec does not define for this type', () => {
    expect(Object.keys(body).sort()).toEqual(
      ['cache_age', 'height', 'html', 'provider_name', 'provider_url', 'title', 'type', 'version', 'width'].sort(),
    );
  });
});

describe('oembed: maxwidth and maxheight', () => {
  it('never exceeds them', () => {
    for (const [maxwidth, maxheight] of [[400, 1000], [1000, 200], [300, 150], [1, 1], [799, 599]] as const) {
      const body = ok({ url: `${ORIGIN}/`, maxwidth: String(maxwidth), maxheight: String(maxheight) });
      expect(body.width).toBeLessThanOrEqual(maxwidth);
      expect(body.height).toBeLessThanOrEqual(maxheight);
      expect(body.html).toContain(`width="${body.width}"`);
      expect(body.html).toContain(`height="${body.height}"`);
    }
  });

  it('uses the whole width allowed up to the default', () => {
    expect(ok({ url: `${ORIGIN}/`, maxwidth: '640' }).width).toBe(640);
    expect(ok({ url: `${ORIGIN}/`, maxwidth: '2000' }).width).toBe(800);
  });
});

describe('oembed: which links', () => {
  it('takes an /embed link with its options and normalises it', () => {
    const body = ok({ url: `${ORIGIN}/embed?feed=on&legend=nope&id=m1&region=RU-PRI` });
    expect(body.html).toContain(`src="${ORIGIN}/embed?region=RU-PRI&amp;feed=on&amp;id=m1"`);
  });

  it('answers 404 for another site, another scheme or port, or another page', () => {
    for (const url of ['https://evil.example/', 'http://atlas.example/', 'https://atlas.example:8443/', `${ORIGIN}/api/v1/claims`, `${ORIGIN}/about`]) {
      expect(ask({ url }).status).toBe(404);
    }
  });

  it('answers 501 for format=xml', () => {
    expect(ask({ url: `${ORIGIN}/`, format: 'xml' }).status).toBe(501);
  });

  it.each([
    ['no url', {}, 'url'],
    ['a relative url', { url: '/embed' }, 'url'],
    ['a javascript: url', { url: 'javascript:alert(1)' }, 'url'],
    ['maxwidth 0', { url: `${ORIGIN}/`, maxwidth: '0' }, 'maxwidth'],
    ['maxwidth -5', { url: `${ORIGIN}/`, maxwidth: '-5' }, 'maxwidth'],
    ['maxheight abc', { url: `${ORIGIN}/`, maxheight: 'abc' }, 'maxheight'],
    ['format yaml', { url: `${ORIGIN}/`, format: 'yaml' }, 'format'],
  ])('answers 400 naming the parameter for %s', (_label, query, name) => {
    const result = ask(query);
    expect(result.status).toBe(400);
    if (result.status === 400) {
      expect(result.params.map((p) => p.name)).toContain(name);
      for (const param of result.params) expect(param.reason.length).toBeGreaterThan(3);
    }
  });

  it('answers 400 for a repeated parameter, and ignores parameters it does not know', () => {
    expect(oembed(new URLSearchParams(`url=${ORIGIN}/&url=${ORIGIN}/embed`), ORIGIN).status).toBe(400);
    expect(ask({ url: `${ORIGIN}/`, dnt: '1' }).status).toBe(200);
  });
});

describe('siteOrigin and discovery', () => {
  it('prefers PUBLIC_ORIGIN when it is an http(s) origin', () => {
    expect(siteOrigin('https://atlas.example/some/path', 'http://internal:3000/api/oembed')).toBe('https://atlas.example');
    expect(siteOrigin(undefined, 'http://localhost:3000/api/oembed?x')).toBe('http://localhost:3000');
    expect(siteOrigin('not a url', 'http://localhost:3000/')).toBe('http://localhost:3000');
    expect(siteOrigin('ftp://x.example', 'http://localhost:3000/')).toBe('http://localhost:3000');
  });

  it('points discovery at the endpoint with the page URL encoded', () => {
    expect(oembedDiscoveryUrl(ORIGIN, `${ORIGIN}/?region=RU-KRS&asOf=2024-11-01`)).toBe(
      `${ORIGIN}/api/oembed?url=https%3A%2F%2Fatlas.example%2F%3Fregion%3DRU-KRS%26asOf%3D2024-11-01&format=json`,
    );
  });
});
