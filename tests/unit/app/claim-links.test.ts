import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, selectionHref } from '@/lib/embed/embed-link';
import { isPlainClick, type ClickKeys } from '@/lib/plain-click';
import { parseUrlState } from '@/lib/url-state';

const state = (query: string) => parseUrlState(new URLSearchParams(query)).state;

describe('selectionHref', () => {
  it('opens the claim on the full map, keeping the day, filters, language and camera and replacing the selection', () => {
    const href = selectionHref(state('region=RU-KRS&asOf=2024-11-01&party=prk&lang=ko&center=37.6,51.7&zoom=5'), { kind: 'claim', target: 'claim-2024-06-19-putin-kim-sign-treaty' }, null);
    expect(href.startsWith('/?')).toBe(true);
    const params = new URL(href, 'https://atlas.example').searchParams;
    expect(params.get('claim')).toBe('claim-2024-06-19-putin-kim-sign-treaty');
    expect(params.get('region')).toBeNull();
    expect(params.get('asOf')).toBe('2024-11-01');
    expect(params.get('party')).toBe('prk');
    expect(params.get('lang')).toBe('ko');
    expect(params.get('zoom')).toBe('5');
  });

  it('stays in the same embed, with its options, when there are embed options', () => {
    const href = selectionHref(state('region=RU-KRS'), { kind: 'claim', target: 'claim-2024-06-19-putin-kim-sign-treaty' }, { ...DEFAULT_EMBED_OPTIONS, feed: true, id: 'story-7' });
    const url = new URL(href, 'https://atlas.example');
    expect(url.pathname).toBe('/embed');
    expect(url.searchParams.get('claim')).toBe('claim-2024-06-19-putin-kim-sign-treaty');
    expect(url.searchParams.get('region')).toBeNull();
    expect(url.searchParams.get('feed')).toBe('on');
    expect(url.searchParams.get('id')).toBe('story-7');
  });

  it('reads back as the same view with the claim selected', () => {
    const before = state('actor=kor&stance=denies&q=Kursk%20troops&theme=dark');
    const href = selectionHref(before, { kind: 'claim', target: 'claim-2024-06-19-putin-kim-sign-treaty' }, null);
    expect(parseUrlState(new URL(href, 'https://atlas.example').searchParams).state).toEqual({ ...before, actor: null, claim: 'claim-2024-06-19-putin-kim-sign-treaty' });
  });
});

describe('isPlainClick', () => {
  const plain: ClickKeys = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };

  it('lets the page handle a plain left click', () => {
    expect(isPlainClick(plain)).toBe(true);
  });

  it('leaves to the browser a click with a modifier, another button, or one already handled', () => {
    for (const other of [
      { metaKey: true },
      { ctrlKey: true },
      { shiftKey: true },
      { altKey: true },
      { button: 1 },
      { defaultPrevented: true },
    ]) {
      expect(isPlainClick({ ...plain, ...other }), JSON.stringify(other)).toBe(false);
    }
  });
});
