import * as z from 'zod/mini';
import { ACTOR_KINDS, STANCES, type Names } from './vocabulary';

/**
 * The schemas of the model's vocabulary (lib/domain/vocabulary.ts), small enough for the browser's answer and link
 * checks to use without loading the whole data model (lib/domain/schemas.ts re-exports them).
 */

/** Text that is not blank. */
export const TextSchema = z.string().check(z.regex(/\S/, 'must not be empty'));

/** A name in the four languages of the app. */
export const NamesSchema = z.strictObject({ en: TextSchema, ko: TextSchema, uk: TextSchema, ru: TextSchema }) satisfies z.ZodMiniType<Names>;

export const StanceSchema = z.enum(STANCES);

export const ActorKindSchema = z.enum(ACTOR_KINDS);
