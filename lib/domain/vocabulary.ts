/**
 * The claims model's small vocabulary as plain values: stances, kinds of actor, names in the app's languages. The
 * browser needs these at first render, and reads them here without zod; their schemas are in
 * lib/domain/vocabulary-schemas.ts (re-exported by lib/domain/schemas.ts, the one place to read the model).
 */

/** A name in the four languages of the app. */
export type Names = { en: string; ko: string; uk: string; ru: string };

/** What a claim does to its subjects: say they happened, deny, confirm (own act), dispute, retract, or only comment. */
export const STANCES = ['asserts', 'denies', 'confirms', 'disputes', 'retracts', 'comments'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * What kind of actor: a party is usually a state, alliance or international organisation. `news-organisation` is an
 * outlet that makes a claim of its own (an investigation), not one that reports others' claims; `unnamed-officials`
 * are officials quoted without a name or a government the research could tie them to ("Western officials").
 */
export const ACTOR_KINDS = [
  'state', 'alliance', 'international-organisation', 'government-body', 'intelligence-agency', 'armed-force',
  'person', 'news-organisation', 'unnamed-officials',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
