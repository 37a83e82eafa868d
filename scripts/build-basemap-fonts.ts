import { codePointsOf, fontSubset, formatCodePoint, selectSubsets, type FontSubset } from '../lib/basemap/font-subsets';
import type { FontFaces } from '../lib/basemap/region-schema';
import { KOREAN_FONT_WEIGHTS, koreanFontFaceCss, koreanFontFile } from '../lib/fonts/korean-stylesheet';
import { readFontUnicodeRanges } from './build-basemap-sources';

/** The one font stack the basemap's labels use (`text-font: ['Noto Sans Regular']`). */
export const FONT_STACK = 'Noto Sans Regular';
/** Where the font files are served from (copied into `public/fonts/`). */
export const FONT_URL_PREFIX = '/fonts/';
const BASE_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];

export interface FontBuild {
  fontFaces: FontFaces;
  /** Files to copy: package file path (`@fontsource/noto-sans/files/…`) and file name under `public/fonts/`. */
  files: { from: string; name: string }[];
  /** The Korean subsets chosen, for tests and the log. */
  koreanSubsets: FontSubset[];
}

/**
 * The `font-faces` entry for the labels: Noto Sans latin, latin-ext, cyrillic and cyrillic-ext (400 normal), then only
 * those numbered Noto Sans KR subsets that hold a character of `koreanTexts` not already covered. Fails if any
 * character of `allTexts` would have no font.
 */
export async function buildFontFaces(koreanTexts: string[], allTexts: string[]): Promise<FontBuild> {
  const latinRanges = await readFontUnicodeRanges('@fontsource/noto-sans');
  const koreanRanges = await readFontUnicodeRanges('@fontsource/noto-sans-kr');
  const base = BASE_SUBSETS.map((name) => {
    const value = latinRanges[name];
    if (!value) throw new Error(`@fontsource/noto-sans/unicode.json: no subset "${name}"`);
    return fontSubset(name, `noto-sans-${name}-400-normal.woff2`, value);
  });
  const numbered = Object.entries(koreanRanges)
    .map(([name, value]) => ({ name, value, number: /^\[(\d+)\]$/.exec(name)?.[1] }))
    .filter((entry): entry is typeof entry & { number: string } => entry.number !== undefined)
    .sort((a, b) => Number(a.number) - Number(b.number))
    .map(({ name, value, number }) => fontSubset(name, `noto-sans-kr-${number}-400-normal.woff2`, value));

  const korean = selectSubsets(codePointsOf(koreanTexts), base, numbered);
  const everything = selectSubsets(codePointsOf(allTexts), [...base, ...korean.selected], []);
  const uncovered = [...new Set([...korean.uncovered, ...everything.uncovered])];
  if (uncovered.length) {
    throw new Error(`font-faces: no Noto Sans subset covers ${uncovered.map((c) => `${formatCodePoint(c)} "${String.fromCodePoint(c)}"`).join(', ')}`);
  }

  const faces = [
    ...base.map((subset) => ({ subset, from: `@fontsource/noto-sans/files/${subset.file}` })),
    ...korean.selected.map((subset) => ({ subset, from: `@fontsource/noto-sans-kr/files/${subset.file}` })),
  ];
  return {
    fontFaces: {
      [FONT_STACK]: faces.map(({ subset }) => ({ url: FONT_URL_PREFIX + subset.file, 'unicode-range': subset.unicodeRange })),
    },
    files: faces.map(({ subset, from }) => ({ from, name: subset.file })),
    koreanSubsets: korean.selected,
  };
}

/** The page's Korean stylesheet (lib/fonts/korean-stylesheet.ts): its text, given the files' URLs, and its files. */
export interface KoreanUiFonts {
  /** The stylesheet's text with `url(file)` as each file's URL. */
  css: (url: (file: string) => string) => string;
  /** Files to copy: package file path and file name under `public/fonts/`. */
  files: { from: string; name: string }[];
}

/** Every subset of Noto Sans KR that fontsource lists, at the UI's weights, as the page's Korean stylesheet. */
export async function buildKoreanUiFonts(): Promise<KoreanUiFonts> {
  const ranges = await readFontUnicodeRanges('@fontsource/noto-sans-kr');
  const subsets = Object.entries(ranges).map(([name, unicodeRange]) => ({ name, unicodeRange }));
  if (subsets.length === 0) throw new Error('@fontsource/noto-sans-kr/unicode.json: no subsets');
  const names = KOREAN_FONT_WEIGHTS.flatMap((weight) => subsets.map((subset) => koreanFontFile(subset.name, weight)));
  return {
    css: (url) => koreanFontFaceCss(subsets, url),
    files: names.map((name) => ({ from: `@fontsource/noto-sans-kr/files/${name}`, name })),
  };
}
