import * as z from 'zod/mini';
import { ActorKindSchema, NamesSchema } from '@/lib/domain/vocabulary';

/** One actor of `GET /api/v1/actors` as the browser needs it for choosers: id, names, kind, parent and party. */
const ActorListItemSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  names: NamesSchema,
  kind: ActorKindSchema,
  parent: z.nullable(z.string()),
  party: z.string().check(z.minLength(1)),
  claimCount: z.int().check(z.nonnegative()),
});
export type ActorChoice = z.infer<typeof ActorListItemSchema>;

const ActorListResponseSchema = z.object({ data: z.array(ActorListItemSchema) });

/** Fetches and checks the actor list (for the lens and claimant choosers). */
export async function fetchActorList(url: string): Promise<ActorChoice[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return ActorListResponseSchema.parse(await response.json()).data;
}

/** Actors grouped under their party (the party first, then the actors under it by name), parties by name. */
export function actorsByParty(actors: readonly ActorChoice[], lang: 'en' | 'ko' | 'uk' | 'ru'): { party: ActorChoice; members: ActorChoice[] }[] {
  const byName = (a: ActorChoice, b: ActorChoice) => a.names[lang].localeCompare(b.names[lang], lang);
  return actors
    .filter((actor) => actor.parent === null)
    .sort(byName)
    .map((party) => ({ party, members: actors.filter((actor) => actor.parent !== null && actor.party === party.id).sort(byName) }));
}
