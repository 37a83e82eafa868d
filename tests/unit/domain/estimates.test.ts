import { describe, expect, it } from 'vitest';
import { estimatesOf } from '@/lib/domain/estimates';
import type { Claim } from '@/lib/domain/schemas';
import { loadRealDataset } from '../../fixtures/claims-model/real-data';
import { actors, claim } from '../../fixtures/claims-model/stances';

function withFigure(base: Claim, value: number, of?: string): Claim {
  return { ...base, figures: [{ counts: 'troops', value, qualifier: 'about', label: { en: 'troops', ko: '병력' }, of }] };
}

describe('estimatesOf', () => {
  const claims = [
    withFigure(claim('b', ['x-spokesman'], '2024-10-23', 'asserts'), 3000, 'movement-test'),
    withFigure(claim('a', ['y'], '2024-10-18', 'asserts'), 1500, 'movement-test'),
    withFigure(claim('c', ['z'], '2024-10-20', 'asserts'), 99),
  ];

  it('lists the figures that estimate a subject, oldest first, with their parties', () => {
    const estimates = estimatesOf('movement-test', claims, actors);
    expect(estimates.map((e) => [e.claim, e.parties, e.figure.value])).toEqual([
      ['claim-a', ['y'], 1500],
      ['claim-b', ['x'], 3000],
    ]);
  });

  it('keeps only what was known by a date', () => {
    expect(estimatesOf('movement-test', claims, actors, '2024-10-22').map((e) => e.claim)).toEqual(['claim-a']);
  });

  it('gives the data’s estimates for North Korean troops in Kursk Oblast by the end of October 2024', async () => {
    const { dataset } = await loadRealDataset();
    const kursk = estimatesOf('deployment-prk-kursk-oblast', [...dataset.claims.values()], dataset.actors, '2024-10-31');
    expect(kursk.map((e) => [e.claim, e.figure.qualifier, e.figure.value])).toEqual([
      ['claim-2024-10-31-blinken-kursk', 'up-to', 8000],
      ['claim-2024-10-31-wood-8000-in-kursk', 'about', 8000],
    ]);
  });
});
