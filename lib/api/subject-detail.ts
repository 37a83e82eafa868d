import type { Movement, Deployment } from '../domain/schemas';
import { statusAsOf, type StatusExplanation } from '../domain/status';
import { estimatesOf, type Estimate } from '../domain/estimates';
import type { ApiContext } from './api-context';
import { newestFirst } from './claim-order';
import { claimView, type ClaimView } from './claim-view';
import type { StatusBook } from './status-book';

/** A movement or deployment as of a day: its record, its status and why, its estimates over time, and its claims. */
export interface SubjectDetail<T extends Movement | Deployment> {
  kind: T extends Movement ? 'movement' : 'deployment';
  subject: T;
  asOf: string;
  /** The status and the reasons: which parties assert, deny, confirm, retract, with the claim and date that set each. */
  explanation: StatusExplanation;
  /** Every strength or loss estimate made by `asOf`, oldest first, each with its claim and claimants' parties. */
  estimates: Estimate[];
  /** The claims about it made by `asOf`, newest first, embedded as in /api/v1/claims. */
  claims: ClaimView[];
}

/** The detail of a movement or deployment as of the book's day. */
export function subjectDetail<T extends Movement | Deployment>(
  kind: SubjectDetail<T>['kind'],
  subject: T,
  context: ApiContext,
  book: StatusBook,
): SubjectDetail<T> {
  const { dataset } = context;
  const about = dataset.claimsBySubject.get(subject.id) ?? [];
  return {
    kind,
    subject,
    asOf: book.asOf,
    explanation: statusAsOf(subject, about, dataset.actors, book.asOf),
    estimates: estimatesOf(subject.id, about, dataset.actors, book.asOf),
    claims: book
      .claimsAbout(subject.id)
      .sort(newestFirst)
      .map((claim) => claimView(claim, context, book)),
  };
}
