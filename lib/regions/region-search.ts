import type { Lang, Region } from '@/lib/basemap/region-schema';

/** Folds case, width and diacritics so that "kursk", "KURSK" and "Kúrsk" match alike; Hangul stays composed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[’'`]/g, '')
    .replace(/[\s\-‐–—_.,]+/g, ' ')
    .trim();
}

function namesOf(region: Region): string[] {
  const { en, ko, ru, uk, local } = region.names;
  return [en, ko, ru, uk, ...(local ? [local] : []), region.id];
}

/** How well one name matches: 0 exact, 1 starts with the query, 2 a word starts with it, 3 contains it. */
function matchRank(name: string, query: string): number | null {
  const folded = foldForSearch(name);
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (folded.split(' ').some((word) => word.startsWith(query))) return 2;
  if (folded.includes(query)) return 3;
  return null;
}

/**
 * Regions whose name in any language (or id) matches the query, best first: closer matches, then provinces before
 * countries of the same rank (the search is mostly used to reach provinces), then by name in the UI language.
 */
export function searchRegions(regions: readonly Region[], query: string, lang: Lang, limit = 8): Region[] {
  const folded = foldForSearch(query);
  if (folded.length === 0) return [];
  const matches: { region: Region; rank: number }[] = [];
  for (const region of regions) {
    let best: number | null = null;
    for (const name of namesOf(region)) {
      const rank = matchRank(name, folded);
      if (rank !== null && (best === null || rank < best)) best = rank;
    }
    if (best !== null) matches.push({ region, rank: best });
  }
  const collator = new Intl.Collator(lang);
  matches.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.region.kind === b.region.kind ? 0 : a.region.kind === 'province' ? -1 : 1) ||
      collator.compare(a.region.names[lang], b.region.names[lang]),
  );
  return matches.slice(0, limit).map((match) => match.region);
}
