import { describe, expect, it } from 'vitest';
import { negotiateLang } from '@/lib/i18n/negotiate';

describe('negotiateLang', () => {
  it('takes the first supported language on its primary subtag', () => {
    expect(negotiateLang('ko-KR,ko;q=0.9,en-US;q=0.8')).toBe('ko');
    expect(negotiateLang('uk-UA')).toBe('uk');
  });

  it('skips unsupported languages and honours quality values', () => {
    expect(negotiateLang('fr-FR,fr;q=0.9,ru;q=0.5,en;q=0.7')).toBe('en');
    expect(negotiateLang('de;q=0.9,ru;q=0.95')).toBe('ru');
  });

  it('ignores languages refused with q=0', () => {
    expect(negotiateLang('ko;q=0,uk;q=0.1')).toBe('uk');
  });

  it('falls back to English for no header, garbage, or nothing supported', () => {
    expect(negotiateLang(null)).toBe('en');
    expect(negotiateLang('')).toBe('en');
    expect(negotiateLang(';;;,,,q=abc')).toBe('en');
    expect(negotiateLang('ja,zh;q=0.8')).toBe('en');
  });
});
