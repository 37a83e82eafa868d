import type { SubjectStatus } from '@/lib/domain/status';
import type { Names, Stance } from '@/lib/domain/vocabulary';

/**
 * What the map draws of the claims, as the browser reads it back from the map's GeoJSON endpoints
 * (`/api/v1/movements`, `/api/v1/deployments`): one entry per movement or deployment, for the lists that make every
 * canvas item reachable by keyboard and for comparing two lenses. Geometry is the map's business, not this module's;
 * the answers are checked by lib/api-client/map-subjects-response.ts.
 */
export type MapSubjectKind = 'movement' | 'deployment';

/** One movement or deployment on the map. */
export type MapSubject = {
  kind: MapSubjectKind;
  id: string;
  names: Names;
  status: SubjectStatus;
  /** With a lens: the lens actor's stance, and the other parties that deny it. */
  lensStance: Stance | null;
  deniedBy: string[];
};

/** How two lenses differ: what only the first shows, what only the second shows, and what both show. */
export type LensDifference = { onlyFirst: MapSubject[]; onlySecond: MapSubject[]; both: MapSubject[] };

const key = (subject: MapSubject) => `${subject.kind}:${subject.id}`;

/** Compares what two lenses draw; each list keeps the first lens's order (the second's for `onlySecond`). */
export function lensDifference(first: readonly MapSubject[], second: readonly MapSubject[]): LensDifference {
  const firstKeys = new Set(first.map(key));
  const secondKeys = new Set(second.map(key));
  return {
    onlyFirst: first.filter((subject) => !secondKeys.has(key(subject))),
    onlySecond: second.filter((subject) => !firstKeys.has(key(subject))),
    both: first.filter((subject) => secondKeys.has(key(subject))),
  };
}
