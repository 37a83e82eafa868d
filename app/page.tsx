import type { Metadata } from 'next';
import { Atlas } from '@/components/atlas';
import { loadInitialView } from '@/lib/atlas/initial-view.server';
import { preloadMap } from '@/lib/atlas/map-preload.server';
import { fullMapUrl } from '@/lib/embed/embed-link';
import { oembedDiscoveryUrl } from '@/lib/embed/oembed';
import { requestOrigin } from '@/lib/embed/request-origin.server';
import { messagesFor } from '@/lib/i18n/messages';
import { requestLocale } from '@/lib/i18n/request-locale.server';
import { parseUrlState } from '@/lib/url-state';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The oEmbed discovery link of this view (docs/embed.md). */
export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const origin = await requestOrigin();
  const page = fullMapUrl(origin, parseUrlState(await searchParams).state);
  return { alternates: { types: { 'application/json+oembed': oembedDiscoveryUrl(origin, page) } } };
}

/** The main map: parses the link, loads what the first view shows, renders text first and the map as a client island. */
export default async function HomePage({ searchParams }: PageProps) {
  const { state, problems } = parseUrlState(await searchParams);
  const [{ lang }, view] = await Promise.all([requestLocale(), loadInitialView(state, problems)]);
  await preloadMap('page', { state, view, lang, remoteBasemap: Boolean(process.env.BASEMAP_STYLE_URL) });
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
      initialState={state}
      view={view}
      remoteStyleUrl={process.env.BASEMAP_STYLE_URL || null}
    />
  );
}
