import type { ActorChoice } from '@/lib/api-client/actor-list-response';
import type { Lang } from '@/lib/basemap/region-schema';

/** Actors grouped under their party (the party first, then the actors under it by name), parties by name. */
export function actorsByParty(actors: readonly ActorChoice[], lang: Lang): { party: ActorChoice; members: ActorChoice[] }[] {
  const byName = (a: ActorChoice, b: ActorChoice) => a.names[lang].localeCompare(b.names[lang], lang);
  return actors
    .filter((actor) => actor.parent === null)
    .sort(byName)
    .map((party) => ({ party, members: actors.filter((actor) => actor.parent !== null && actor.party === party.id).sort(byName) }));
}
