/** Calendar days as `YYYY-MM-DD` strings, counted in UTC so no time zone shifts a day. */

const DAY_MS = 86_400_000;

function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The number of days from `first` to `day` (0 for the same day). */
export function dayOffset(first: string, day: string): number {
  return Math.round((toTime(day) - toTime(first)) / DAY_MS);
}

/** The day `offset` days after `first`. */
export function addDays(first: string, offset: number): string {
  return new Date(toTime(first) + offset * DAY_MS).toISOString().slice(0, 10);
}

/** `day` kept within [first, last]. */
export function clampDay(day: string, first: string, last: string): string {
  return day < first ? first : day > last ? last : day;
}

/** The first of `days` (sorted) after `day`, or null when none is. */
export function nextDayAfter(days: readonly string[], day: string): string | null {
  return days.find((candidate) => candidate > day) ?? null;
}

/** The last of `days` (sorted) before `day`, or null when none is. */
export function previousDayBefore(days: readonly string[], day: string): string | null {
  return days.findLast((candidate) => candidate < day) ?? null;
}
