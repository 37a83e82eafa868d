import type { KnownDate } from '../domain/partial-date';
import type { Figure } from '../domain/schemas';

/**
 * Layout of the strength-estimate chart (subject panel): troop estimates as marks on a time axis, one mark per
 * estimate (a point for a single figure, a low–high bar for a range, a bar running to the top with an open end for
 * "3,000+"). Pure: the panel draws the SVG from what this returns and formats the labels in the UI language.
 */

/** An estimate as the subject detail API gives it (only what the chart reads). */
export type ChartEstimate = { claim: string; date: KnownDate; parties: string[]; figure: Figure };

/** A mark's shape: each party gets its own, so party never rests on colour alone. */
export type MarkShape = 'circle' | 'square' | 'triangle' | 'diamond';
export const MARK_SHAPES: readonly MarkShape[] = ['circle', 'square', 'triangle', 'diamond'];

export type ChartMark = {
  claim: string;
  /** The day the mark stands for (a month-dated estimate: the 15th). */
  day: string;
  x: number;
  /** The figure's low and high ends in pixels; equal for a single figure. */
  yLow: number;
  yHigh: number;
  /** True for an open range ("3,000+"): the bar runs to the top of the plot. */
  open: boolean;
  /** The party (the first, for a joint claim) whose shape the mark takes. */
  party: string;
  shape: MarkShape;
};

export type EstimateChart = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  marks: ChartMark[];
  /** Month starts on the x axis, `YYYY-MM`. */
  xTicks: { x: number; month: string }[];
  /** Round troop counts on the y axis, 0 first. */
  yTicks: { y: number; value: number }[];
  /** Each party with its shape, in order of first estimate. */
  parties: { party: string; shape: MarkShape }[];
  /** What the chart shows, for its text summary: null values when there is no mark. */
  summary: { count: number; firstDay: string | null; lastDay: string | null; lowest: number | null; highest: number | null };
};

const DAY_MS = 86_400_000;
const toDays = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** The day a date stands for on the axis: the day itself, or the 15th of a month. */
export function chartDay(date: KnownDate): string {
  return date.precision === 'day' ? date.value : `${date.value}-15`;
}

/** The figure's low and high ends: a value twice, a range's bounds (`high` null when open-ended). */
export function figureBounds(figure: Figure): { low: number; high: number | null } {
  if (figure.value !== undefined) return { low: figure.value, high: figure.value };
  return { low: figure.min ?? 0, high: figure.max ?? null };
}

/** A round axis maximum at or above `value`: 1, 2, 2.5 or 5 times a power of ten, for at most `steps` steps. */
export function niceStep(value: number, steps = 4): number {
  if (value <= 0) return 1;
  const raw = value / steps;
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= raw) ?? 10;
  return factor * power;
}

/** Month starts (`YYYY-MM`) from the month after `fromDay` to `toDay`, thinned to at most `most` ticks. */
export function monthTicks(fromDay: string, toDay: string, most = 4): string[] {
  const months: string[] = [];
  let [year, month] = fromDay.split('-').map(Number) as [number, number];
  const end = toDay.slice(0, 7);
  for (;;) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const id = `${year}-${String(month).padStart(2, '0')}`;
    if (id > end) break;
    months.push(id);
  }
  const stride = Math.max(1, Math.ceil(months.length / most));
  return months.filter((_, index) => index % stride === 0);
}

/** Lays out the troop estimates (other counts are left to the table) in a `width` x `height` chart. */
export function estimateChart(estimates: readonly ChartEstimate[], width: number, height: number): EstimateChart {
  const troops = estimates.filter((estimate) => estimate.figure.counts === 'troops');
  const plot = { left: 52, right: width - 12, top: 24, bottom: height - 28 };
  const days = troops.map((estimate) => chartDay(estimate.date)).sort();
  const firstDay = days[0] ?? null;
  const lastDay = days[days.length - 1] ?? null;
  const lows = troops.map((estimate) => figureBounds(estimate.figure).low);
  const highs = troops.map((estimate) => {
    const { low, high } = figureBounds(estimate.figure);
    return high ?? low;
  });
  const highest = highs.length > 0 ? Math.max(...highs) : null;
  const lowest = lows.length > 0 ? Math.min(...lows) : null;

  const step = niceStep(highest ?? 0);
  const top = Math.max(step, Math.ceil((highest ?? 0) / step) * step);
  const y = (value: number) => plot.bottom - (value / top) * (plot.bottom - plot.top);
  // A fortnight of room each side, so a lone estimate or the ends do not sit on the axes.
  const start = firstDay === null ? 0 : toDays(firstDay) - 14;
  const end = lastDay === null ? 1 : toDays(lastDay) + 14;
  const x = (day: string) => plot.left + ((toDays(day) - start) / (end - start)) * (plot.right - plot.left);

  const parties: { party: string; shape: MarkShape }[] = [];
  const shapeOf = (party: string): MarkShape => {
    const known = parties.find((entry) => entry.party === party);
    if (known) return known.shape;
    const shape = MARK_SHAPES[parties.length % MARK_SHAPES.length] as MarkShape;
    parties.push({ party, shape });
    return shape;
  };

  const marks = troops.map((estimate): ChartMark => {
    const { low, high } = figureBounds(estimate.figure);
    const party = estimate.parties[0] ?? '';
    const day = chartDay(estimate.date);
    return { claim: estimate.claim, day, x: x(day), yLow: y(low), yHigh: high === null ? plot.top : y(high), open: high === null, party, shape: shapeOf(party) };
  });

  const xTicks =
    firstDay === null || lastDay === null
      ? []
      : monthTicks(new Date((start - 1) * DAY_MS).toISOString().slice(0, 10), new Date(end * DAY_MS).toISOString().slice(0, 10))
          .map((month) => ({ month, x: x(`${month}-01`) }))
          .filter((tick) => tick.x >= plot.left && tick.x <= plot.right);
  const yTicks: { y: number; value: number }[] = [];
  for (let value = 0; value <= top; value += step) yTicks.push({ value, y: y(value) });

  return {
    width,
    height,
    plot,
    marks,
    xTicks,
    yTicks,
    parties,
    summary: { count: marks.length, firstDay, lastDay, lowest, highest },
  };
}
