import { Atlas, type InitialNotice } from '@/components/atlas';
import { messagesFor } from '@/lib/i18n/messages';
import { requestLocale } from '@/lib/i18n/request-locale.server';
import { loadRegionIndex } from '@/lib/regions/region-index.server';
import { parseUrlState } from '@/lib/url-state';
import type { Region } from '@/lib/basemap/region-schema';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The main map: parses the link, finds the selected region, renders text first and the map as a client island. */
export default async function HomePage({ searchParams }: PageProps) {
  const { state, problems } = parseUrlState(await searchParams);
  const index = await loadRegionIndex();
  const selected = state.region ? index.get(state.region) : undefined;
  const seedIds = selected ? [selected.id, selected.country, selected.occupation?.by] : [];
  const seedRegions = seedIds
    .map((id) => (id ? index.get(id) : undefined))
    .filter((region): region is Region => region !== undefined);
  const regionProblem = problems.some((problem) => problem.param === 'region') || (state.region !== null && !selected);
  const initialNotice: InitialNotice = regionProblem ? 'unknownRegion' : problems.length > 0 ? 'badLink' : null;
  const { lang } = await requestLocale();
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
      seedRegions={seedRegions}
      initialNotice={initialNotice}
      remoteStyleUrl={process.env.BASEMAP_STYLE_URL || null}
    />
  );
}
