import type { Lang } from '@/lib/basemap/region-schema';

/** The unit types of the basemap's provinces in each UI language; a type missing here is shown in English. */
const REGION_TYPES: Record<string, Record<Exclude<Lang, 'en'>, string>> = {
  Oblast: { ko: '주', uk: 'область', ru: 'область' },
  Republic: { ko: '공화국', uk: 'республіка', ru: 'республика' },
  Province: { ko: '도', uk: 'провінція', ru: 'провинция' },
  Krai: { ko: '지방(크라이)', uk: 'край', ru: 'край' },
  'Metropolitan City': { ko: '광역시', uk: 'місто-метрополія', ru: 'город-метрополия' },
  'Autonomous Okrug': { ko: '자치구', uk: 'автономний округ', ru: 'автономный округ' },
  'Federal City': { ko: '연방시', uk: 'місто федерального значення', ru: 'город федерального значения' },
  'City with special status': { ko: '특별 지위 도시', uk: 'місто зі спеціальним статусом', ru: 'город со специальным статусом' },
  'Special City': { ko: '특별시', uk: 'особливе місто', ru: 'особый город' },
  'Capital Metropolitan City': { ko: '특별시(수도)', uk: 'столичне місто', ru: 'столичный город' },
  'Special self-governing city': { ko: '특별자치시', uk: 'особливе самоврядне місто', ru: 'особый самоуправляемый город' },
  'Autonomous Oblast': { ko: '자치주', uk: 'автономна область', ru: 'автономная область' },
  'Autonomous Republic': { ko: '자치 공화국', uk: 'автономна республіка', ru: 'автономная республика' },
};

/** A province's unit type in the UI language (English when the table lacks it). */
export function regionTypeIn(type: string, lang: Lang): string {
  return lang === 'en' ? type : (REGION_TYPES[type]?.[lang] ?? type);
}
