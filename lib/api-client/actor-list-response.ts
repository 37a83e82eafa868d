import * as z from 'zod/mini';
import { ActorKindSchema, NamesSchema } from '@/lib/domain/vocabulary-schemas';

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

/** Checks the actor list (for the lens and claimant choosers). */
export function parseActorList(json: unknown): ActorChoice[] {
  return ActorListResponseSchema.parse(json).data;
}
