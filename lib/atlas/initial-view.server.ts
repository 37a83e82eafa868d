import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { appliedFilters, FIRST_FEED_PAGE, type InitialNotice, type InitialView } from '@/lib/atlas/initial-view';
import { basemapUrls, type BasemapUrls } from '@/lib/atlas/map-sources';
import type { ApiContext } from '@/lib/api/api-context';
import { getApiContext } from '@/lib/api/api-context.server';
import { checkFilterReferences } from '@/lib/api/claim-filter';
import { claimsPage } from '@/lib/api/claims-page';
import { claimView } from '@/lib/api/claim-view';
import { regionDossier } from '@/lib/api/region-dossier';
import { createStatusBook } from '@/lib/api/status-book';
import { loadAssetManifest } from '@/lib/basemap/manifest.server';
import { FontFacesSchema, type FontFaces, type Region } from '@/lib/basemap/region-schema';
import { claimCardPage } from '@/lib/claims/claim-card-view';
import { feedFilters, type FeedFilters } from '@/lib/claims/feed-query';
import { knownBy } from '@/lib/domain/partial-date';
import { loadRegionIndex } from '@/lib/regions/region-index.server';
import { processSingleton } from '@/lib/server-singleton';
import type { UrlProblem, UrlState } from '@/lib/url-state';

const SELECTION_PARAMS = new Set(['region', 'movement', 'deployment', 'actor']);

/** The basemap's font list, read once per process; null when missing or malformed (the map then fetches it). */
const loadFontFaces = processSingleton('font-faces', async (): Promise<FontFaces | null> => {
  try {
    const text = await readFile(path.join(process.cwd(), 'public', 'basemap', 'font-faces.json'), 'utf8');
    const parsed = FontFacesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
});

/** The basemap's URLs with their content versions (from the manifest), or the bare paths without one. */
async function loadBasemapUrls(): Promise<BasemapUrls> {
  return basemapUrls(await loadAssetManifest());
}

/** What every first render shares: the days with claims (the timeline's ticks) and the parties' names. */
type DataSummary = { claimDays: string[]; partyNames: InitialView['partyNames'] };

/** Computed once per API context (its dataset never changes), not once per request. */
const summaries = new WeakMap<ApiContext, DataSummary>();

function dataSummary(context: ApiContext): DataSummary {
  let summary = summaries.get(context);
  if (summary === undefined) {
    summary = {
      claimDays: [...new Set(context.claims.map((claim) => knownBy(claim.date)).filter((day): day is string => day !== null))].sort(),
      partyNames: Object.fromEntries(
        [...context.dataset.actors.values()].filter((actor) => actor.parent === null).map((actor) => [actor.id, actor.names]),
      ),
    };
    summaries.set(context, summary);
  }
  return summary;
}

/**
 * Everything the first render of the map page needs, from the link's URL state: the selection checked against the
 * data, the selected region's dossier, the first page of the claims feed, the timeline's span, and the notice to show
 * when part of the link could not be used (the link's values are never echoed).
 */
export async function loadInitialView(state: UrlState, problems: readonly UrlProblem[]): Promise<InitialView> {
  const [index, context, fontFaces, basemap] = await Promise.all([
    loadRegionIndex(),
    getApiContext(),
    loadFontFaces(),
    loadBasemapUrls(),
  ]);
  const selected = state.region ? index.get(state.region) : undefined;
  const seedRegions = [selected?.id, selected?.country, selected?.occupation?.by]
    .map((id) => (id ? index.get(id) : undefined))
    .filter((region): region is Region => region !== undefined);
  const unknownSubjectId =
    (state.movement && !context.dataset.movements.has(state.movement) ? state.movement : null) ??
    (state.deployment && !context.dataset.deployments.has(state.deployment) ? state.deployment : null) ??
    (state.actor && !context.dataset.actors.has(state.actor) ? state.actor : null);

  const asked = feedFilters(state);
  const invalidFilters = checkFilterReferences(
    { party: asked.party ?? undefined, claimant: asked.claimant ?? undefined, from: asked.from ?? undefined, to: asked.to ?? undefined },
    context,
  ).map((error) => error.name as keyof FeedFilters);
  // A lens naming no actor is ignored like a bad filter (the map's API would answer 400 for it).
  const invalidLenses = (['lens', 'lens2'] as const).filter((name) => {
    const id = state[name];
    return id !== null && !context.dataset.actors.has(id);
  });
  const { filters } = appliedFilters(state, { invalidFilters, invalidLenses });
  const defined = <T,>(value: T | null) => value ?? undefined;
  const page = claimCardPage(
    claimsPage(context, {
      asOf: defined(filters.asOf),
      party: defined(filters.party),
      claimant: defined(filters.claimant),
      stance: defined(filters.stance),
      status: defined(filters.status),
      from: defined(filters.from),
      to: defined(filters.to),
      q: defined(filters.q),
      limit: FIRST_FEED_PAGE,
    }),
  );

  const selectionProblem =
    problems.some((problem) => SELECTION_PARAMS.has(problem.param)) || (state.region !== null && !selected) || unknownSubjectId !== null;
  const notice: InitialNotice = selectionProblem
    ? 'unknownSelection'
    : problems.length > 0 || invalidFilters.length > 0 || invalidLenses.length > 0
      ? 'badLink'
      : null;

  const { claimDays, partyNames } = dataSummary(context);
  // As the claim's endpoint answers it (lib/api/endpoints/claim.ts): its subjects' statuses as of the newest claim.
  const openedClaim = state.claim ? context.dataset.claims.get(state.claim) : undefined;
  return {
    seedRegions,
    notice,
    unknownSubjectId,
    invalidFilters,
    invalidLenses,
    initialDossier: selected
      ? { asOf: state.asOf, dossier: regionDossier(selected, context, createStatusBook(context.dataset, state.asOf ?? context.latestDay)) }
      : null,
    initialFeed: { filters, page },
    initialClaim: openedClaim ? claimView(openedClaim, context, createStatusBook(context.dataset, context.latestDay)) : null,
    partyNames,
    timeline: { first: claimDays[0] ?? context.latestDay, last: context.latestDay, claimDays },
    fontFaces,
    basemap,
  };
}
