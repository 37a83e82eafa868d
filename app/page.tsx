import { Atlas, type InitialNotice } from '@/components/atlas';
import { getApiContext } from '@/lib/api/api-context.server';
import { regionDossier } from '@/lib/api/region-dossier';
import { createStatusBook } from '@/lib/api/status-book';
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
  const context = await getApiContext();
  const unknownSubjectId =
    (state.movement && !context.dataset.movements.has(state.movement) ? state.movement : null) ??
    (state.deployment && !context.dataset.deployments.has(state.deployment) ? state.deployment : null);
  const selectionProblem =
    problems.some((problem) => ['region', 'movement', 'deployment'].includes(problem.param)) ||
    (state.region !== null && !selected) ||
    unknownSubjectId !== null;
  const initialNotice: InitialNotice = selectionProblem ? 'unknownSelection' : problems.length > 0 ? 'badLink' : null;
  const { lang } = await requestLocale();
  const initialDossier = selected ? regionDossier(selected, context, createStatusBook(context.dataset, context.latestDay)) : null;
  const partyNames = Object.fromEntries(
    [...context.dataset.actors.values()].filter((actor) => actor.parent === null).map((actor) => [actor.id, actor.names]),
  );
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
      initialDossier={initialDossier}
      unknownSubjectId={unknownSubjectId}
      partyNames={partyNames}
      remoteStyleUrl={process.env.BASEMAP_STYLE_URL || null}
    />
  );
}
