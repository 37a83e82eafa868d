'use client';

/** A short, dismissible notice over the map (a bad link, a map that could not start). Text only. */
export function Notice({ text, dismissLabel, onDismiss }: { text: string; dismissLabel: string; onDismiss: () => void }) {
  return (
    <div
      role="status"
      className="pointer-events-auto flex max-w-md items-start gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 shadow dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="flex-1">{text}</p>
      <button
        type="button"
        onClick={onDismiss}
        className="min-h-11 min-w-11 rounded px-2 font-medium underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-amber-900 dark:focus-visible:outline-amber-200"
      >
        {dismissLabel}
      </button>
    </div>
  );
}
