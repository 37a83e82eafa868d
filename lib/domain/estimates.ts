import { partiesOf, type ActorIndex } from './parties';
import { isKnownAsOf, type KnownDate } from './partial-date';
import type { Claim, Figure } from './schemas';
import { compareClaims } from './stances';

/** One party's estimate of a movement's or deployment's strength (or losses), taken from a claim's figure. */
export interface Estimate {
  claim: string;
  date: KnownDate;
  claimants: string[];
  parties: string[];
  figure: Figure;
}

/**
 * The estimates over time of a movement or deployment: every claim figure whose `of` names it, oldest first,
 * optionally only those known by `asOf`. Estimates are stored once, on the claim's figure, so an estimate can never
 * disagree with the claim it comes from.
 */
export function estimatesOf(
  subjectId: string,
  claims: readonly Claim[],
  actors: ActorIndex,
  asOf?: string,
): Estimate[] {
  return claims
    .filter((claim) => asOf === undefined || isKnownAsOf(claim.date, asOf))
    .filter((claim) => claim.figures.some((figure) => figure.of === subjectId))
    .sort(compareClaims)
    .flatMap((claim) =>
      claim.figures
        .filter((figure) => figure.of === subjectId)
        .map((figure) => ({
          claim: claim.id,
          date: claim.date,
          claimants: claim.claimants,
          parties: partiesOf(claim.claimants, actors),
          figure,
        })),
    );
}
