import { describe, expect, it } from 'vitest';
import { statusAsOf } from '@/lib/domain/status';
import { actors, claim, SUBJECT } from '../../fixtures/claims-model/stances';

const AS_OF = '2024-12-31';
const status = (claims: Parameters<typeof statusAsOf>[1], asOf = AS_OF) => statusAsOf(SUBJECT, claims, actors, asOf);

describe('statusAsOf: the five rules, in order', () => {
  it('is confirmed when an acting party asserts it, even against another acting party', () => {
    const result = status([claim('a', ['x'], '2024-01-01', 'asserts'), claim('b', ['act'], '2024-01-02', 'asserts'), claim('c', ['act2'], '2024-01-03', 'denies')]);
    expect(result.status).toBe('confirmed');
    expect(result.decidedBy).toEqual(['act']);
  });

  it('is confirmed when an acting party confirms it through one of its bodies', () => {
    const result = status([claim('a', ['act-agency'], '2024-01-02', 'confirms')]);
    expect(result.status).toBe('confirmed');
    expect(result.decidedBy).toEqual(['act']);
  });

  it('is retracted when every party that asserted it has retracted', () => {
    const result = status([
      claim('a', ['x'], '2024-01-01', 'asserts'),
      claim('b', ['y'], '2024-01-02', 'asserts'),
      claim('c', ['x-spokesman'], '2024-02-01', 'retracts'),
      claim('d', ['y'], '2024-02-02', 'retracts'),
    ]);
    expect(result.status).toBe('retracted');
    expect(result.withdrawn).toEqual(['x', 'y']);
  });

  it('counts a later denial by the party that asserted it as a withdrawal', () => {
    const result = status([claim('a', ['x'], '2024-01-01', 'asserts'), claim('b', ['x'], '2024-02-01', 'denies')]);
    expect(result.status).toBe('retracted');
  });

  it('is not retracted while another party still asserts it', () => {
    const result = status([
      claim('a', ['x'], '2024-01-01', 'asserts'),
      claim('b', ['y'], '2024-01-02', 'asserts'),
      claim('c', ['x'], '2024-02-01', 'retracts'),
    ]);
    expect(result.status).toBe('reported');
    expect(result.asserting).toEqual(['y']);
    expect(result.withdrawn).toEqual(['x']);
  });

  it('is contested when an acting party denies it while another party asserts it', () => {
    const result = status([claim('a', ['x'], '2024-01-01', 'asserts'), claim('b', ['act'], '2024-01-02', 'denies')]);
    expect(result.status).toBe('contested');
    expect(result.decidedBy).toEqual(['act', 'x']);
    expect(result.opposing).toEqual(['act']);
  });

  it('treats a dispute by an acting party like a denial', () => {
    const result = status([claim('a', ['x'], '2024-01-01', 'asserts'), claim('b', ['act2'], '2024-01-02', 'disputes')]);
    expect(result.status).toBe('contested');
  });

  it('is not contested by a denial from a party that is not acting', () => {
    const result = status([claim('a', ['x'], '2024-01-01', 'asserts'), claim('b', ['y'], '2024-01-02', 'asserts'), claim('c', ['z'], '2024-01-03', 'denies')]);
    expect(result.status).toBe('corroborated');
    expect(result.opposing).toEqual(['z']);
  });

  it('is corroborated when two or more parties assert it', () => {
    const result = status([claim('a', ['x'], '2024-01-01', 'asserts'), claim('b', ['y'], '2024-01-02', 'confirms')]);
    expect(result.status).toBe('corroborated');
    expect(result.decidedBy).toEqual(['x', 'y']);
  });

  it('counts two claimants of one party once, and a joint claim of two parties twice', () => {
    expect(status([claim('a', ['x', 'x-office'], '2024-01-01', 'asserts')]).status).toBe('reported');
    expect(status([claim('a', ['x', 'y'], '2024-01-01', 'asserts')]).status).toBe('corroborated');
  });

  it('is reported when one party asserts it', () => {
    const result = status([claim('a', ['x-spokesman'], '2024-01-01', 'asserts'), claim('b', ['x'], '2024-01-05', 'asserts')]);
    expect(result.status).toBe('reported');
    expect(result.decidedBy).toEqual(['x']);
  });
});

