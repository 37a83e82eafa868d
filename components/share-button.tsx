'use client';

import { useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';

/** Copies the page's link, which carries the whole view (selection, day, filters, camera), to the clipboard. */
export function ShareButton({ messages }: { messages: Messages }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard.writeText(window.location.href);
          setCopied(true);
          window.setTimeout(() => setCopied(false), 2500);
        }}
        className="min-h-11 rounded-md border border-stone-400 px-3 text-sm font-semibold dark:border-stone-500"
      >
        {messages.share}
      </button>
      <span role="status" className="text-xs text-stone-700 dark:text-stone-300">
        {copied ? messages.linkCopied : ''}
      </span>
    </div>
  );
}
