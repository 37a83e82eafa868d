import { STATUSES } from '@/lib/domain/status';
import type { Messages } from '@/lib/i18n/messages';
import { STATUS_GLYPHS } from '../claims/status-badge';
import { STATUS_STYLES } from './claim-layers';
import { PALETTES, type MapTheme } from './map-style';

/** What the map's lines, circles and squares mean: each status with its dash pattern, badge and colour, and the actors' seats. */
export function MapLegend({
  theme,
  messages,
  open,
  lens = false,
}: {
  theme: MapTheme;
  messages: Messages;
  open: boolean;
  /** Under a lens the map marks what another party denies (⊖). */
  lens?: boolean;
}) {
  return (
    <details className="pointer-events-auto rounded-md border border-stone-300 bg-white/95 text-xs shadow dark:border-stone-600 dark:bg-stone-900/95" open={open}>
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold">{messages.legend}</summary>
      <div className="px-3 pb-3">
        <p className="text-xs text-stone-700 dark:text-stone-300">{messages.legendMovement}</p>
        <ul className="mt-1 space-y-0.5">
          {STATUSES.map((status) => {
            const { color, dash } = STATUS_STYLES[status];
            return (
              <li key={status} className="flex items-center gap-2">
                <svg width="32" height="10" aria-hidden="true" className="shrink-0">
                  <line
                    x1="0"
                    y1="5"
                    x2="32"
                    y2="5"
                    stroke={color[theme]}
                    strokeWidth="3"
                    strokeDasharray={dash.map((n) => n * 3).join(' ')}
                  />
                </svg>
                <span aria-hidden="true" className="w-4 text-center" style={{ color: color[theme] }}>
                  {STATUS_GLYPHS[status]}
                </span>
                <span>{messages.status[status]}</span>
              </li>
            );
          })}
        </ul>
        <p className="mt-2 flex items-center gap-2 text-xs text-stone-700 dark:text-stone-300">
          <svg width="16" height="16" aria-hidden="true" className="shrink-0">
            <circle cx="8" cy="8" r="6" fill="currentColor" fillOpacity="0.25" stroke="currentColor" strokeWidth="2" />
          </svg>
          {messages.legendDeployment}
        </p>
        <p className="mt-2 flex items-center gap-2 text-xs text-stone-700 dark:text-stone-300">
          <svg width="16" height="16" aria-hidden="true" className="shrink-0">
            <rect x="1" y="1" width="14" height="14" fill={PALETTES[theme].halo} />
            <rect x="3" y="3" width="10" height="10" fill={PALETTES[theme].text} />
            <circle cx="8" cy="8" r="2" fill={PALETTES[theme].halo} />
          </svg>
          {messages.dashboard.legendActor}
        </p>
        {lens ? (
          <p className="mt-2 flex items-center gap-2 text-xs text-stone-700 dark:text-stone-300">
            <span aria-hidden="true" className="w-4 shrink-0 text-center text-base leading-none">
              ⊖
            </span>
            {messages.view.legendDenied}
          </p>
        ) : null}
      </div>
    </details>
  );
}
