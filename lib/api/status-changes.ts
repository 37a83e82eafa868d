import type { ActorIndex } from '../domain/parties';
import { knownBy } from '../domain/partial-date';
import type { Claim } from '../domain/schemas';
import type { StatusSubject } from '../domain/stances';
import { statusAsOf, type SubjectStatus } from '../domain/status';

/** A day on which a subject's status changed, and the claims that became known that day. */
export interface StatusChange {
  subject: string;
  date: string;
  from: SubjectStatus;
  to: SubjectStatus;
  claims: string[];
}

/**
 * Every change of a subject's status up to `asOf`, oldest first. A status can only change on a day a claim about
 * the subject becomes known (a month-dated claim on the last day of its month), so those are the days checked;
 * before the first claim every subject is `unreported`.
 */
export function statusChanges(subject: StatusSubject, about: readonly Claim[], actors: ActorIndex, asOf: string): StatusChange[] {
  const byDay = new Map<string, string[]>();
  for (const claim of about) {
    const day = knownBy(claim.date);
    if (day === null || day > asOf) continue;
    byDay.set(day, [...(byDay.get(day) ?? []), claim.id]);
  }
  const changes: StatusChange[] = [];
  let previous: SubjectStatus = 'unreported';
  for (const day of [...byDay.keys()].sort()) {
    const status = statusAsOf(subject, about, actors, day).status;
    if (status !== previous) changes.push({ subject: subject.id, date: day, from: previous, to: status, claims: byDay.get(day) ?? [] });
    previous = status;
  }
  return changes;
}

/** The newest day any of these subjects changed status, with every change made that day; null when none has. */
export function latestChange(changes: readonly StatusChange[]): { date: string; changes: StatusChange[] } | null {
  const date = changes.reduce<string | null>((latest, change) => (latest === null || change.date > latest ? change.date : latest), null);
  return date === null ? null : { date, changes: changes.filter((change) => change.date === date) };
}
