import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, embedOptionParams, embedUrl, fullMapUrl } from '@/lib/embed/embed-link';
import { parseEmbedOptions } from '@/lib/embed/embed-options';
import { DEFAULT_URL_STATE } from '@/lib/url-state';

describe('parseEmbedOptions', () => {
  it('defaults: legend on, timeline off, feed off, interactive on, no bbox, id claims-atlas', () => {
    const { options, problems } = parseEmbedOptions(new URLSearchParams(''));
    expect(options).toEqual({ legend: true, timeline: false, feed: false, interactive: true, bbox: null, id: 'claims-atlas' });
    expect(problems).toEqual([]);
  });

  it('reads every option', () => {
    const { options, problems } = parseEmbedOptions(
      new URLSearchParams('legend=off&timeline=on&feed=on&interactive=off&bbox=30,44,60,56.5&id=story_map-2'),
    );
    expect(options).toEqual({ legend: false, timeline: true, feed: true, interactive: false, bbox: [30, 44, 60, 56.5], id: 'story_map-2' });
    expect(problems).toEqual([]);
  });

  it('reads the same from Next-style search params and ignores the URL-state params', () => {
    const { options, problems } = parseEmbedOptions({ feed: 'on', region: 'RU-KRS', q: 'x' });
    expect(options).toEqual({ ...DEFAULT_EMBED_OPTIONS, feed: true });
    expect(problems).toEqual([]);
  });

  it.each([
    ['legend', 'yes'],
    ['legend', 'ON'],
    ['timeline', '1'],
    ['feed', ''],
    ['interactive', 'true'],
    ['bbox', '30,44,60'],
    ['bbox', '60,44,30,56'],
    ['bbox', '30,56,60,44'],
    ['bbox', '30,-90,60,44'],
    ['bbox', '-200,40,60,50'],
    ['bbox', 'a,b,c,d'],
    ['id', ''],
    ['id', 'has space'],
    ['id', 'x'.repeat(65)],
    ['id', '"><script>'],
    ['id', 'émbed'],
  ])('falls back to the default for %s=%j and names the problem without its value', (param, value) => {
    const { options, problems } = parseEmbedOptions(new URLSearchParams({ [param]: value }));
    expect(options).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(problems).toEqual([{ param, reason: 'malformed' }]);
    expect(JSON.stringify(problems)).not.toContain(value || '""');
  });

  it('a repeated option falls back and is reported as repeated', () => {
    const { options, problems } = parseEmbedOptions(new URLSearchParams('feed=on&feed=off'));
    expect(options.feed).toBe(false);
    expect(problems).toEqual([{ param: 'feed', reason: 'repeated' }]);
  });

  it('accepts a frame past the antimeridian, as the story frame is', () => {
    expect(parseEmbedOptions({ bbox: '22,33,182,72' }).options.bbox).toEqual([22, 33, 182, 72]);
  });

  it('accepts ids of 1 and 64 characters', () => {
    expect(parseEmbedOptions({ id: 'a' }).options.id).toBe('a');
    expect(parseEmbedOptions({ id: 'A'.repeat(64) }).options.id).toBe('A'.repeat(64));
  });
});

describe('embed links', () => {
  it('write only the options that differ from the defaults', () => {
    expect(embedOptionParams(DEFAULT_EMBED_OPTIONS).toString()).toBe('');
    expect(embedOptionParams({ ...DEFAULT_EMBED_OPTIONS, legend: false, feed: true, id: 'm1' }).toString()).toBe('legend=off&feed=on&id=m1');
  });

  it('round-trip: what embedUrl writes, parseEmbedOptions reads back', () => {
    const options = { legend: false, timeline: true, feed: true, interactive: false, bbox: [30, 44, 60, 56.5] as [number, number, number, number], id: 'x_1' };
    const url = new URL(embedUrl('https://atlas.example', { ...DEFAULT_URL_STATE, region: 'RU-KRS', asOf: '2024-11-01' }, options));
    expect(url.pathname).toBe('/embed');
    expect(parseEmbedOptions(url.searchParams)).toEqual({ options, problems: [] });
    expect(url.searchParams.get('region')).toBe('RU-KRS');
    expect(url.searchParams.get('asOf')).toBe('2024-11-01');
  });

  it('the full map link carries the same state and no embed option', () => {
    expect(fullMapUrl('https://atlas.example', { ...DEFAULT_URL_STATE, claim: 'claim-x' })).toBe('https://atlas.example/?claim=claim-x');
    expect(fullMapUrl('https://atlas.example', DEFAULT_URL_STATE)).toBe('https://atlas.example/');
  });
});
