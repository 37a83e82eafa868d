import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUnicodeRange } from '@/lib/basemap/font-subsets';
import {
  KOREAN_STYLESHEET,
  koreanFontFaceCss,
  koreanFontFile,
  koreanStylesheetUrl,
  needsKoreanStylesheet,
} from '@/lib/fonts/korean-stylesheet';
import { buildKoreanUiFonts } from '../../../scripts/build-basemap-fonts';
import { packageFile } from '../../../scripts/build-basemap-sources';

/** The @font-face rules of a stylesheet's text, as descriptor maps. */
function fontFaces(css: string): Record<string, string>[] {
  return [...css.matchAll(/@font-face\{([^}]*)\}/g)].map(([, body = '']) =>
    Object.fromEntries(
      body
        .split(';')
        .filter((part) => part.includes(':'))
        .map((part) => [part.slice(0, part.indexOf(':')), part.slice(part.indexOf(':') + 1)]),
    ),
  );
}

describe('the Korean stylesheet', () => {
  it('is linked by Korean pages only', () => {
    expect(needsKoreanStylesheet('ko')).toBe(true);
    for (const lang of ['en', 'ru', 'uk'] as const) expect(needsKoreanStylesheet(lang)).toBe(false);
  });

  it('is asked for with its version from the manifest, or by its bare path without one', () => {
    const manifest = [
      { file: 'basemap/labels.geojson', version: '0123456789abcdef' },
      { file: 'fonts/noto-sans-kr.css', version: 'fedcba9876543210' },
    ];
    expect(koreanStylesheetUrl(manifest)).toBe('/fonts/noto-sans-kr.css?v=fedcba9876543210');
    expect(koreanStylesheetUrl(manifest.slice(0, 1))).toBe(KOREAN_STYLESHEET);
  });

  it("names fontsource's files", () => {
    expect(koreanFontFile('[42]', 400)).toBe('noto-sans-kr-42-400-normal.woff2');
    expect(koreanFontFile('latin-ext', 600)).toBe('noto-sans-kr-latin-ext-600-normal.woff2');
    expect(() => koreanFontFile('../x', 400)).toThrow('unexpected subset name "../x"');
  });

  it('declares each subset at 400 and 600 with its file and unicode-range', () => {
    const css = koreanFontFaceCss(
      [
        { name: '[0]', unicodeRange: 'U+AC00-AD00, U+3131' },
        { name: 'latin', unicodeRange: 'U+0000-00FF' },
      ],
      (file) => `/fonts/${file}?v=1`,
    );
    expect(fontFaces(css)).toEqual(
      [400, 600].flatMap((weight) =>
        [
          ['0', 'U+AC00-AD00,U+3131'],
          ['latin', 'U+0000-00FF'],
        ].map(([name, range]) => ({
          'font-family': "'Noto Sans KR'",
          'font-style': 'normal',
          'font-display': 'swap',
          'font-weight': String(weight),
          src: `url(/fonts/noto-sans-kr-${name}-${weight}-normal.woff2?v=1) format('woff2')`,
          'unicode-range': range,
        })),
      ),
    );
  });

  it('covers every Hangul syllable, in files the font package holds', async () => {
    const fonts = await buildKoreanUiFonts();
    for (const file of fonts.files) expect(existsSync(packageFile(file.from)), file.from).toBe(true);
    const faces = fontFaces(fonts.css((file) => `/fonts/${file}`));
    expect(faces).toHaveLength(fonts.files.length);
    for (const weight of ['400', '600']) {
      const ranges = faces
        .filter((face) => face['font-weight'] === weight)
        .flatMap((face) => (face['unicode-range'] ?? '').split(','))
        .map((entry) => parseUnicodeRange(entry));
      const uncovered: number[] = [];
      for (let codePoint = 0xac00; codePoint <= 0xd7a3; codePoint += 1) {
        if (!ranges.some((range) => range !== null && range.start <= codePoint && codePoint <= range.end)) uncovered.push(codePoint);
      }
      expect(uncovered, `weight ${weight}`).toEqual([]);
    }
  });
});
