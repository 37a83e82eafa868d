import { Atlas } from '@/components/atlas';
import { loadInitialView } from '@/lib/atlas/initial-view.server';
import { messagesFor } from '@/lib/i18n/messages';
import { requestLocale } from '@/lib/i18n/request-locale.server';
import { parseUrlState } from '@/lib/url-state';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The main map: parses the link, loads what the first view shows, renders text first and the map as a client island. */
export default async function HomePage({ searchParams }: PageProps) {
  const { state, problems } = parseUrlState(await searchParams);
  const [{ lang }, view] = await Promise.all([requestLocale(), loadInitialView(state, problems)]);
  const messages = messagesFor(lang);
  return (
    <Atlas
      header={
        <div>
          <h1 className="text-lg font-semibold">{messages.appTitle}</h1>
          <p className="hidden text-sm text-stone-700 md:block dark:text-stone-300">{messages.tagline}</p>
        </div>
      }
      initialLang={lang}
      view={view}
      remoteStyleUrl={process.env.BASEMAP_STYLE_URL || null}
    />
  );
}
