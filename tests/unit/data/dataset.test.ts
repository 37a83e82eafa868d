import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFiles, type LoadedDataset } from '@/lib/data/load';
import { DataFileSchema } from '@/lib/domain/data-file';
import { knownBy } from '@/lib/domain/partial-date';
import { loadRealDataset, REAL_DATA_DIR } from '../../fixtures/claims-model/real-data';

let loaded: LoadedDataset;
beforeAll(async () => {
  loaded = await loadRealDataset();
});

describe('the dataset of the deployment story, June 2024 to September 2025', () => {
  it('validates and holds the whole story', () => {
    const { records } = loaded;
    const researchIds = new Set(records.claims.map((claim) => claim.researchId));
    expect(researchIds.size).toBeGreaterThanOrEqual(60);
    expect(records.movements.length).toBeGreaterThanOrEqual(5);
    expect(records.deployments.map((d) => d.id).sort()).toEqual([
      'deployment-prk-kursk-oblast',
      'deployment-prk-russian-far-east',
    ]);
  });

  it('dates every claim between the treaty (June 2024) and September 2025', () => {
    for (const claim of loaded.records.claims) {
      const day = knownBy(claim.date) as string;
      expect(day >= '2024-06-01' && day <= '2025-09-30', claim.id).toBe(true);
    }
  });

  it('keeps every claim in the file of its month, and every source with the earliest claim citing it', async () => {
    const { files } = await readDataFiles(REAL_DATA_DIR);
    const fileOf = new Map<string, string>();
    for (const { file, json } of files) {
      const parsed = DataFileSchema.parse(json);
      // Files are named as read (relative to the working directory); keep the part under data/.
      const name = /(claims|sources)\/[^/]+$/.exec(file)?.[0] ?? file;
      for (const record of [...(parsed.claims ?? []), ...(parsed.sources ?? [])]) fileOf.set(record.id, name);
    }
    const firstMonth = new Map<string, string>();
    for (const claim of loaded.dataset.claims.values()) {
      const month = claim.date.value.slice(0, 7);
      expect(fileOf.get(claim.id), claim.id).toBe(`claims/${month}.json`);
      for (const source of claim.sources) if (!firstMonth.has(source)) firstMonth.set(source, month);
    }
    for (const [source, month] of firstMonth) expect(fileOf.get(source), source).toBe(`sources/${month}.json`);
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
