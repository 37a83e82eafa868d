import type { Dataset } from '../data/dataset';
import { knownBy } from '../domain/partial-date';
import { ancestryOf, descendantsOf, partyOf } from '../domain/parties';
import type { Actor, Claim } from '../domain/schemas';
import { newestFirst } from './claim-order';

/** An actor with its party: how claims embed their claimants. */
export type ActorView = Actor & { party: string };

/** An actor in the actor list: with its party and how many claims it and the actors under it made. */
export type ActorListItem = ActorView & { claimCount: number };

/** One actor in full: its chain of parents, the actors directly under it, and its claims (its own and theirs). */
export type ActorDetail = ActorView & {
  ancestors: string[];
  children: string[];
  /** Ids of the claims made by the actor or any actor under it, newest first. */
  claims: string[];
  /** The day of its newest claim, or null. */
  latestClaimDay: string | null;
};

/** The actor with its party. */
export function actorView(actor: Actor, dataset: Dataset): ActorView {
  return { ...actor, party: partyOf(actor.id, dataset.actors) };
}

/** The claims made by an actor or by any actor under it, newest first. */
export function claimsByActor(actorId: string, claims: readonly Claim[], dataset: Dataset): Claim[] {
  const speakers = new Set(descendantsOf(actorId, dataset.actors));
  return claims.filter((claim) => claim.claimants.some((id) => speakers.has(id))).sort(newestFirst);
}

/** Every actor with its party and claim count, in the data's order. */
export function actorList(claims: readonly Claim[], dataset: Dataset): ActorListItem[] {
  return [...dataset.actors.values()].map((actor) => ({
    ...actorView(actor, dataset),
    claimCount: claimsByActor(actor.id, claims, dataset).length,
  }));
}

/** One actor in full. */
export function actorDetail(actor: Actor, claims: readonly Claim[], dataset: Dataset): ActorDetail {
  const made = claimsByActor(actor.id, claims, dataset);
  const newest = made[0];
  return {
    ...actorView(actor, dataset),
    ancestors: ancestryOf(actor.id, dataset.actors).slice(1).map((ancestor) => ancestor.id),
    children: [...dataset.actors.values()].filter((other) => other.parent === actor.id).map((child) => child.id),
    claims: made.map((claim) => claim.id),
    latestClaimDay: newest ? knownBy(newest.date) : null,
  };
}
