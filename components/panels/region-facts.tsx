import type { Lang, Region } from '@/lib/basemap/region-schema';
import type { Messages } from '@/lib/i18n/messages';
import { regionDetails, type RegionDetails } from '@/lib/regions/region-details';

/** A region's local name, type, country and, for Crimea and Sevastopol, the occupation note. */
export function RegionFacts({ details, messages }: { details: RegionDetails; messages: Messages }) {
  return (
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
    </>
  );
}

/** The facts of a region record, worked out here so the page loads the region types' names only with the panel. */
export function RegionFactsOf({
  region,
  lookup,
  lang,
  messages,
}: {
  region: Region;
  lookup: (id: string) => Region | undefined;
  lang: Lang;
  messages: Messages;
}) {
  return <RegionFacts details={regionDetails(region, lookup, lang, messages)} messages={messages} />;
}
