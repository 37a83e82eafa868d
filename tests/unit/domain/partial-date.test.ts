import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  earliestDay,
  isKnownAsOf,
  isRealDay,
  isRealMonth,
  knownBy,
} from '@/lib/domain/partial-date';
import { PartialDateSchema } from '@/lib/domain/date-schemas';

describe('calendar checks', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2023-02-29')).toBe(false);
    expect(isRealDay('2024-04-31')).toBe(false);
    expect(isRealDay('2024-13-01')).toBe(false);
    expect(isRealDay('2024-1-01')).toBe(false);
  });

  it('accepts real months only', () => {
    expect(isRealMonth('2024-10')).toBe(true);
    expect(isRealMonth('2024-00')).toBe(false);
    expect(isRealMonth('2024-10-01')).toBe(false);
  });

  it('rejects a day-precision date whose value is a month', () => {
    expect(PartialDateSchema.safeParse({ precision: 'day', value: '2024-10' }).success).toBe(false);
    expect(PartialDateSchema.safeParse({ precision: 'unknown', value: '2024-10' }).success).toBe(false);
  });
});

describe('the "as of" rule', () => {
  it('counts a month-precision date from the last day of its month', () => {
    expect(knownBy({ precision: 'month', value: '2024-10' })).toBe('2024-10-31');
    expect(knownBy({ precision: 'month', value: '2024-02' })).toBe('2024-02-29');
    expect(knownBy({ precision: 'month', value: '2025-02' })).toBe('2025-02-28');
    expect(knownBy({ precision: 'unknown' })).toBeNull();
  });

  it('treats the first day of the month as the earliest a month date can be', () => {
    expect(earliestDay({ precision: 'month', value: '2024-10' })).toBe('2024-10-01');
    expect(earliestDay({ precision: 'day', value: '2024-10-18' })).toBe('2024-10-18');
  });

  it('does not show a month-dated claim before its month is over', () => {
    const october = { precision: 'month', value: '2024-10' } as const;
    expect(isKnownAsOf(october, '2024-10-30')).toBe(false);
    expect(isKnownAsOf(october, '2024-10-31')).toBe(true);
    expect(isKnownAsOf({ precision: 'day', value: '2024-10-18' }, '2024-10-18')).toBe(true);
    expect(isKnownAsOf({ precision: 'unknown' }, '2099-01-01')).toBe(false);
  });

  it('sorts by the day a date counts from, more precise first on a tie, unknown last', () => {
    const dates = [
      { precision: 'unknown' },
      { precision: 'month', value: '2024-10' },
      { precision: 'day', value: '2024-10-31' },
      { precision: 'day', value: '2024-10-02' },
    ] as const;
    expect([...dates].sort(comparePartialDates)).toEqual([dates[3], dates[2], dates[1], dates[0]]);
  });
});
