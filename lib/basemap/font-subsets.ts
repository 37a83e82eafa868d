/**
 * Unicode-range arithmetic for choosing which font subset files a style declares (MapLibre `font-faces`). MapLibre
 * draws a character with the first declared file of the font whose ranges cover it, and downloads a file only when it
 * draws a character from it.
 */

/** An inclusive code point range. */
export interface CodePointRange {
  start: number;
  end: number;
}

/** A font subset file and the code points it covers. */
export interface FontSubset {
  /** Name of the subset (`latin`, `cyrillic`, `[42]`...). */
  name: string;
  /** File name of the woff2 in its package's `files/` folder. */
  file: string;
  /** The CSS `unicode-range` entries, as listed by fontsource (`U+AC00-D7A3`). */
  unicodeRange: string[];
  /** The same, parsed. */
  ranges: CodePointRange[];
}

/**
 * Parses one CSS `unicode-range` entry (`U+26`, `U+0-7F`, `U+4??`). Returns null for anything else, including a
 * reversed range.
 */
export function parseUnicodeRange(entry: string): CodePointRange | null {
  const wildcard = /^U\+([0-9A-F]{0,5})(\?{1,6})$/i.exec(entry);
  if (wildcard) {
    const [, prefix = '', marks = ''] = wildcard;
    if (prefix.length + marks.length > 6) return null;
    return { start: parseInt(prefix + '0'.repeat(marks.length), 16), end: parseInt(prefix + 'F'.repeat(marks.length), 16) };
  }
  const explicit = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(entry);
  if (!explicit) return null;
  const start = parseInt(explicit[1] ?? '', 16);
  const end = explicit[2] === undefined ? start : parseInt(explicit[2], 16);
  return start <= end && end <= 0x10ffff ? { start, end } : null;
}

/**
 * A subset from fontsource's comma-separated `unicode-range` value; entries are trimmed and upper-cased
 * (`U+AC00-D7A3`). Throws on an entry that does not parse, which would be a packaging error.
 */
export function fontSubset(name: string, file: string, unicodeRangeValue: string): FontSubset {
  const unicodeRange = unicodeRangeValue
    .split(',')
    .map((entry) => entry.trim().toUpperCase())
    .filter((entry) => entry.length > 0);
  const ranges = unicodeRange.map((entry) => {
    const range = parseUnicodeRange(entry);
    if (!range) throw new Error(`font subset ${name}: invalid unicode-range entry "${entry}"`);
    return range;
  });
  return { name, file, unicodeRange, ranges };
}

/** Whether a subset covers a code point. */
export function subsetCovers(subset: FontSubset, codePoint: number): boolean {
  return subset.ranges.some((range) => codePoint >= range.start && codePoint <= range.end);
}

/** The distinct non-whitespace code points of some texts, in ascending order. */
export function codePointsOf(texts: Iterable<string>): number[] {
  const points = new Set<number>();
  for (const text of texts) {
    for (const char of text) {
      if (/\s/u.test(char)) continue;
      const codePoint = char.codePointAt(0);
      if (codePoint !== undefined) points.add(codePoint);
    }
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * Chooses subset files for some code points: each code point not covered by the `base` subsets (declared first, so
 * MapLibre draws it with them) goes to the first candidate covering it. Returns the candidates needed, in candidate
 * order, and the code points nothing covers.
 */
export function selectSubsets(
  codePoints: Iterable<number>,
  base: readonly FontSubset[],
  candidates: readonly FontSubset[],
): { selected: FontSubset[]; uncovered: number[] } {
  const chosen = new Set<FontSubset>();
  const uncovered: number[] = [];
  for (const codePoint of codePoints) {
    if (base.some((subset) => subsetCovers(subset, codePoint))) continue;
    const candidate = candidates.find((subset) => subsetCovers(subset, codePoint));
    if (candidate) chosen.add(candidate);
    else uncovered.push(codePoint);
  }
  return { selected: candidates.filter((subset) => chosen.has(subset)), uncovered };
}

/** Formats a code point as `U+AC00`, for messages. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A declared font face as the style's `font-faces` lists it: a file and, optionally, the ranges it covers. */
export interface DeclaredFace {
  url: string;
  'unicode-range'?: string[];
}

/**
 * The font files worth fetching before the map asks for them: the files MapLibre will draw `texts` with (for each
 * character, the first declared face covering it, as MapLibre chooses), most used first (by how many texts need a
 * file), kept while their total size (`sizeOf`; a file of unknown size is skipped) stays within `budgetBytes`. A face
 * with no `unicode-range` covers every character; an entry that does not parse covers nothing, as MapLibre ignores it.
 */
export function fontFilesForTexts(
  faces: readonly DeclaredFace[],
  texts: Iterable<string>,
  sizeOf: (url: string) => number | undefined,
  budgetBytes: number,
): string[] {
  const parsed = faces.map((face) => ({
    url: face.url,
    ranges: face['unicode-range']?.length
      ? face['unicode-range'].map(parseUnicodeRange).filter((range): range is CodePointRange => range !== null)
      : [{ start: 0, end: 0x10ffff }],
  }));
  const uses = new Map<string, number>();
  for (const text of texts) {
    const files = new Set<string>();
    for (const codePoint of codePointsOf([text])) {
      const face = parsed.find(({ ranges }) => ranges.some((range) => codePoint >= range.start && codePoint <= range.end));
      if (face) files.add(face.url);
    }
    for (const file of files) uses.set(file, (uses.get(file) ?? 0) + 1);
  }
  const ranked = [...uses].sort(([urlA, a], [urlB, b]) => b - a || urlA.localeCompare(urlB));
  const chosen: string[] = [];
  let total = 0;
  for (const [url] of ranked) {
    const size = sizeOf(url);
    if (size === undefined || total + size > budgetBytes) continue;
    chosen.push(url);
    total += size;
  }
  return chosen;
}
