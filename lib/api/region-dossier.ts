import type { Region } from '../basemap/region-schema';
import { partiesOf } from '../domain/parties';
import { STANCES, type Claim, type Stance } from '../domain/schemas';
import type { ApiContext } from './api-context';
import { firstAtOrBefore, lowerBound } from './claim-index';
import { claimView, type ClaimView } from './claim-view';
import { isWithin } from './region-scope';
import { latestChange, statusChanges, type StatusChange } from './status-changes';
import type { StatusBook } from './status-book';
import { deploymentStates, eventViews, movementStates, type DeploymentState, type EventView, type MovementState } from './subject-views';

/** How a movement's path meets the region: ends there, starts there, runs inside it, or only passes through. */
export type Direction = 'in' | 'out' | 'within' | 'through';

/** Everything the map says about one region as of a day. */
export interface RegionDossier {
  region: Region;
  asOf: string;
  /** Claims concerning the region or anything in it (its provinces, places, and the subjects located there), newest first. */
  claims: ClaimView[];
  counts: {
    claims: number;
    /** Claims per party among their claimants (a joint claim counts for each party), parties sorted by id. */
    byParty: Record<string, number>;
    /** Claims per stance, every stance listed. */
    byStance: Record<Stance, number>;
  };
  movements: (MovementState & { direction: Direction })[];
  deployments: DeploymentState[];
  events: EventView[];
  /** The newest day the status of a movement, deployment or event there changed, with that day's changes. */
  latestChange: { date: string; changes: StatusChange[] } | null;
}

/** How a path whose places lie in `regionIds` (in order) meets the region; null when it does not touch it. */
export function directionOf(regionIds: readonly string[], regionId: string, regions: ApiContext['regions']): Direction | null {
  const inside = regionIds.map((id) => isWithin(id, regionId, regions));
  if (!inside.includes(true)) return null;
  const starts = inside[0] === true;
  const ends = inside[inside.length - 1] === true;
  return starts && ends ? 'within' : ends ? 'in' : starts ? 'out' : 'through';
}

/** The claims whose scope holds the region and that count as of `asOf`, newest first (from the region index). */
export function claimsInRegion(context: ApiContext, regionId: string, asOf: string): Claim[] {
  const { index } = context;
  const positions = index.byRegion.get(regionId);
  if (positions === undefined) return [];
  const claims: Claim[] = [];
  for (let at = lowerBound(positions, firstAtOrBefore(index.days, asOf)); at < positions.length; at += 1) {
    claims.push(index.newest[positions[at] as number] as Claim);
  }
  return claims;
}

/** The dossier of a region of the index, as of the book's day (movements etc. only once a claim about them exists). */
export function regionDossier(region: Region, context: ApiContext, book: StatusBook): RegionDossier {
  const { dataset, regions } = context;
  const inRegion = (id: string) => isWithin(id, region.id, regions);
  const placeInRegion = (placeId: string) => inRegion(dataset.places.get(placeId)?.region ?? '');
  const claims = claimsInRegion(context, region.id, book.asOf);

  const byParty: Record<string, number> = {};
  for (const party of claims.flatMap((claim) => partiesOf(claim.claimants, dataset.actors)).sort()) {
    byParty[party] = (byParty[party] ?? 0) + 1;
  }
  const byStance = Object.fromEntries(STANCES.map((stance) => [stance, 0])) as Record<Stance, number>;
  for (const claim of claims) byStance[claim.stance] += 1;

  const movements = movementStates(dataset, book).flatMap((movement) => {
    const direction = directionOf(movement.path.map((id) => dataset.places.get(id)?.region ?? ''), region.id, regions);
    return direction === null ? [] : [{ ...movement, direction }];
  });
  const deployments = deploymentStates(dataset, book).filter((deployment) => deployment.regions.some(inRegion));
  const events = eventViews(dataset, book).filter((event) => event.place !== null && placeInRegion(event.place.id));
  const subjects = [...movements, ...deployments, ...events];
  const changes = subjects.flatMap((subject) =>
    statusChanges(subject, dataset.claimsBySubject.get(subject.id) ?? [], dataset.actors, book.asOf),
  );

  return {
    region,
    asOf: book.asOf,
    claims: claims.map((claim) => claimView(claim, context, book)),
    counts: { claims: claims.length, byParty, byStance },
    movements,
    deployments,
    events,
    latestChange: latestChange(changes),
  };
}
