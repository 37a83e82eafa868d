import type { Dataset } from '../data/dataset';
import { isKnownAsOf } from '../domain/partial-date';
import type { Claim } from '../domain/schemas';
import { statusAsOf, type SubjectStatus } from '../domain/status';
import type { StatusSubject } from '../domain/stances';

/** The statuses of one request: each subject's status as of one day, computed at most once. */
export interface StatusBook {
  asOf: string;
  /** The status of a movement, deployment or event; `undefined` for an id that is none of them. */
  statusOf(subjectId: string): SubjectStatus | undefined;
  /** The claims about a subject that count as of the day, oldest first. */
  claimsAbout(subjectId: string): Claim[];
}

/** The movement, deployment or event with this id, or undefined. */
export function findSubject(dataset: Dataset, id: string): StatusSubject | undefined {
  return dataset.movements.get(id) ?? dataset.deployments.get(id) ?? dataset.events.get(id);
}

/** A memo of statuses as of `asOf` (a real day) over the dataset's claims. */
export function createStatusBook(dataset: Dataset, asOf: string): StatusBook {
  const statuses = new Map<string, SubjectStatus>();
  return {
    asOf,
    statusOf(subjectId) {
      const cached = statuses.get(subjectId);
      if (cached !== undefined) return cached;
      const subject = findSubject(dataset, subjectId);
      if (subject === undefined) return undefined;
      const status = statusAsOf(subject, dataset.claimsBySubject.get(subjectId) ?? [], dataset.actors, asOf).status;
      statuses.set(subjectId, status);
      return status;
    },
    claimsAbout(subjectId) {
      return (dataset.claimsBySubject.get(subjectId) ?? []).filter((claim) => isKnownAsOf(claim.date, asOf));
    },
  };
}
