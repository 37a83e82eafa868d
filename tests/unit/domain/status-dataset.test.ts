import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@/lib/data/dataset';
import { statusAsOf, type StatusExplanation } from '@/lib/domain/status';
import { loadRealDataset } from '../../fixtures/claims-model/real-data';

const KURSK = 'deployment-prk-kursk-oblast';
const SEA = 'movement-2024-10-prk-sea-to-vladivostok';
const TO_KURSK = 'movement-2024-10-prk-far-east-to-kursk';
const DONETSK = 'event-2024-10-03-prk-officers-killed-near-donetsk';

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadRealDataset()).dataset;
});

function statusOf(id: string, asOf: string): StatusExplanation {
  const subject = dataset.movements.get(id) ?? dataset.deployments.get(id) ?? dataset.events.get(id);
  if (subject === undefined) throw new Error(`no subject ${id} in data/`);
  return statusAsOf(subject, [...dataset.claims.values()], dataset.actors, asOf);
}

describe('status rules on the October 2024 data', () => {
  it('reports the Donetsk officers on Ukraine’s word alone (reported)', () => {
    const result = statusOf(DONETSK, '2024-10-05');
    expect(result.status).toBe('reported');
    expect(result.asserting).toEqual(['ukr']);
  });

  it('corroborates them once South Korea’s defence minister calls the reports likely true', () => {
    expect(statusOf(DONETSK, '2024-10-09')).toMatchObject({ status: 'corroborated', asserting: ['ukr', 'kor'] });
  });

  it('contests them from the Kremlin’s denial on 10 October', () => {
    const result = statusOf(DONETSK, '2024-10-10');
    expect(result.status).toBe('contested');
    expect(result.opposing).toEqual(['rus']);
    expect(result.stances.find((s) => s.party === 'rus')?.claim).toBe('claim-2024-10-10-kremlin-fake-news');
  });

  it('has nobody asserting North Korean troops in Kursk Oblast on 20 October (unreported)', () => {
    const result = statusOf(KURSK, '2024-10-20');
    expect(result.status).toBe('unreported');
    expect(result.opposing).toEqual(['rus']);
  });

  it('contests Kursk on 25 October: Russia and North Korea deny, Ukraine asserts', () => {
    const result = statusOf(KURSK, '2024-10-25');
    expect(result.status).toBe('contested');
    expect(result.opposing.sort()).toEqual(['prk', 'rus']);
    expect(result.asserting).toEqual(['ukr']);
  });

  it('still contests Kursk on 31 October, with NATO and the United States asserting too', () => {
    const result = statusOf(KURSK, '2024-10-31');
    expect(result.status).toBe('contested');
    expect(result.asserting.sort()).toEqual(['nato', 'ukr', 'usa']);
    const prk = result.stances.find((s) => s.party === 'prk');
    // North Korea's hedged 25 October statement is a comment: its UN denial still stands.
    expect(prk?.stance).toBe('denies');
    expect(prk?.claim).toBe('claim-2024-10-21-prk-denial-at-un');
  });

  it('contests the sea transport to Vladivostok from the NIS report on', () => {
    expect(statusOf(SEA, '2024-10-17').status).toBe('unreported');
    expect(statusOf(SEA, '2024-10-20')).toMatchObject({ status: 'contested', asserting: ['kor'], opposing: ['rus'] });
    expect(statusOf(SEA, '2024-10-31').asserting.sort()).toEqual(['kor', 'usa']);
  });

  it('contests the move to Kursk from Budanov’s forecast on 18 October', () => {
    expect(statusOf(TO_KURSK, '2024-10-18')).toMatchObject({ status: 'contested', asserting: ['ukr'] });
  });

  it('confirms the ambassador’s summons on the word of Seoul, an acting party', () => {
    expect(statusOf('event-2024-10-21-russian-ambassador-summoned', '2024-10-20').status).toBe('unreported');
    expect(statusOf('event-2024-10-21-russian-ambassador-summoned', '2024-10-21')).toMatchObject({ status: 'confirmed', decidedBy: ['kor'] });
  });

  it('confirms the Duma’s ratification on Russia’s own word', () => {
    expect(statusOf('event-2024-10-24-duma-ratifies-treaty', '2024-10-24')).toMatchObject({ status: 'confirmed', decidedBy: ['rus'] });
  });
});
