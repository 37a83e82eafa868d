import { beforeAll, describe, expect, it } from 'vitest';
import { latestEstimate } from '@/lib/api/latest-estimate';
import type { LoadedDataset } from '@/lib/data/load';
import { loadRealDataset } from '../../fixtures/claims-model/real-data';

describe('latestEstimate', () => {
  let loaded: LoadedDataset;
  beforeAll(async () => {
    loaded = await loadRealDataset();
  });

  it('gives the newest troop count, not a newer count of the dead', () => {
    const { dataset } = loaded;
    const all = dataset.estimatesBySubject.get('deployment-prk-kursk-oblast') ?? [];
    // The data's newest figure on Kursk counts losses; the circle must still show strength.
    expect(all.at(-1)?.figure.counts).not.toBe('troops');
    const latest = latestEstimate(dataset, 'deployment-prk-kursk-oblast', '2025-09-30');
    expect(latest.estimateCounts).toBe('troops');
    expect(latest.estimateMin).toBeGreaterThan(1000);
  });

  it('gives nothing before any troop estimate was made', () => {
    expect(latestEstimate(loaded.dataset, 'deployment-prk-kursk-oblast', '2024-10-01').estimateMin).toBeNull();
  });
});
