import 'server-only';
import type { InitialNotice, InitialView } from '@/lib/atlas/initial-view';
import { getApiContext } from '@/lib/api/api-context.server';
import { checkFilterReferences } from '@/lib/api/claim-filter';
import { claimsPage } from '@/lib/api/claims-page';
import { regionDossier } from '@/lib/api/region-dossier';
import { createStatusBook } from '@/lib/api/status-book';
import type { Region } from '@/lib/basemap/region-schema';
import { feedFilters, type FeedFilters } from '@/lib/claims/feed-query';
import { knownBy } from '@/lib/domain/partial-date';
import { loadRegionIndex } from '@/lib/regions/region-index.server';
import type { UrlProblem, UrlState } from '@/lib/url-state';

const SELECTION_PARAMS = new Set(['region', 'movement', 'deployment']);

/**
 * Everything the first render of the map page needs, from the link's URL state: the selection checked against the
 * data, the selected region's dossier, the first page of the claims feed, the timeline's span, and the notice to show
 * when part of the link could not be used (the link's values are never echoed).
 */
export async function loadInitialView(state: UrlState, problems: readonly UrlProblem[]): Promise<InitialView> {
  const [index, context] = await Promise.all([loadRegionIndex(), getApiContext()]);
  const selected = state.region ? index.get(state.region) : undefined;
  const seedRegions = [selected?.id, selected?.country, selected?.occupation?.by]
    .map((id) => (id ? index.get(id) : undefined))
    .filter((region): region is Region => region !== undefined);
  const unknownSubjectId =
    (state.movement && !context.dataset.movements.has(state.movement) ? state.movement : null) ??
    (state.deployment && !context.dataset.deployments.has(state.deployment) ? state.deployment : null);

  const asked = feedFilters(state);
  const invalidFilters = checkFilterReferences(
    { party: asked.party ?? undefined, claimant: asked.claimant ?? undefined, from: asked.from ?? undefined, to: asked.to ?? undefined },
    context,
  ).map((error) => error.name as keyof FeedFilters);
  const filters = { ...asked, ...Object.fromEntries(invalidFilters.map((name) => [name, null])) } as FeedFilters;
  const defined = <T,>(value: T | null) => value ?? undefined;
  const page = claimsPage(context, {
    asOf: defined(filters.asOf),
    party: defined(filters.party),
    claimant: defined(filters.claimant),
    stance: defined(filters.stance),
    status: defined(filters.status),
    from: defined(filters.from),
    to: defined(filters.to),
    q: defined(filters.q),
  });

  const selectionProblem =
    problems.some((problem) => SELECTION_PARAMS.has(problem.param)) || (state.region !== null && !selected) || unknownSubjectId !== null;
  const notice: InitialNotice = selectionProblem
    ? 'unknownSelection'
    : problems.length > 0 || invalidFilters.length > 0
      ? 'badLink'
      : null;

  const claimDays = [...new Set(context.claims.map((claim) => knownBy(claim.date)).filter((day): day is string => day !== null))].sort();
  return {
    seedRegions,
    notice,
    unknownSubjectId,
    invalidFilters,
    initialDossier: selected
      ? { asOf: state.asOf, dossier: regionDossier(selected, context, createStatusBook(context.dataset, state.asOf ?? context.latestDay)) }
      : null,
    initialFeed: { filters, page },
    partyNames: Object.fromEntries(
      [...context.dataset.actors.values()].filter((actor) => actor.parent === null).map((actor) => [actor.id, actor.names]),
    ),
    timeline: { first: claimDays[0] ?? context.latestDay, last: context.latestDay, claimDays },
  };
}
