import { describe, expect, it } from 'vitest';
import { claimsApiUrl, feedFilters, hasFilters } from '@/lib/claims/feed-query';
import { DEFAULT_URL_STATE } from '@/lib/url-state';

describe('feed query', () => {
  it('asks the API only for the filters that are set', () => {
    const filters = feedFilters({ ...DEFAULT_URL_STATE, party: 'kor', stance: 'denies', region: 'RU-KRS' });
    expect(claimsApiUrl(filters, null)).toBe('/api/v1/claims?party=kor&stance=denies&limit=50');
  });

  it('carries the day, the words and the cursor of the next page', () => {
    const filters = feedFilters({ ...DEFAULT_URL_STATE, asOf: '2024-12-31', q: '쿠르스크' });
    expect(claimsApiUrl(filters, 'abc')).toBe('/api/v1/claims?asOf=2024-12-31&q=%EC%BF%A0%EB%A5%B4%EC%8A%A4%ED%81%AC&limit=50&cursor=abc');
  });

  it('does not count the day as a filter', () => {
    expect(hasFilters(feedFilters({ ...DEFAULT_URL_STATE, asOf: '2024-12-31' }))).toBe(false);
    expect(hasFilters(feedFilters({ ...DEFAULT_URL_STATE, from: '2024-10-01' }))).toBe(true);
  });
});
