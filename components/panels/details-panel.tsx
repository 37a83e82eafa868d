'use client';

import { useEffect, useRef } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import type { RegionDetails } from '@/lib/regions/region-details';

type RegionPanelProps = {
  /** The region to show, or null while its record is still loading. */
  details: RegionDetails | null;
  messages: Messages;
  onClose: () => void;
};

/**
 * The details of the selected region: a side panel on wide screens, a bottom sheet on narrow ones. It takes focus
 * when it opens (its heading), and Escape or the close button closes it; the caller returns focus.
 */
export function RegionPanel({ details, messages, onClose }: RegionPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = details?.id;

  useEffect(() => {
    if (id) headingRef.current?.focus({ preventScroll: true });
  }, [id]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <aside
      aria-label={messages.panelLabel}
      className="pointer-events-auto absolute inset-x-0 bottom-0 z-20 max-h-[50%] overflow-y-auto rounded-t-2xl border-t border-stone-300 bg-white shadow-2xl dark:border-stone-700 dark:bg-stone-900 md:inset-x-auto md:top-0 md:right-0 md:bottom-0 md:max-h-none md:w-[400px] md:rounded-none md:border-t-0 md:border-l"
      data-testid="region-panel"
    >
      <div className="mx-auto mt-2 h-1 w-10 rounded-full bg-stone-300 dark:bg-stone-600 md:hidden" aria-hidden="true" />
      <div className="px-4 pt-2 pb-6 md:pt-4">
        <div className="flex items-start gap-2">
          <h2
            ref={headingRef}
            tabIndex={-1}
            className="flex-1 text-xl font-semibold text-stone-900 outline-none dark:text-stone-50 focus-visible:ring-2 focus-visible:ring-sky-700"
          >
            {details ? details.name : '…'}
          </h2>
          <button
            type="button"
            onClick={onClose}
            aria-label={messages.closePanel}
            className="-mr-2 flex min-h-11 min-w-11 items-center justify-center rounded-full text-2xl leading-none text-stone-700 hover:bg-stone-100 dark:text-stone-200 dark:hover:bg-stone-800 focus-visible:outline-2 focus-visible:outline-sky-700"
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {details ? (
          <>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {details.localName ? (
                <>
                  <dt className="text-stone-600 dark:text-stone-400">{messages.localName}</dt>
                  <dd className="text-stone-900 dark:text-stone-100">{details.localName}</dd>
                </>
              ) : null}
              <dt className="text-stone-600 dark:text-stone-400">{messages.type}</dt>
              <dd className="text-stone-900 dark:text-stone-100">{details.type}</dd>
              {details.countryName ? (
                <>
                  <dt className="text-stone-600 dark:text-stone-400">{messages.country}</dt>
                  <dd className="text-stone-900 dark:text-stone-100">{details.countryName}</dd>
                </>
              ) : null}
            </dl>
            {details.occupation ? (
              <p className="mt-3 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
                {details.occupation}
              </p>
            ) : null}
            <section aria-labelledby="region-claims-heading" className="mt-5">
              <h3 id="region-claims-heading" className="text-base font-semibold text-stone-900 dark:text-stone-50">
                {messages.claimsHeading}
              </h3>
              <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{messages.claimsPending}</p>
            </section>
          </>
        ) : (
          <div className="mt-3 h-16 animate-pulse rounded bg-stone-100 dark:bg-stone-800" aria-hidden="true" />
        )}
      </div>
    </aside>
  );
}
