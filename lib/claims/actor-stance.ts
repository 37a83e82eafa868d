import type { ClaimView, SubjectView } from '../api/claim-view';
import { comparePartialDates, type KnownDate } from '../domain/partial-date';
import type { Names, Stance, Summary } from '../domain/schemas';

/** One claim's stance on a subject. */
export type StanceEntry = { claim: string; stance: Stance; date: KnownDate };

/** What an actor (and those under it) said about one subject, oldest first: its stance over time. */
export type SubjectStance = {
  key: string;
  subject:
    | { kind: 'movement' | 'deployment' | 'event'; id: string; names: Names | null }
    | { kind: 'topic'; topic: Summary };
  entries: StanceEntry[];
};

function keyOf(subject: SubjectView): string {
  return subject.kind === 'topic' ? `topic:${subject.topic.en}` : `${subject.kind}:${subject.id}`;
}

/**
 * An actor's stance per subject, derived from its claims (as the API returns them): for each subject its claims'
 * stances with dates, oldest first; subjects ordered by their newest claim, newest first.
 */
export function actorStances(claims: readonly ClaimView[]): SubjectStance[] {
  const bySubject = new Map<string, SubjectStance>();
  for (const claim of claims) {
    for (const subject of claim.subjects) {
      const key = keyOf(subject);
      const entry: StanceEntry = { claim: claim.id, stance: claim.stance, date: claim.date };
      const known = bySubject.get(key);
      if (known) {
        if (!known.entries.some((other) => other.claim === claim.id)) known.entries.push(entry);
        continue;
      }
      const view: SubjectStance['subject'] =
        subject.kind === 'topic' ? { kind: 'topic', topic: subject.topic } : { kind: subject.kind, id: subject.id, names: subject.names };
      bySubject.set(key, { key, subject: view, entries: [entry] });
    }
  }
  const stances = [...bySubject.values()];
  for (const stance of stances) stance.entries.sort((a, b) => comparePartialDates(a.date, b.date) || a.claim.localeCompare(b.claim));
  const newest = (stance: SubjectStance) => stance.entries[stance.entries.length - 1] as StanceEntry;
  return stances.sort((a, b) => comparePartialDates(newest(b).date, newest(a).date) || a.key.localeCompare(b.key));
}
