'use client';

import { useMap } from 'react-map-gl/maplibre';

type Direction = 'north' | 'west' | 'east' | 'south';

const OFFSETS: Record<Direction, [number, number]> = { north: [0, -1], west: [-1, 0], east: [1, 0], south: [0, 1] };
const GLYPHS: Record<Direction, string> = { north: '↑', west: '←', east: '→', south: '↓' };
const PLACES: Record<Direction, string> = {
  north: 'col-start-2 row-start-1',
  west: 'col-start-1 row-start-2',
  east: 'col-start-3 row-start-2',
  south: 'col-start-2 row-start-3',
};

/**
 * Buttons that move the map by a third of its size: the non-drag way to pan (WCAG 2.5.7), beside MapLibre's zoom
 * buttons and its keyboard arrows. Without animation when the reader asks for reduced motion.
 */
export function PanControl({ labels }: { labels: Record<Direction | 'group', string> }) {
  const { current: map } = useMap();
  const pan = (direction: Direction, event: MouseEvent) => {
    if (!map) return;
    const canvas = map.getCanvas();
    const [dx, dy] = OFFSETS[direction];
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // The click goes with the move, as MapLibre's own controls do, so the map counts it as the reader's (the link keeps it).
    map.panBy([(dx * canvas.clientWidth) / 3, (dy * canvas.clientHeight) / 3], { duration: reduced ? 0 : 300 }, { originalEvent: event });
  };
  return (
    <div className="absolute right-2 bottom-8 z-10 grid grid-cols-3 grid-rows-3" role="group" aria-label={labels.group}>
      {(Object.keys(OFFSETS) as Direction[]).map((direction) => (
        <button
          key={direction}
          type="button"
          onClick={(event) => pan(direction, event.nativeEvent)}
          aria-label={labels[direction]}
          className={`${PLACES[direction]} flex size-11 items-center justify-center rounded-md border border-stone-300 bg-white/95 text-lg shadow dark:border-stone-600 dark:bg-stone-900/95`}
        >
          <span aria-hidden="true">{GLYPHS[direction]}</span>
        </button>
      ))}
    </div>
  );
}
