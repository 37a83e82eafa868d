'use client';

/** A request failed: says so and offers to try again. */
export function LoadError({ text, retryLabel, retrying, onRetry }: { text: string; retryLabel: string; retrying: boolean; onRetry: () => void }) {
  return (
    <div role="alert" className="mt-2 rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-50">
      <p>{text}</p>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="mt-2 min-h-11 rounded border border-rose-700 px-3 font-medium dark:border-rose-300"
      >
        {retryLabel}
      </button>
    </div>
  );
}
