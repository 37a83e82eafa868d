import type { Dataset } from '../data/dataset';
import { isKnownAsOf } from '../domain/partial-date';
import type { Claim } from '../domain/schemas';
import { statusAsOf, type SubjectStatus } from '../domain/status';
import type { StatusSubject } from '../domain/stances';

/** The statuses as of one day: each subject's status as of that day, computed at most once. */
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

/** How many days' books are kept per dataset (least recently used first out): a book holds one status per subject. */
export const STATUS_BOOKS_KEPT = 64;

/** The books of each dataset by day. A dataset never changes, so a book computed once stays right for the process. */
const booksByDataset = new WeakMap<Dataset, Map<string, StatusBook>>();

function newStatusBook(dataset: Dataset, asOf: string): StatusBook {
  const statuses = new Map<string, SubjectStatus>();
  const about = new Map<string, readonly Claim[]>();
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
      let claims = about.get(subjectId);
      if (claims === undefined) {
        claims = (dataset.claimsBySubject.get(subjectId) ?? []).filter((claim) => isKnownAsOf(claim.date, asOf));
        about.set(subjectId, claims);
      }
      return [...claims];
    },
  };
}

/**
 * The statuses over the dataset's claims as of `asOf` (a real day). Books are memoised per dataset and day (the
 * {@link STATUS_BOOKS_KEPT} most recently used days), so every request for the same day shares one.
 */
export function createStatusBook(dataset: Dataset, asOf: string): StatusBook {
  let books = booksByDataset.get(dataset);
  if (books === undefined) {
    books = new Map();
    booksByDataset.set(dataset, books);
  }
  const existing = books.get(asOf);
  if (existing !== undefined) {
    books.delete(asOf);
    books.set(asOf, existing);
    return existing;
  }
  const book = newStatusBook(dataset, asOf);
  books.set(asOf, book);
  if (books.size > STATUS_BOOKS_KEPT) {
    const oldest = books.keys().next();
    if (oldest.done !== true) books.delete(oldest.value);
  }
  return book;
}
