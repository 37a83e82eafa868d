/**
 * Dates known to a day, to a month, or not at all.
 *
 * The "as of" rule: a date counts from the LAST day it can stand for (`knownBy`). A claim dated only "October 2024"
 * is counted from 31 October 2024, because replaying what was known on a given day must never show a claim that may
 * not have been made yet; the cost is that such a claim shows up late by up to a month, never early.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (no 2024-02-30). */
export function isRealDay(text: string): boolean {
  const match = DAY_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether `text` is a real calendar month written `YYYY-MM`. */
export function isRealMonth(text: string): boolean {
  const match = MONTH_PATTERN.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** A date known to the day or the month (claims, events, time windows); checked by lib/domain/date-schemas.ts. */
export type KnownDate = { precision: 'day'; value: string } | { precision: 'month'; value: string };

/** A date known to the day, the month, or not at all (a page that showed no date). */
export type PartialDate = KnownDate | { precision: 'unknown' };

function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/** The day from which a date counts "as of" (the last day it can stand for); `null` when unknown. */
export function knownBy(date: PartialDate): string | null {
  if (date.precision === 'day') return date.value;
  if (date.precision === 'month') return lastDayOfMonth(date.value);
  return null;
}

/** The first day a date can stand for (used to tell whether it lies in the future); `null` when unknown. */
export function earliestDay(date: PartialDate): string | null {
  if (date.precision === 'day') return date.value;
  if (date.precision === 'month') return `${date.value}-01`;
  return null;
}

/** Whether a date counts as known on `asOf` (a `YYYY-MM-DD` day): month dates from their last day, unknown never. */
export function isKnownAsOf(date: PartialDate, asOf: string): boolean {
  const day = knownBy(date);
  return day !== null && day <= asOf;
}

const PRECISION_ORDER = { day: 0, month: 1, unknown: 2 } as const;

/** Orders dates by the day they count from; unknown dates last; on a tie the more precise date first. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const dayA = knownBy(a);
  const dayB = knownBy(b);
  if (dayA !== dayB) {
    if (dayA === null) return 1;
    if (dayB === null) return -1;
    return dayA < dayB ? -1 : 1;
  }
  return PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision];
}
