import { describe, expect, it } from 'vitest';
import { chartDay, estimateChart, figureBounds, monthTicks, niceStep, type ChartEstimate } from '@/lib/claims/estimate-chart';

const LABEL = { en: 'troops', ko: '병력' };
const day = (value: string) => ({ precision: 'day', value }) as const;
const troops = (claim: string, date: ChartEstimate['date'], parties: string[], figure: Partial<ChartEstimate['figure']>): ChartEstimate => ({
  claim,
  date,
  parties,
  figure: { counts: 'troops', qualifier: null, label: LABEL, ...figure } as ChartEstimate['figure'],
});

const ESTIMATES: ChartEstimate[] = [
  troops('a', day('2024-10-18'), ['kor'], { value: 1500 }),
  troops('b', { precision: 'month', value: '2024-12' }, ['usa'], { min: 10000, max: 12000 }),
  troops('c', day('2025-02-01'), ['ukr'], { min: 3000, max: null }),
  troops('d', day('2025-04-30'), ['kor'], { value: 15000 }),
  { claim: 'e', date: day('2025-01-10'), parties: ['ukr'], figure: { counts: 'killed', value: 300, qualifier: null, label: LABEL } as ChartEstimate['figure'] },
];

describe('estimateChart', () => {
  const chart = estimateChart(ESTIMATES, 320, 180);

  it('charts troop estimates only, one mark each, in time order left to right', () => {
    expect(chart.marks.map((mark) => mark.claim)).toEqual(['a', 'b', 'c', 'd']);
    const xs = chart.marks.map((mark) => mark.x);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    for (const x of xs) {
      expect(x).toBeGreaterThan(chart.plot.left);
      expect(x).toBeLessThan(chart.plot.right);
    }
  });

  it('draws a single figure as a point, a range as a bar, an open range up to the top', () => {
    const [a, b, c] = chart.marks;
    expect(a?.yLow).toBe(a?.yHigh);
    expect(b?.yHigh).toBeLessThan(b?.yLow ?? 0);
    expect(c?.open).toBe(true);
    expect(c?.yHigh).toBe(chart.plot.top);
  });

  it('puts higher figures higher, on a y axis from 0 to a round maximum above the highest', () => {
    const [a, , , d] = chart.marks;
    expect(d?.yLow).toBeLessThan(a?.yLow ?? 0);
    expect(chart.yTicks[0]).toEqual({ value: 0, y: chart.plot.bottom });
    expect(chart.yTicks.map((tick) => tick.value)).toEqual([0, 5000, 10000, 15000]);
    expect(chart.yTicks.at(-1)?.y).toBe(chart.plot.top);
  });

  it('gives each party its own shape, the same for all its marks', () => {
    expect(chart.parties).toEqual([
      { party: 'kor', shape: 'circle' },
      { party: 'usa', shape: 'square' },
      { party: 'ukr', shape: 'triangle' },
    ]);
    expect(chart.marks[3]?.shape).toBe('circle');
  });

  it('labels month starts inside the plot', () => {
    expect(chart.xTicks.length).toBeGreaterThan(1);
    expect(chart.xTicks.length).toBeLessThanOrEqual(4);
    for (const tick of chart.xTicks) expect(tick.x).toBeGreaterThanOrEqual(chart.plot.left);
  });

  it('summarises what it shows', () => {
    expect(chart.summary).toEqual({ count: 4, firstDay: '2024-10-18', lastDay: '2025-04-30', lowest: 1500, highest: 15000 });
  });

  it('has no marks and no ticks on x without troop estimates', () => {
    const empty = estimateChart([], 320, 180);
    expect(empty.marks).toEqual([]);
    expect(empty.xTicks).toEqual([]);
    expect(empty.summary.count).toBe(0);
  });
});

describe('chart helpers', () => {
  it('places a month-dated estimate mid-month', () => {
    expect(chartDay({ precision: 'month', value: '2024-12' })).toBe('2024-12-15');
  });

  it('reads a figure as its low and high ends', () => {
    expect(figureBounds({ counts: 'troops', value: 5, qualifier: null, label: LABEL })).toEqual({ low: 5, high: 5 });
    expect(figureBounds({ counts: 'troops', min: 3, max: null, qualifier: null, label: LABEL })).toEqual({ low: 3, high: null });
  });

  it('rounds axis steps to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(15000)).toBe(5000);
    expect(niceStep(12000)).toBe(5000);
    expect(niceStep(9)).toBe(2.5);
    expect(niceStep(0)).toBe(1);
  });

  it('thins month ticks to at most the number asked', () => {
    expect(monthTicks('2024-10-03', '2025-01-20')).toEqual(['2024-11', '2024-12', '2025-01']);
    expect(monthTicks('2024-01-03', '2025-01-20', 4).length).toBeLessThanOrEqual(4);
  });
});
