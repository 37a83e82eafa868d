import type { ActorIndex } from './parties';
import type { Claim } from './schemas';
import { ASSERTING, OPPOSING, partyStancesAsOf, type PartyStance, type StatusSubject } from './stances';

/** The statuses of issue 3, in the order they are decided. */
export const STATUSES = ['confirmed', 'retracted', 'contested', 'corroborated', 'reported'] as const;
export type Status = (typeof STATUSES)[number];
/** A status, or `unreported` when no party asserts the subject by that date (no claims yet, or only denials/comments). */
export type SubjectStatus = Status | 'unreported';
/** Every status a subject can have as of a day, `unreported` included. */
export const SUBJECT_STATUSES = [...STATUSES, 'unreported'] as const;

/** A status with the reasons the UI shows: who stands where, with claim ids and dates. */
export interface StatusExplanation {
  subject: string;
  asOf: string;
  status: SubjectStatus;
  /** The parties whose stances decided the status (e.g. the acting parties that confirm it). */
  decidedBy: string[];
  /** Parties whose standing stance asserts or confirms the subject. */
  asserting: string[];
  /** Parties whose standing stance denies or disputes it. */
  opposing: string[];
  /** Parties that asserted it earlier and have since retracted or denied it. */
  withdrawn: string[];
  /** Parties that have only commented. */
  commenting: string[];
  /** Every party's stance and history, in the order each first spoke. */
  stances: PartyStance[];
}

const partiesWhere = (stances: PartyStance[], test: (stance: PartyStance) => boolean) =>
  stances.filter(test).map((stance) => stance.party);

/**
 * The status of a movement, deployment or event as of a day (`YYYY-MM-DD`, inclusive), from the claims made by then.
 * Rules, first match wins:
 * 1. `confirmed`: an acting party's standing stance asserts or confirms it;
 * 2. `retracted`: some party asserted it and every such party has since retracted (or denied) it;
 * 3. `contested`: an acting party denies or disputes it while another party asserts it;
 * 4. `corroborated`: two or more parties assert it;
 * 5. `reported`: one party asserts it;
 * otherwise `unreported`.
 */
export function statusAsOf(
  subject: StatusSubject,
  claims: readonly Claim[],
  actors: ActorIndex,
  asOf: string,
): StatusExplanation {
  const stances = partyStancesAsOf(subject, claims, actors, asOf);
  const asserting = partiesWhere(stances, (s) => ASSERTING.has(s.stance));
  const opposing = partiesWhere(stances, (s) => OPPOSING.has(s.stance));
  const everAsserted = partiesWhere(stances, (s) => s.history.some((entry) => ASSERTING.has(entry.stance)));
  const withdrawn = everAsserted.filter((party) => !asserting.includes(party));
  const commenting = partiesWhere(stances, (s) => s.stance === 'comments');
  const acting = new Set(subject.actingParties);
  const explain = (status: SubjectStatus, decidedBy: string[]): StatusExplanation => ({
    subject: subject.id,
    asOf,
    status,
    decidedBy,
    asserting,
    opposing,
    withdrawn,
    commenting,
    stances,
  });

  const actingAsserters = asserting.filter((party) => acting.has(party));
  if (actingAsserters.length > 0) return explain('confirmed', actingAsserters);
  if (everAsserted.length > 0 && asserting.length === 0) return explain('retracted', everAsserted);
  const actingOpposers = opposing.filter((party) => acting.has(party));
  if (actingOpposers.length > 0 && asserting.length > 0) return explain('contested', [...actingOpposers, ...asserting]);
  if (asserting.length >= 2) return explain('corroborated', asserting);
  if (asserting.length === 1) return explain('reported', asserting);
  return explain('unreported', []);
}
