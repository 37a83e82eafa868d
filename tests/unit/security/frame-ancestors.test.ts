import { describe, expect, it } from 'vitest';
import { embedFrameAncestors } from '@/lib/security/frame-ancestors';

describe('embedFrameAncestors', () => {
  it("lets the app itself and any https page frame /embed when EMBED_FRAME_ANCESTORS is unset or blank", () => {
    expect(embedFrameAncestors(undefined)).toEqual(["'self'", 'https:']);
    expect(embedFrameAncestors('  ')).toEqual(["'self'", 'https:']);
  });

  it('keeps the listed origins, separated by spaces or commas, in lower case and without a trailing slash', () => {
    expect(embedFrameAncestors("https://News.example, https://*.partner.example 'self' http://localhost:8080/")).toEqual([
      'https://news.example',
      'https://*.partner.example',
      "'self'",
      'http://localhost:8080',
    ]);
  });

  it('accepts self written without quotes, once', () => {
    expect(embedFrameAncestors('self https://a.example self')).toEqual(["'self'", 'https://a.example']);
  });

  it.each([
    ['a keyword that widens or breaks the policy', "'unsafe-inline' * https: 'none'"],
    ['a directive smuggled in', 'https://a.example;script-src'],
    ['other schemes', 'javascript:alert(1) data: ftp://files.example'],
    ['paths, queries and credentials', 'https://a.example/path https://a.example?x https://user@a.example'],
    ['bare words and bad ports', 'news.example https://a.example:99999 https://-bad.example'],
  ])('drops %s, and with nothing left fails closed to none', (_what, setting) => {
    expect(embedFrameAncestors(setting)).toEqual(["'none'"]);
  });

  it('drops only the bad entries of a mixed list', () => {
    expect(embedFrameAncestors('https://good.example javascript:alert(1) *')).toEqual(['https://good.example']);
  });
});
