import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedDataset } from '@/lib/data/load';
import { knownBy } from '@/lib/domain/partial-date';
import { loadRealDataset } from '../../fixtures/claims-model/real-data';

let loaded: LoadedDataset;
beforeAll(async () => {
  loaded = await loadRealDataset();
});

describe('the October 2024 dataset', () => {
  it('validates and holds the first slice of the story', () => {
    const { records } = loaded;
    expect(records.claims.length).toBeGreaterThanOrEqual(15);
    expect(records.movements.length).toBeGreaterThanOrEqual(2);
    expect(records.deployments.map((d) => d.id)).toContain('deployment-prk-kursk-oblast');
  });

  it('dates every claim in October 2024', () => {
    for (const claim of loaded.records.claims) {
      const day = knownBy(claim.date) as string;
      expect(day >= '2024-10-01' && day <= '2024-10-31', claim.id).toBe(true);
    }
  });

  it('keeps the NIS report of the first 1,500 troops with its date, claimant, figure and sources', () => {
    const claim = loaded.dataset.claims.get('claim-2024-10-18-nis-first-contingent');
    expect(claim).toMatchObject({ researchId: 'C011', claimants: ['kor-nis'], date: { precision: 'day', value: '2024-10-18' } });
    expect(claim?.figures[0]).toMatchObject({ counts: 'troops', value: 1500, qualifier: 'about' });
    expect(claim?.sources).toHaveLength(5);
  });

  it('lists caveated copies after the source of record', () => {
    const { dataset } = loaded;
    for (const claim of dataset.claims.values()) {
      const caveated = claim.sources.map((id) => (dataset.sources.get(id)?.caveats ?? []).length > 0);
      const firstCaveat = caveated.indexOf(true);
      if (firstCaveat === -1 || caveated.every(Boolean)) continue;
      expect(caveated.slice(firstCaveat).every(Boolean), claim.id).toBe(true);
    }
  });

  it('keeps the research markers: null titles with a note, unknown dates, places without coordinates', () => {
    const { dataset } = loaded;
    const koreaTimes = dataset.sources.get('koreatimes-384549');
    expect(koreaTimes).toMatchObject({ title: null, published: { precision: 'unknown' }, caveats: ['not-refound-in-second-check'] });
    expect(koreaTimes?.titleNote).toContain('No title shown');
    expect(dataset.sources.get('kesq-withdrawal')).toMatchObject({ agency: 'AP', titleNote: 'Title read from the URL slug.' });
    expect(dataset.places.get('musudan')).toMatchObject({ coordinates: null, precision: null, region: 'PRK' });
  });

  it('puts the Kursk deployment in RU-KRS with North Korea and Russia as its acting parties', () => {
    expect(loaded.dataset.deployments.get('deployment-prk-kursk-oblast')).toMatchObject({ regions: ['RU-KRS'], actingParties: ['prk', 'rus'] });
  });
});
