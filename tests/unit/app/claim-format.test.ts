import { describe, expect, it } from 'vitest';
import { formatFigureValue, formatPartialDate, summaryIn } from '@/lib/claims/claim-format';
import type { Figure } from '@/lib/domain/schemas';

const figure = (fields: Partial<Figure>): Figure => ({
  counts: 'troops',
  qualifier: null,
  label: { en: 'troops', ko: '병력' },
  ...fields,
});

describe('formatPartialDate', () => {
  it('writes a day, a month, or nothing, in the UI language', () => {
    expect(formatPartialDate({ precision: 'day', value: '2024-10-18' }, 'en')).toBe('18 Oct 2024');
    expect(formatPartialDate({ precision: 'day', value: '2024-10-18' }, 'ko')).toBe('2024. 10. 18.');
    expect(formatPartialDate({ precision: 'month', value: '2025-04' }, 'en')).toBe('April 2025');
    expect(formatPartialDate({ precision: 'unknown' }, 'en')).toBeNull();
  });
});

describe('formatFigureValue', () => {
  it('writes a hedged value with grouping', () => {
    expect(formatFigureValue(figure({ value: 11000, qualifier: 'about' }), 'en')).toBe('about 11,000');
    expect(formatFigureValue(figure({ value: 11000, qualifier: 'about' }), 'ko')).toBe('약 11,000');
    expect(formatFigureValue(figure({ value: 3000, qualifier: 'more-than' }), 'ko')).toBe('3,000 이상');
  });

  it('writes a closed range and an open one', () => {
    expect(formatFigureValue(figure({ min: 10000, max: 12000 }), 'en')).toBe('10,000–12,000');
    expect(formatFigureValue(figure({ min: 3000, max: null }), 'en')).toBe('3,000+');
    expect(formatFigureValue(figure({ min: 3000, max: null, qualifier: 'at-least' }), 'en')).toBe('at least 3,000');
  });
});

describe('summaryIn', () => {
  const summary = { en: 'English text', ko: '한국어 문장' };
  it('gives Korean readers the Korean summary and English readers the English one', () => {
    expect(summaryIn(summary, 'ko')).toEqual({ text: '한국어 문장', lang: 'ko', fallback: false });
    expect(summaryIn(summary, 'en')).toEqual({ text: 'English text', lang: 'en', fallback: false });
  });

  it('falls back to English for Ukrainian and Russian, and says so', () => {
    expect(summaryIn(summary, 'uk')).toEqual({ text: 'English text', lang: 'en', fallback: true });
    expect(summaryIn(summary, 'ru').fallback).toBe(true);
  });
});
