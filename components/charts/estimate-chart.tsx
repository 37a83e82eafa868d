import type { Lang } from '@/lib/basemap/region-schema';
import { formatCount, formatPartialDate } from '@/lib/claims/claim-format';
import { estimateChart, type ChartEstimate, type MarkShape } from '@/lib/claims/estimate-chart';
import type { Messages } from '@/lib/i18n/messages';

const WIDTH = 340;
const HEIGHT = 190;

/** A party's mark, centred on (x, y): the shape tells parties apart without colour. */
function Mark({ shape, x, y }: { shape: MarkShape; x: number; y: number }) {
  const r = 4.5;
  const common = { fill: 'currentColor', stroke: 'var(--chart-halo, white)', strokeWidth: 1 };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} {...common} />;
    case 'square':
      return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} {...common} />;
    case 'triangle':
      return <path d={`M${x},${y - r - 1} L${x + r + 1},${y + r} L${x - r - 1},${y + r} Z`} {...common} />;
    case 'diamond':
      return <path d={`M${x},${y - r - 1} L${x + r + 1},${y} L${x},${y + r + 1} L${x - r - 1},${y} Z`} {...common} />;
  }
}

/** A shape on its own, for the key under the chart. */
function KeyMark({ shape }: { shape: MarkShape }) {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className="shrink-0">
      <Mark shape={shape} x={6} y={6} />
    </svg>
  );
}

type EstimateChartProps = {
  estimates: readonly ChartEstimate[];
  partyName: (id: string) => string;
  lang: Lang;
  messages: Messages;
};

/**
 * The troop estimates of a movement or deployment over time, as a small SVG chart: x the date, y the troops, one mark
 * per estimate (a point, a low–high bar, or an arrow for an open range), each party its own shape. The chart is one
 * image with a text summary; the table beside it stays the accessible record of every figure.
 */
export function EstimateChart({ estimates, partyName, lang, messages }: EstimateChartProps) {
  const chart = estimateChart(estimates, WIDTH, HEIGHT);
  const { plot, summary } = chart;
  if (summary.count === 0 || summary.firstDay === null || summary.lastDay === null) return null;
  const dash = messages.dashboard;
  const day = (value: string) => formatPartialDate({ precision: 'day', value }, lang) ?? value;
  const month = new Intl.DateTimeFormat(lang, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const label = dash.estimateChartSummary(
    summary.count,
    day(summary.firstDay),
    day(summary.lastDay),
    formatCount(summary.lowest ?? 0, lang),
    formatCount(summary.highest ?? 0, lang),
  );
  return (
    <figure className="mt-2 text-stone-800 [--chart-halo:white] dark:text-stone-100 dark:[--chart-halo:#1c1917]" data-testid="estimate-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="h-auto w-full">
        <g className="text-stone-500 dark:text-stone-400" stroke="currentColor" strokeWidth="0.5">
          {chart.yTicks.map((tick) => (
            <line key={tick.value} x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} strokeDasharray={tick.value === 0 ? undefined : '2 3'} />
          ))}
          <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
        </g>
        <g fontSize="10" fill="currentColor">
          {chart.yTicks.map((tick) => (
            <text key={tick.value} x={plot.left - 4} y={tick.y + 3} textAnchor="end">
              {formatCount(tick.value, lang)}
            </text>
          ))}
          {chart.xTicks.map((tick) => (
            <text key={tick.month} x={tick.x} y={plot.bottom + 13} textAnchor="middle">
              {month.format(new Date(`${tick.month}-01T00:00:00Z`))}
            </text>
          ))}
          <text x={plot.right} y={HEIGHT - 2} textAnchor="end" fontWeight="600">
            {dash.estimateAxis.date}
          </text>
          <text x={4} y={10} fontWeight="600">
            {dash.estimateAxis.troops}
          </text>
        </g>
        {chart.marks.map((mark, index) => (
          <g key={`${mark.claim}-${index}`}>
            {mark.yHigh !== mark.yLow ? (
              <line x1={mark.x} x2={mark.x} y1={mark.yLow} y2={mark.yHigh + (mark.open ? 4 : 0)} stroke="currentColor" strokeWidth="2" />
            ) : null}
            {mark.open ? (
              <path d={`M${mark.x - 4},${mark.yHigh + 6} L${mark.x},${mark.yHigh} L${mark.x + 4},${mark.yHigh + 6}`} fill="none" stroke="currentColor" strokeWidth="2" />
            ) : mark.yHigh !== mark.yLow ? (
              <Mark shape={mark.shape} x={mark.x} y={mark.yHigh} />
            ) : null}
            <Mark shape={mark.shape} x={mark.x} y={mark.yLow} />
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 text-xs text-stone-700 dark:text-stone-300">
        <ul className="flex flex-wrap gap-x-3">
          {chart.parties.map(({ party, shape }) => (
            <li key={party} className="flex items-center gap-1">
              <KeyMark shape={shape} />
              {partyName(party)}
            </li>
          ))}
        </ul>
        <p>{dash.estimateChartKey}</p>
      </figcaption>
    </figure>
  );
}
