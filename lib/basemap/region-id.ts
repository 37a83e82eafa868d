import { CountryIdSchema, ProvinceIdSchema, type RegionId } from './region-schema';

/** The countries the basemap carries provinces for, keyed by the ISO 3166-1 alpha-2 prefix of their ISO 3166-2 codes. */
export const PROVINCE_COUNTRIES = { RU: 'RUS', UA: 'UKR', KP: 'PRK', KR: 'KOR' } as const;

/** Alpha-3 code of a country that has provinces on the basemap. */
export type ProvinceCountry = (typeof PROVINCE_COUNTRIES)[keyof typeof PROVINCE_COUNTRIES];

/**
 * Parses a region id from untrusted input (URL, API parameter, data file). Strict: only the exact canonical form is
 * accepted (`RUS`, `RU-KRS`, `UA-43`), no trimming or case folding, so one region has one id. Never throws.
 */
export function parseRegionId(input: unknown): RegionId | null {
  if (typeof input !== 'string') return null;
  if (CountryIdSchema.safeParse(input).success) return input;
  if (ProvinceIdSchema.safeParse(input).success) return input;
  return null;
}

/** Whether a value is a country id (ISO 3166-1 alpha-3, or Natural Earth's code for a unit without one). */
export function isCountryId(input: unknown): input is string {
  return CountryIdSchema.safeParse(input).success;
}

/** Whether a value is a province id (ISO 3166-2, such as `RU-KRS`). */
export function isProvinceId(input: unknown): input is string {
  return ProvinceIdSchema.safeParse(input).success;
}

/**
 * The country a province belongs to, read from its ISO 3166-2 prefix (so `UA-43` Crimea is `UKR`), for the countries
 * the basemap has provinces for; null for anything else.
 */
export function countryOfProvince(id: string): ProvinceCountry | null {
  if (!isProvinceId(id)) return null;
  const prefix = id.slice(0, 2);
  return isProvincePrefix(prefix) ? PROVINCE_COUNTRIES[prefix] : null;
}

function isProvincePrefix(prefix: string): prefix is keyof typeof PROVINCE_COUNTRIES {
  return Object.hasOwn(PROVINCE_COUNTRIES, prefix);
}
