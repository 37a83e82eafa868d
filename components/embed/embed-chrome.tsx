import type { ReactNode } from 'react';
import type { Messages } from '@/lib/i18n/messages';

/** The embed's title bar: the title, and a link that opens the full map in the same state (new tab, no opener). */
export function EmbedTitleBar({ title, fullMapHref, messages }: { title: ReactNode; fullMapHref: string; messages: Messages }) {
  return (
    <header className="z-30 flex items-center justify-between gap-2 border-b border-stone-300 bg-white px-3 py-1 dark:border-stone-700 dark:bg-stone-900">
      <h1 className="truncate text-base font-semibold">{title}</h1>
      <a
        href={fullMapHref}
        target="_blank"
        rel="noopener"
        className="flex min-h-11 shrink-0 items-center text-sm font-semibold text-sky-800 underline dark:text-sky-300"
      >
        {messages.embed.openFullMap}
        <span className="sr-only"> {messages.opensInNewTab}</span>
      </a>
    </header>
  );
}

/** The line under the embedded map: the project and where its information comes from. */
export function EmbedAttribution({ messages }: { messages: Messages }) {
  return (
    <p className="border-t border-stone-300 bg-white px-3 py-1 text-xs text-stone-700 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-300">
      {messages.embed.attribution}
    </p>
  );
}