describe('statusAsOf: no status yet', () => {
  it('is unreported before any claim', () => {
    const result = status([claim('a', ['x'], '2024-03-01', 'asserts')], '2024-02-28');
    expect(result.status).toBe('unreported');
    expect(result.stances).toEqual([]);
  });

  it('is unreported when the only claims deny or comment', () => {
    const result = status([claim('a', ['act'], '2024-01-01', 'denies'), claim('b', ['y'], '2024-01-02', 'comments')]);
    expect(result.status).toBe('unreported');
    expect(result.opposing).toEqual(['act']);
    expect(result.commenting).toEqual(['y']);
  });
});

describe("statusAsOf: each party's latest stance counts", () => {
  it('makes a party that denied and later confirmed a confirmer', () => {
    const claims = [claim('a', ['x'], '2024-01-01', 'asserts'), claim('b', ['act'], '2024-01-02', 'denies'), claim('c', ['act'], '2024-04-26', 'confirms')];
    expect(status(claims, '2024-04-25').status).toBe('contested');
    expect(status(claims, '2024-04-26').status).toBe('confirmed');
  });

  it('stops counting an acting party as a confirmer once it denies', () => {
    const claims = [claim('a', ['act'], '2024-01-01', 'asserts'), claim('b', ['x'], '2024-01-02', 'asserts'), claim('c', ['act'], '2024-02-01', 'denies')];
    expect(status(claims).status).toBe('contested');
  });

  it('lets no comment change a stance', () => {
    const result = status([claim('a', ['x'], '2024-01-01', 'asserts'), claim('b', ['act'], '2024-01-02', 'denies'), claim('c', ['act'], '2024-01-03', 'comments')]);
    expect(result.status).toBe('contested');
    const act = result.stances.find((stance) => stance.party === 'act');
    expect(act?.stance).toBe('denies');
    expect(act?.claim).toBe('claim-b');
    expect(act?.history.map((entry) => entry.stance)).toEqual(['denies', 'comments']);
  });

  it('reads claims in date order whatever order they are given in', () => {
    const claims = [claim('late', ['act'], '2024-03-01', 'confirms'), claim('early', ['act'], '2024-01-01', 'denies'), claim('x', ['x'], '2024-01-01', 'asserts')];
    expect(status(claims).status).toBe('confirmed');
  });
});

describe('statusAsOf: dates and scope', () => {
  it('counts a month-precision claim only from the last day of its month', () => {
    const claims = [claim('a', ['x'], '2024-10', 'asserts')];
    expect(status(claims, '2024-10-30').status).toBe('unreported');
    expect(status(claims, '2024-10-31').status).toBe('reported');
  });

  it('includes claims made on the as-of day itself', () => {
    expect(status([claim('a', ['x'], '2024-05-05', 'asserts')], '2024-05-05').status).toBe('reported');
  });

  it('ignores claims about other subjects', () => {
    expect(status([claim('a', ['x'], '2024-01-01', 'asserts', 'movement-other')]).status).toBe('unreported');
  });

  it('explains itself with claim ids and dates per party', () => {
    const result = status([claim('a', ['x-spokesman'], '2024-01-01', 'asserts'), claim('b', ['act'], '2024-01-02', 'denies')], '2024-06-30');
    expect(result).toMatchObject({ subject: 'movement-test', asOf: '2024-06-30', status: 'contested' });
    expect(result.stances).toEqual([
      {
        party: 'x',
        acting: false,
        stance: 'asserts',
        claim: 'claim-a',
        date: { precision: 'day', value: '2024-01-01' },
        history: [{ claim: 'claim-a', stance: 'asserts', date: { precision: 'day', value: '2024-01-01' } }],
      },
      {
        party: 'act',
        acting: true,
        stance: 'denies',
        claim: 'claim-b',
        date: { precision: 'day', value: '2024-01-02' },
        history: [{ claim: 'claim-b', stance: 'denies', date: { precision: 'day', value: '2024-01-02' } }],
      },
    ]);
  });

  it('rejects an as-of value that is not a calendar day', () => {
    expect(() => status([], '2024-10')).toThrow(RangeError);
  });
});
