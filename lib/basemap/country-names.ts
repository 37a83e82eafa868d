import { LANGS, type Lang } from './region-schema';

/** A name in each basemap language. */
export type Names = Record<Lang, string>;

const displayNames = new Map<Lang, Intl.DisplayNames>(
  LANGS.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' })]),
);

/**
 * The name of a country in each basemap language from the runtime's ICU data (`Intl.DisplayNames`, region type), by
 * its ISO 3166-1 alpha-2 code. Where there is no code (Natural Earth units such as Somaliland or Northern Cyprus) or
 * ICU has no name, every language gets `fallback` (the source's English name).
 */
export function countryNames(alpha2: string | null, fallback: string): Names {
  const names = {} as Names;
  for (const lang of LANGS) {
    const name = alpha2 ? displayNames.get(lang)?.of(alpha2) : undefined;
    names[lang] = name && name !== alpha2 ? name : fallback;
  }
  return names;
}

/** Whether ICU knows a region by this alpha-2 code (used to validate the alpha-3 to alpha-2 table). */
export function isKnownRegionCode(alpha2: string): boolean {
  const name = displayNames.get('en')?.of(alpha2);
  return name !== undefined && name !== alpha2;
}

/** The locale a country names itself in, for the countries whose own-language name the basemap carries. */
const OWN_LOCALE: Readonly<Record<string, string>> = { RUS: 'ru', UKR: 'uk', KOR: 'ko-KR', PRK: 'ko-KP' };

/**
 * A country's name in its own language (`names.local` in the region index), from ICU, for RUS, UKR, KOR and PRK
 * (Россия, Україна, 대한민국, 조선민주주의인민공화국); null for other countries.
 */
export function countryLocalName(alpha3: string, alpha2: string | null): string | null {
  const locale = Object.hasOwn(OWN_LOCALE, alpha3) ? OWN_LOCALE[alpha3] : undefined;
  if (!locale || !alpha2) return null;
  const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(alpha2);
  return name && name !== alpha2 ? name : null;
}
