import * as z from 'zod/mini';

/**
 * The small schemas of the claims model that the browser checks answers and links with at first render: names,
 * stances and kinds of actor. They sit apart from lib/domain/schemas.ts (which re-exports them, and stays the one place
 * to read the model) so the page does not load the whole data model to read its URL or the map's lists.
 */

/** Text that is not blank. */
export const TextSchema = z.string().check(z.regex(/\S/, 'must not be empty'));

/** A name in the four languages of the app. */
export const NamesSchema = z.strictObject({ en: TextSchema, ko: TextSchema, uk: TextSchema, ru: TextSchema });
export type Names = z.infer<typeof NamesSchema>;

/** What a claim does to its subjects: say they happened, deny, confirm (own act), dispute, retract, or only comment. */
export const STANCES = ['asserts', 'denies', 'confirms', 'disputes', 'retracts', 'comments'] as const;
export const StanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof StanceSchema>;

/**
 * What kind of actor: a party is usually a state, alliance or international organisation. `news-organisation` is an
 * outlet that makes a claim of its own (an investigation), not one that reports others' claims; `unnamed-officials`
 * are officials quoted without a name or a government the research could tie them to ("Western officials").
 */
export const ActorKindSchema = z.enum([
  'state', 'alliance', 'international-organisation', 'government-body', 'intelligence-agency', 'armed-force',
  'person', 'news-organisation', 'unnamed-officials',
]);
