import type { Dataset } from '../data/dataset';
import type { Claim } from '../domain/schemas';
import { foldForSearch } from '../regions/region-search';

/** The text `q` searches in a claim: its summaries in every language, its quote, and the names of its places. */
export function claimSearchText(claim: Claim, dataset: Dataset): string {
  const placeNames = claim.places.flatMap((id) => {
    const place = dataset.places.get(id);
    return place ? Object.values(place.names) : [];
  });
  const parts = [...Object.values(claim.summary), claim.quote?.text ?? '', ...placeNames];
  return parts.map(foldForSearch).join('\n');
}

/** Whether folded claim text holds the query (case, width and diacritics folded; Hangul matched as written). */
export function matchesText(searchText: string, query: string): boolean {
  return searchText.includes(foldForSearch(query));
}
