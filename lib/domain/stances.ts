import { partiesOf, type ActorIndex } from './parties';
import { comparePartialDates, isKnownAsOf, isRealDay, type KnownDate } from './partial-date';
import type { Claim, Stance } from './schemas';

/** Something claims can be about and that has a status: a movement, deployment or event. */
export interface StatusSubject {
  id: string;
  actingParties: readonly string[];
}

/** One claim of a party about a subject. */
export interface StanceEntry {
  claim: string;
  stance: Stance;
  date: KnownDate;
}

/** Where a party stands on a subject as of a date, and how it got there. */
export interface PartyStance {
  party: string;
  /** Whether the party is one of the subject's acting parties (its own word settles the subject). */
  acting: boolean;
  /** The party's latest stance that takes a position; `comments` only when the party has done nothing but comment. */
  stance: Stance;
  /** The claim that set `stance`. */
  claim: string;
  date: KnownDate;
  /** Every claim of the party about the subject up to the date, oldest first. */
  history: StanceEntry[];
}

/** Stances that say the subject happened (`confirms` from a party that is not acting counts as an assertion). */
export const ASSERTING: ReadonlySet<Stance> = new Set<Stance>(['asserts', 'confirms']);
/** Stances that say it did not, or challenge the reports (a dispute counts against, like a denial). */
export const OPPOSING: ReadonlySet<Stance> = new Set<Stance>(['denies', 'disputes']);

/** Whether a claim is about the subject with this id. */
export function isAbout(claim: Claim, subjectId: string): boolean {
  return claim.subjects.some((subject) => subject.kind !== 'topic' && subject.id === subjectId);
}

/** Orders claims by the day they count from, then by id, so the order is total and stable. */
export function compareClaims(a: Claim, b: Claim): number {
  return comparePartialDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The claims about a subject that count as of `asOf`, oldest first (month-dated claims from their last day). */
export function claimsAbout(subjectId: string, claims: readonly Claim[], asOf: string): Claim[] {
  if (!isRealDay(asOf)) throw new RangeError(`asOf must be a calendar day YYYY-MM-DD, got "${asOf}"`);
  return claims.filter((claim) => isAbout(claim, subjectId) && isKnownAsOf(claim.date, asOf)).sort(compareClaims);
}

/**
 * Each party's stance on a subject as of a day. A party's latest positional claim wins (a party that denied and
 * later confirmed is a confirmer); comments never change a stance. Claims of child actors count for their party.
 */
export function partyStancesAsOf(
  subject: StatusSubject,
  claims: readonly Claim[],
  actors: ActorIndex,
  asOf: string,
): PartyStance[] {
  const histories = new Map<string, StanceEntry[]>();
  for (const claim of claimsAbout(subject.id, claims, asOf)) {
    for (const party of partiesOf(claim.claimants, actors)) {
      const history = histories.get(party) ?? [];
      history.push({ claim: claim.id, stance: claim.stance, date: claim.date });
      histories.set(party, history);
    }
  }
  return [...histories].map(([party, history]) => {
    const positional = history.filter((entry) => entry.stance !== 'comments');
    const deciding = (positional[positional.length - 1] ?? history[history.length - 1]) as StanceEntry;
    return {
      party,
      acting: subject.actingParties.includes(party),
      stance: deciding.stance,
      claim: deciding.claim,
      date: deciding.date,
      history,
    };
  });
}
