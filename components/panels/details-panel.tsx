'use client';

import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';

type DetailsPanelProps = {
  /** The heading; null while the record loads. */
  title: string | null;
  /** Changes when another item is shown, so the panel takes focus again. */
  itemKey: string;
  /** The panel's accessible name ("Region details"). */
  label: string;
  closeLabel: string;
  onClose: () => void;
  children?: ReactNode;
};

const noSubscription = () => () => {};

/**
 * The details of whatever is selected: a side panel on wide screens, a bottom sheet on narrow ones. It takes focus
 * (its heading) when it opens or shows another item; Escape or the close button closes it and the caller returns focus.
 * One exception: a panel the page's link opened, while the page was loading, leaves the focus where the reader has
 * already put it (text typed into the search box before the page was live keeps its box and its matches).
 */
export function DetailsPanel({ title, itemKey, label, closeLabel, onClose, children }: DetailsPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // True only while React hydrates the server's HTML: this panel then came with the page, not with a choice.
  const hydrating = useSyncExternalStore(noSubscription, () => false, () => true);
  // The item the page came with, until another is shown.
  const pageItem = useRef(hydrating ? itemKey : null);

  useEffect(() => {
    if (pageItem.current !== itemKey) pageItem.current = null;
    const active = document.activeElement;
    const readerIsElsewhere = active !== null && active !== document.body;
    if (pageItem.current !== null && readerIsElsewhere) return;
    headingRef.current?.focus({ preventScroll: true });
  }, [itemKey]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <aside
      aria-label={label}
      className="pointer-events-auto absolute inset-x-0 bottom-0 z-20 max-h-[50%] overflow-y-auto rounded-t-2xl border-t border-stone-300 bg-white shadow-2xl md:inset-x-auto md:top-0 md:right-0 md:bottom-0 md:max-h-none md:w-[400px] md:rounded-none md:border-t-0 md:border-l dark:border-stone-700 dark:bg-stone-900"
      data-testid="details-panel"
    >
      <div className="mx-auto mt-2 h-1 w-10 rounded-full bg-stone-300 md:hidden dark:bg-stone-600" aria-hidden="true" />
      <div className="px-4 pt-2 pb-6 md:pt-4">
        <div className="flex items-start gap-2">
          <h2
            ref={headingRef}
            tabIndex={-1}
            className="flex-1 text-xl font-semibold text-stone-900 outline-none dark:text-stone-50"
          >
            {title ?? '…'}
          </h2>
          <button
            type="button"
            onClick={onClose}
            aria-label={closeLabel}
            className="-mr-2 flex min-h-11 min-w-11 items-center justify-center rounded-full text-2xl leading-none text-stone-700 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-700 dark:text-stone-200 dark:hover:bg-stone-800"
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {children}
      </div>
    </aside>
  );
}
