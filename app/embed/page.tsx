import type { Metadata } from 'next';
import { Atlas } from '@/components/atlas';
import { loadInitialView } from '@/lib/atlas/initial-view.server';
import { preloadMap } from '@/lib/atlas/map-preload.server';
import { embedUrl } from '@/lib/embed/embed-link';
import { parseEmbedOptions } from '@/lib/embed/embed-options';
import { parseCommandOrigins } from '@/lib/embed/messages';
import { oembedDiscoveryUrl } from '@/lib/embed/oembed';
import { requestOrigin } from '@/lib/embed/request-origin.server';
import { messagesFor } from '@/lib/i18n/messages';
import { requestLocale } from '@/lib/i18n/request-locale.server';
import { parseUrlState } from '@/lib/url-state';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The oEmbed discovery link of this embed, in its normalised form. */
export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const params = await searchParams;
  const origin = await requestOrigin();
  const page = embedUrl(origin, parseUrlState(params).state, parseEmbedOptions(params).options);
  return { alternates: { types: { 'application/json+oembed': oembedDiscoveryUrl(origin, page) } } };
}

/**
 * The embeddable map (docs/embed.md): the main map's components with the embed's options and chrome. Thin like
 * app/page.tsx: the link's state and options in, the first view loaded, text first and the map as a client island.
 */
export default async function EmbedPage({ searchParams }: PageProps) {
  const params = await searchParams;
  const { state, problems } = parseUrlState(params);
  const { options } = parseEmbedOptions(params);
  const [{ lang }, view] = await Promise.all([requestLocale(), loadInitialView(state, problems)]);
  await preloadMap('embed', { state, view, lang, remoteBasemap: Boolean(process.env.BASEMAP_STYLE_URL) });
  const messages = messagesFor(lang);
  // The feed's first page travels with the page only when the feed is shown.
  const shown = options.feed ? view : { ...view, initialFeed: { ...view.initialFeed, page: { ...view.initialFeed.page, data: [] } } };
  return (
    <Atlas
      header={messages.appTitle}
      initialLang={lang}
      initialState={state}
      view={shown}
      remoteStyleUrl={process.env.BASEMAP_STYLE_URL || null}
      embed={{ options, commandOrigins: parseCommandOrigins(process.env.EMBED_COMMAND_ORIGINS) }}
    />
  );
}
