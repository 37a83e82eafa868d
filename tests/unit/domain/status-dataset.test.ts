import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@/lib/data/dataset';
import { statusAsOf, type StatusExplanation, type SubjectStatus } from '@/lib/domain/status';
import { loadRealDataset } from '../../fixtures/claims-model/real-data';

const KURSK = 'deployment-prk-kursk-oblast';
const SEA = 'movement-2024-10-prk-sea-to-vladivostok';
const TO_KURSK = 'movement-2024-10-prk-far-east-to-kursk';
const DONETSK = 'event-2024-10-03-prk-officers-killed-near-donetsk';
const FAR_EAST = 'deployment-prk-russian-far-east';
const USSURIYSK = 'movement-2024-10-prk-vladivostok-to-ussuriysk';
const REINFORCEMENTS = 'movement-2025-01-prk-reinforcements-from-chongjin';
const SAPPERS = 'movement-2025-06-prk-sappers-to-kursk';
const BUILDERS = 'movement-2025-06-prk-builders-to-kursk';

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

describe('status rules on the whole story, June 2024 to September 2025', () => {
  const DATES = ['2024-10-20', '2024-12-31', '2025-02-15', '2025-04-30', '2025-09-30'] as const;
  const TABLE: [string, SubjectStatus[]][] = [
    [KURSK, ['unreported', 'contested', 'contested', 'confirmed', 'confirmed']],
    [FAR_EAST, ['contested', 'contested', 'contested', 'contested', 'contested']],
    [SEA, ['contested', 'contested', 'contested', 'contested', 'contested']],
    [USSURIYSK, ['contested', 'contested', 'contested', 'contested', 'contested']],
    [TO_KURSK, ['contested', 'contested', 'contested', 'confirmed', 'confirmed']],
    [REINFORCEMENTS, ['unreported', 'reported', 'reported', 'corroborated', 'corroborated']],
    [SAPPERS, ['unreported', 'unreported', 'unreported', 'unreported', 'confirmed']],
    [BUILDERS, ['unreported', 'unreported', 'unreported', 'unreported', 'confirmed']],
  ];

  it.each(TABLE)('gives %s these statuses on 20 Oct, 31 Dec 2024, 15 Feb, 30 Apr, 30 Sep 2025', (id, expected) => {
    expect(DATES.map((date) => statusOf(id, date).status)).toEqual(expected);
  });

  it('contests North Korean troops in Kursk Oblast through 2024: four parties assert, both acting parties deny', () => {
    const result = statusOf(KURSK, '2024-12-31');
    expect(result.status).toBe('contested');
    expect(result.asserting.sort()).toEqual(['kor', 'nato', 'ukr', 'usa']);
    expect(result.opposing.sort()).toEqual(['prk', 'rus']);
    expect(result.commenting).toEqual(['un']);
    expect(statusOf(KURSK, '2025-04-25').status).toBe('contested');
  });

  it('confirms Kursk from Russia’s own acknowledgement on 26 April 2025, and North Korea’s on 28 April', () => {
    const russia = statusOf(KURSK, '2025-04-26');
    expect(russia).toMatchObject({ status: 'confirmed', decidedBy: ['rus'], opposing: ['prk'] });
    expect(russia.stances.find((s) => s.party === 'rus')?.claim).toBe('claim-2025-04-26-gerasimov-kursk-liberated');
    const both = statusOf(KURSK, '2025-04-28');
    expect(both.decidedBy.sort()).toEqual(['prk', 'rus']);
    expect(both.opposing).toEqual([]);
    expect(both.stances.find((s) => s.party === 'prk')?.claim).toBe('claim-2025-04-28-prk-confirms-deployment');
  });

  it('keeps Ukraine among the asserters after it disputes Russia’s retaking of Kursk (a topic, not the deployment)', () => {
    expect(statusOf(KURSK, '2025-04-30').asserting).toContain('ukr');
  });

  it('leaves the Far East contested: the acknowledgements name Kursk, and Russia never took back its denial there', () => {
    const result = statusOf(FAR_EAST, '2025-09-30');
    expect(result.opposing.sort()).toEqual(['prk', 'rus']);
    expect(result.stances.find((s) => s.party === 'rus')?.claim).toBe('claim-2024-10-23-zakharova-fake-news');
  });

  it('confirms the treaty at each step on the word of its parties', () => {
    expect(statusOf('event-2024-06-19-treaty-signed', '2024-06-19')).toMatchObject({ status: 'confirmed' });
    expect(statusOf('event-2024-11-11-kim-ratifies-treaty', '2024-11-10').status).toBe('unreported');
    expect(statusOf('event-2024-11-11-kim-ratifies-treaty', '2024-11-11')).toMatchObject({ decidedBy: ['prk'] });
    expect(statusOf('event-2024-12-04-treaty-enters-into-force', '2024-12-04').decidedBy.sort()).toEqual(['prk', 'rus']);
  });

  it('confirms the capture of two soldiers on Ukraine’s word from 11 January 2025, two days after it', () => {
    expect(statusOf('event-2025-01-09-two-soldiers-captured', '2025-01-10').status).toBe('unreported');
    expect(statusOf('event-2025-01-09-two-soldiers-captured', '2025-01-11')).toMatchObject({
      status: 'confirmed',
      decidedBy: ['ukr'],
    });
  });

  it('confirms the return of coffins only from North Korea’s report of 22 August 2025', () => {
    expect(statusOf('event-2025-08-01-remains-repatriated', '2025-08-21').status).toBe('unreported');
    expect(statusOf('event-2025-08-01-remains-repatriated', '2025-08-22')).toMatchObject({ decidedBy: ['prk'] });
  });

  it('confirms the Security Council meeting Ukraine called on the word of the states that spoke at it', () => {
    const result = statusOf('event-2024-10-30-unsc-meeting-on-north-korean-troops', '2024-10-30');
    expect(result.status).toBe('confirmed');
    expect(result.decidedBy.sort()).toEqual(['kor', 'ukr']);
    expect(result.commenting).toEqual(['rus']);
  });
});
