import type { Lang } from '@/lib/basemap/region-schema';
import type { PartialDate } from '@/lib/domain/partial-date';
import type { Figure, Summary } from '@/lib/domain/schemas';

const LOCALES: Record<Lang, string> = { en: 'en-GB', ko: 'ko-KR', ru: 'ru-RU', uk: 'uk-UA' };

/**
 * One formatter per language and kind, made on first use: building an `Intl` formatter costs far more than using one,
 * and a first render formats hundreds of dates (feed cards, timeline ticks, panels).
 */
function perLang<T>(make: (locale: string) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    let formatter = made.get(lang);
    if (formatter === undefined) {
      formatter = make(LOCALES[lang]);
      made.set(lang, formatter);
    }
    return formatter;
  };
}

const monthFormat = perLang((locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }));
const dayFormat = perLang((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
const countFormat = perLang((locale) => new Intl.NumberFormat(locale));

/** A date in the UI language at its own precision: "18 Oct 2024", "October 2024", or null when unknown. */
export function formatPartialDate(date: PartialDate, lang: Lang): string | null {
  if (date.precision === 'unknown') return null;
  if (date.precision === 'month') {
    const [year, month] = date.value.split('-').map(Number) as [number, number];
    return monthFormat(lang).format(new Date(Date.UTC(year, month - 1, 1)));
  }
  return dayFormat(lang).format(new Date(`${date.value}T00:00:00Z`));
}

/** A count in the UI language's digits and grouping. */
export function formatCount(value: number, lang: Lang): string {
  return countFormat(lang).format(value);
}

const QUALIFIERS: Record<Lang, Record<NonNullable<Figure['qualifier']>, (n: string) => string>> = {
  en: { about: (n) => `about ${n}`, 'at-least': (n) => `at least ${n}`, 'up-to': (n) => `up to ${n}`, 'more-than': (n) => `more than ${n}` },
  ko: { about: (n) => `약 ${n}`, 'at-least': (n) => `최소 ${n}`, 'up-to': (n) => `최대 ${n}`, 'more-than': (n) => `${n} 이상` },
  uk: { about: (n) => `близько ${n}`, 'at-least': (n) => `щонайменше ${n}`, 'up-to': (n) => `до ${n}`, 'more-than': (n) => `понад ${n}` },
  ru: { about: (n) => `около ${n}`, 'at-least': (n) => `не менее ${n}`, 'up-to': (n) => `до ${n}`, 'more-than': (n) => `более ${n}` },
};

/** A figure's number as said: "about 11,000", "10,000–12,000", "3,000+" (an open range), with its hedge. */
export function formatFigureValue(figure: Figure, lang: Lang): string {
  const hedge = (number: string) => (figure.qualifier ? QUALIFIERS[lang][figure.qualifier](number) : number);
  if (figure.value !== undefined) return hedge(formatCount(figure.value, lang));
  const min = formatCount(figure.min ?? 0, lang);
  // An open range already says "at least" when hedged; bare, it reads "3,000+".
  if (figure.max === null || figure.max === undefined) return figure.qualifier ? hedge(min) : `${min}+`;
  return hedge(`${min}–${formatCount(figure.max, lang)}`);
}

/** A summary in the UI language; Ukrainian and Russian readers get the English text, flagged as a fallback. */
export function summaryIn(summary: Summary, lang: Lang): { text: string; lang: 'en' | 'ko'; fallback: boolean } {
  if (lang === 'ko') return { text: summary.ko, lang: 'ko', fallback: false };
  return { text: summary.en, lang: 'en', fallback: lang !== 'en' };
}
