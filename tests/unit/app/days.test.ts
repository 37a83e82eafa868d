import { describe, expect, it } from 'vitest';
import { addDays, clampDay, dayOffset, nextDayAfter, previousDayBefore } from '@/lib/timeline/days';

describe('days', () => {
  it('counts days across months, leap days and years', () => {
    expect(dayOffset('2024-06-19', '2024-06-19')).toBe(0);
    expect(dayOffset('2024-02-28', '2024-03-01')).toBe(2);
    expect(dayOffset('2024-12-31', '2025-01-01')).toBe(1);
  });

  it('adds days back to a calendar day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-06-19', dayOffset('2024-06-19', '2025-09-30'))).toBe('2025-09-30');
  });

  it('keeps a day within the span of the data', () => {
    expect(clampDay('2023-01-01', '2024-06-19', '2025-09-30')).toBe('2024-06-19');
    expect(clampDay('2026-01-01', '2024-06-19', '2025-09-30')).toBe('2025-09-30');
    expect(clampDay('2024-10-21', '2024-06-19', '2025-09-30')).toBe('2024-10-21');
  });

  it('finds the next day something was claimed', () => {
    const days = ['2024-06-19', '2024-10-18', '2024-10-21'];
    expect(nextDayAfter(days, '2024-10-18')).toBe('2024-10-21');
    expect(nextDayAfter(days, '2024-07-01')).toBe('2024-10-18');
    expect(previousDayBefore(days, '2024-10-21')).toBe('2024-10-18');
    expect(previousDayBefore(days, '2024-10-19')).toBe('2024-10-18');
    expect(previousDayBefore(days, days[0] as string)).toBeNull();
    expect(nextDayAfter(days, '2024-10-21')).toBeNull();
  });
});
