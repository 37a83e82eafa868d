import { describe, expect, it } from 'vitest';
import { codePointsOf, fontFilesForTexts, fontSubset, parseUnicodeRange, selectSubsets } from '@/lib/basemap/font-subsets';

describe('parseUnicodeRange', () => {
  it('parses single code points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+26')).toEqual({ start: 0x26, end: 0x26 });
    expect(parseUnicodeRange('U+AC00-D7A3')).toEqual({ start: 0xac00, end: 0xd7a3 });
    expect(parseUnicodeRange('u+4??')).toEqual({ start: 0x400, end: 0x4ff });
  });

  it('rejects anything else', () => {
    for (const entry of ['', 'AC00', 'U+', 'U+D7A3-AC00', 'U+GG', 'U+1234567', 'U+110000']) expect(parseUnicodeRange(entry)).toBeNull();
  });
});

describe('selectSubsets', () => {
  const latin = fontSubset('latin', 'latin.woff2', 'U+0000-00FF');
  const first = fontSubset('[1]', 'kr-1.woff2', 'U+C11C,U+C6B8');
  const second = fontSubset('[2]', 'kr-2.woff2', 'U+D3C9,U+C591');
  const unused = fontSubset('[3]', 'kr-3.woff2', 'U+AC00');

  it('chooses only the subsets holding characters the base fonts lack', () => {
    const { selected, uncovered } = selectSubsets(codePointsOf(['서울 Seoul', '평양']), [latin], [first, second, unused]);
    expect(selected.map((subset) => subset.name)).toEqual(['[1]', '[2]']);
    expect(uncovered).toEqual([]);
  });

  it('reports characters no subset covers', () => {
    expect(selectSubsets(codePointsOf(['東京']), [latin], [first]).uncovered).toEqual([0x4eac, 0x6771]);
  });

  it('ignores whitespace', () => {
    expect(codePointsOf([' a\tb\n'])).toEqual([0x61, 0x62]);
  });

  it('refuses a subset with an invalid range', () => {
    expect(() => fontSubset('[9]', 'kr-9.woff2', 'U+AC00,nonsense')).toThrow(/\[9\].*NONSENSE/);
  });
});

describe('fontFilesForTexts', () => {
  const faces = [
    { url: '/fonts/latin.woff2', 'unicode-range': ['U+0000-00FF'] },
    { url: '/fonts/cyrillic.woff2', 'unicode-range': ['U+0400-045F'] },
    { url: '/fonts/kr-1.woff2', 'unicode-range': ['U+AC00-B000'] },
    { url: '/fonts/kr-2.woff2', 'unicode-range': ['U+B001-D7A3'] },
  ];
  const sizes: Record<string, number> = { '/fonts/latin.woff2': 10, '/fonts/cyrillic.woff2': 8, '/fonts/kr-1.woff2': 50, '/fonts/kr-2.woff2': 50 };
  const sizeOf = (url: string) => sizes[url];

  it('names the files the texts are drawn with, most used first', () => {
    expect(fontFilesForTexts(faces, ['Київ', 'Москва', 'Kursk'], sizeOf, 1000)).toEqual(['/fonts/cyrillic.woff2', '/fonts/latin.woff2']);
    expect(fontFilesForTexts(faces, ['Kyiv', 'Kursk'], sizeOf, 1000)).toEqual(['/fonts/latin.woff2']);
  });

  it('draws a character with the first face covering it, as MapLibre does', () => {
    const overlapping = [{ url: '/fonts/all.woff2' }, ...faces];
    expect(fontFilesForTexts(overlapping, ['서울', 'Kyiv'], () => 1, 1000)).toEqual(['/fonts/all.woff2']);
  });

  it('keeps within the byte budget, skipping a file that would overflow it for a smaller one', () => {
    // 가 (U+AC00) is in kr-1; 나 (U+B098) and 서 (U+C11C) in kr-2. Each is needed by two texts (a tie goes by URL).
    expect(fontFilesForTexts(faces, ['가', '가나', '서', 'Seoul'], sizeOf, 60)).toEqual(['/fonts/kr-1.woff2', '/fonts/latin.woff2']);
    expect(fontFilesForTexts(faces, ['가', 'Seoul'], sizeOf, 5)).toEqual([]);
  });

  it('skips files of unknown size and characters no face covers', () => {
    expect(fontFilesForTexts(faces, ['Kyiv', '北京'], (url) => (url === '/fonts/latin.woff2' ? undefined : 1), 1000)).toEqual([]);
  });
});
