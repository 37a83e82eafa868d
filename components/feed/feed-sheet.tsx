'use client';

import { useEffect, useRef } from 'react';
import { draggedSheetState, nextSheetState, type SheetState } from '@/lib/atlas/sheet-state';
import type { Messages } from '@/lib/i18n/messages';

export type { SheetState };

/** The sheet's classes on phones; wide screens (md:) show the feed as a side column whatever the state. */
export function sheetClass(state: SheetState): string {
  const open = 'fixed inset-x-0 bottom-0 z-40 rounded-t-2xl shadow-2xl';
  switch (state) {
    case 'closed':
      return 'hidden';
    case 'collapsed':
      return `${open} h-28 overflow-hidden`;
    case 'half':
      return `${open} h-[50dvh]`;
    case 'full':
      return `${open} h-[calc(100dvh-2.5rem)]`;
  }
}

const DRAG_THRESHOLD = 30;

/**
 * The sheet's handle (phones only): a 44 px button naming the state, which cycles collapsed, half and full height;
 * dragging it up or down moves one step. Escape closes the sheet.
 */
export function SheetHandle({ state, messages, onChange }: { state: SheetState; messages: Messages; onChange: (state: SheetState) => void }) {
  const start = useRef<number | null>(null);
  const dragged = useRef(false);
  const dash = messages.dashboard;

  useEffect(() => {
    if (state === 'closed') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (!window.matchMedia('(max-width: 767px)').matches) return;
      event.preventDefault();
      onChange('closed');
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [state, onChange]);

  if (state === 'closed') return null;
  return (
    <button
      type="button"
      aria-expanded={state !== 'collapsed'}
      aria-label={dash.sheetHandle(dash.sheetState[state])}
      data-sheet-state={state}
      className="-mt-3 mb-1 flex min-h-11 w-full touch-none items-center justify-center md:hidden"
      onPointerDown={(event) => {
        start.current = event.clientY;
        dragged.current = false;
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerUp={(event) => {
        const from = start.current;
        start.current = null;
        if (from === null) return;
        const dy = event.clientY - from;
        if (Math.abs(dy) >= DRAG_THRESHOLD) {
          dragged.current = true;
          onChange(draggedSheetState(state, dy));
        }
      }}
      onClick={() => {
        // A drag already moved the sheet; the click that ends it does not move it again.
        if (dragged.current) {
          dragged.current = false;
          return;
        }
        onChange(nextSheetState(state));
      }}
    >
      <span className="h-1.5 w-12 rounded-full bg-stone-400 dark:bg-stone-500" aria-hidden="true" />
    </button>
  );
}
