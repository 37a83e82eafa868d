import { describe, expect, it } from 'vitest';
import { foldForSearch, searchRegions } from '@/lib/regions/region-search';
import { FIXTURE_REGIONS } from '../../fixtures/regions';

const ids = (query: string, lang: 'en' | 'ko' = 'en') => searchRegions(FIXTURE_REGIONS, query, lang).map((r) => r.id);

describe('searchRegions', () => {
  it('offers Kursk Oblast for "Kursk", in any case', () => {
    expect(ids('Kursk')[0]).toBe('RU-KRS');
    expect(ids('KURSK')[0]).toBe('RU-KRS');
  });

  it('finds a region by its Korean, Russian or Ukrainian name', () => {
    expect(ids('쿠르스크')).toEqual(['RU-KRS']);
    expect(ids('Курск')).toContain('RU-KRS');
    expect(ids('Крим')).toEqual(['UA-43']);
  });

  it('finds a region by its ISO code', () => {
    expect(ids('UA-43')).toEqual(['UA-43']);
  });

  it('ranks an exact name, then a name that starts with the query, then a word in it, then any part of it', () => {
    const [template] = FIXTURE_REGIONS;
    if (!template) throw new Error('fixture missing');
    const named = (id: string, en: string) => ({ ...template, id, names: { ...template.names, en } });
    const regions = [named('AAA', 'Upper Lake'), named('BBB', 'Lakeside'), named('CCC', 'Lake'), named('DDD', 'Flake')];
    expect(searchRegions(regions, 'lake', 'en').map((r) => r.id)).toEqual(['CCC', 'BBB', 'AAA', 'DDD']);
  });

  it('puts provinces before countries that match as well', () => {
    expect(ids('ru')).toEqual(['RU-KR', 'RU-KRS', 'RUS']);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it('returns nothing when nothing matches', () => {
    expect(ids('Atlantis')).toEqual([]);
  });
});

describe('foldForSearch', () => {
  it('folds case, diacritics, apostrophes and dashes', () => {
    expect(foldForSearch("Kúrsk–Obl'ast")).toBe('kursk oblast');
  });

  it('keeps Hangul syllables composed', () => {
    expect(foldForSearch('쿠르스크')).toBe('쿠르스크');
  });
});
