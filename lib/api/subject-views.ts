import type { Dataset } from '../data/dataset';
import type { Deployment, Event, Movement } from '../domain/schemas';
import type { SubjectStatus } from '../domain/status';
import { newestFirst } from './claim-order';
import { latestEstimate, type LatestEstimate } from './latest-estimate';
import { placeViews, type PlaceView } from './place-view';
import type { StatusBook } from './status-book';

/**
 * Movements, deployments and events as of a day. One rule for all three: a subject appears only once a claim about
 * it exists by that day, so replaying a date never shows what nobody had yet said.
 */

/** What the API adds to a subject: its status and the claims about it made by the day (newest first). */
export interface SubjectState {
  status: SubjectStatus;
  claims: string[];
}

/** The status and claim ids of a subject as of the book's day; null when no claim about it exists yet. */
export function subjectState(subjectId: string, book: StatusBook): SubjectState | null {
  const claims = book.claimsAbout(subjectId);
  if (claims.length === 0) return null;
  return {
    status: book.statusOf(subjectId) ?? 'unreported',
    claims: [...claims].sort(newestFirst).map((claim) => claim.id),
  };
}

/** An event with its place embedded, status and claims. */
export type EventView = Omit<Event, 'place'> & SubjectState & { place: PlaceView | null };

/** Every event with a claim by the book's day, in the data's order. */
export function eventViews(dataset: Dataset, book: StatusBook): EventView[] {
  return [...dataset.events.values()].flatMap((event) => {
    const state = subjectState(event.id, book);
    return state ? [{ ...event, ...state, place: placeViews([event.place], dataset)[0] ?? null }] : [];
  });
}

/** A movement or deployment with its status, claims and newest estimate. */
export type MovementState = Movement & SubjectState & LatestEstimate;
export type DeploymentState = Deployment & SubjectState & LatestEstimate;

/** Every movement with a claim by the book's day. */
export function movementStates(dataset: Dataset, book: StatusBook): MovementState[] {
  return [...dataset.movements.values()].flatMap((movement) => {
    const state = subjectState(movement.id, book);
    return state ? [{ ...movement, ...state, ...latestEstimate(dataset, movement.id, book.asOf) }] : [];
  });
}

/** Every deployment with a claim by the book's day. */
export function deploymentStates(dataset: Dataset, book: StatusBook): DeploymentState[] {
  return [...dataset.deployments.values()].flatMap((deployment) => {
    const state = subjectState(deployment.id, book);
    return state ? [{ ...deployment, ...state, ...latestEstimate(dataset, deployment.id, book.asOf) }] : [];
  });
}
