import type { Lang } from '@/lib/basemap/region-schema';
import { formatPartialDate } from '@/lib/claims/claim-format';
import type { Source } from '@/lib/domain/schemas';
import type { Messages } from '@/lib/i18n/messages';

/** Every source of a claim: publisher, title (or that none was shown), date, agency, link and archived copy. */
export function SourceList({ sources, lang, messages }: { sources: readonly Source[]; lang: Lang; messages: Messages }) {
  return (
    <ol className="mt-1 space-y-2 text-sm">
      {sources.map((source) => {
        const date = formatPartialDate(source.published, lang);
        return (
          <li key={source.id} className="border-l-2 border-stone-300 pl-2 dark:border-stone-600">
            <a
              href={source.url}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
            >
              {source.title ?? <span className="italic">{messages.titleNotShown}</span>}
              <span className="sr-only"> {messages.opensInNewTab}</span>
            </a>
            <div className="text-stone-700 dark:text-stone-300">
              {source.publisher}
              {source.agency ? ` · ${messages.via(source.agency)}` : ''}
              {' · '}
              {date ?? <span className="italic">{messages.dateNotShown}</span>}
              {source.archiveUrl ? (
                <>
                  {' · '}
                  <a
                    href={source.archiveUrl}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="underline underline-offset-2"
                  >
                    {messages.archived}
                    <span className="sr-only"> {messages.opensInNewTab}</span>
                  </a>
                </>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
