import { describe, expect, it } from 'vitest';
import { appliedFilters } from '@/lib/atlas/initial-view';
import { claimData } from '@/lib/atlas/map-sources';
import { mapSubjectQuery } from '@/lib/claims/feed-query';
import { parseUrlState } from '@/lib/url-state';

const stateOf = (params: Record<string, string>) => parseUrlState(params).state;
const none = { invalidFilters: [], invalidLenses: [] };

describe('appliedFilters', () => {
  it('takes the filters and lenses of the link', () => {
    const { filters, lens, lens2 } = appliedFilters(stateOf({ party: 'prk', asOf: '2024-11-01', lens: 'kor', lens2: 'rus' }), none);
    expect(filters).toMatchObject({ party: 'prk', asOf: '2024-11-01', claimant: null });
    expect([lens, lens2]).toEqual(['kor', 'rus']);
  });

  it('drops what the server found naming nothing', () => {
    const applied = appliedFilters(stateOf({ party: 'nobody', claimant: 'kor', lens: 'nobody', lens2: 'rus' }), {
      invalidFilters: ['party'],
      invalidLenses: ['lens'],
    });
    expect(applied.filters).toMatchObject({ party: null, claimant: 'kor' });
    // No first lens: the second one does not count either.
    expect([applied.lens, applied.lens2]).toEqual([null, null]);
  });

  it('ignores a second lens equal to the first', () => {
    expect(appliedFilters(stateOf({ lens: 'kor', lens2: 'kor' }), none).lens2).toBeNull();
  });
});

describe('claimData', () => {
  it('gives the claims files of a view, the subject query on those that depend on it', () => {
    const query = mapSubjectQuery(appliedFilters(stateOf({ party: 'prk' }), none).filters, null);
    expect(Object.values(claimData(query))).toEqual(['/api/v1/movements?party=prk', '/api/v1/deployments?party=prk', '/api/v1/actors.geojson']);
  });
});
