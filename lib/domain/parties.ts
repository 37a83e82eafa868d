import type { Actor } from './schemas';

/** Actors by id. */
export type ActorIndex = ReadonlyMap<string, Actor>;

/**
 * The chain from an actor up to its party, the actor first and the party (the top-level ancestor) last.
 * Throws on an unknown actor or a parent cycle; validated data has neither.
 */
export function ancestryOf(actorId: string, actors: ActorIndex): Actor[] {
  const chain: Actor[] = [];
  const seen = new Set<string>();
  let id: string | null = actorId;
  while (id !== null) {
    if (seen.has(id)) throw new Error(`actor ${actorId}: its parents form a cycle at ${id}`);
    seen.add(id);
    const actor = actors.get(id);
    if (actor === undefined) throw new Error(`actor ${id} is unknown`);
    chain.push(actor);
    id = actor.parent;
  }
  return chain;
}

/** The party of an actor: its top-level ancestor's id (a party is its own party). */
export function partyOf(actorId: string, actors: ActorIndex): string {
  const chain = ancestryOf(actorId, actors);
  return (chain[chain.length - 1] as Actor).id;
}

/** The distinct parties of several actors (a joint statement by two governments has two), in first-seen order. */
export function partiesOf(actorIds: readonly string[], actors: ActorIndex): string[] {
  return [...new Set(actorIds.map((id) => partyOf(id, actors)))];
}

/** Whether an actor is a party (has no parent). */
export function isParty(actor: Actor): boolean {
  return actor.parent === null;
}

/** The actor's id and the ids of every actor below it (children, their children ...), for "everything NIS said". */
export function descendantsOf(actorId: string, actors: ActorIndex): string[] {
  const children = new Map<string, string[]>();
  for (const actor of actors.values()) {
    if (actor.parent === null) continue;
    const siblings = children.get(actor.parent) ?? [];
    siblings.push(actor.id);
    children.set(actor.parent, siblings);
  }
  const result: string[] = [];
  const queue = [actorId];
  const seen = new Set<string>();
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return result;
}
