import type { FeatureCollection, Geometry } from 'geojson';
import { z } from 'zod';
import { ActorIdSchema } from '../domain/ids';
import { descendantsOf, partyOf } from '../domain/parties';
import type { Claim, Stance } from '../domain/schemas';
import { ASSERTING, OPPOSING, partyStancesAsOf } from '../domain/stances';
import type { ApiContext } from './api-context';
import { checkFilterReferences, filterClaims } from './claim-filter';
import type { ParamError } from './query-params';
import { ClaimFilterQuerySchema, type ClaimFilterQuery } from './query-schemas';
import { findSubject, type StatusBook } from './status-book';

/**
 * The query of the map's GeoJSON endpoints (`/api/v1/movements`, `/api/v1/deployments`): `asOf`, the claims feed's
 * filters, and a claimant lens.
 *
 * - **Filters** (`party`, `claimant`, `stance`, `status`, `region`, `from`, `to`, `q`) keep the subjects that at
 *   least one matching claim is about, so the map shows what the feed lists. A subject's `status` is still decided by
 *   every claim known by `asOf`: filters choose what is drawn, never what is true of it.
 * - **Lens** (`lens`, an actor id: a party, or a body or person with the actors under it) keeps only the subjects the
 *   lens actor asserts or confirms as of `asOf` (its latest positional claim), and marks those that another party
 *   denies or disputes.
 */
export const SubjectsQuerySchema = ClaimFilterQuerySchema.omit({ subject: true }).extend({ lens: z.optional(ActorIdSchema) });
export type SubjectsQuery = z.output<typeof SubjectsQuerySchema>;

/** What the lens says of a subject. */
export type LensView = {
  /** The lens actor's latest positional stance on the subject (`asserts` or `confirms` for every subject kept). */
  lensStance: Stance;
  /** The other parties whose standing stance denies or disputes the subject, sorted. */
  deniedBy: string[];
};

/** Which subjects a query keeps, and what the lens says of each; `null` fields mean "no narrowing of that kind". */
export type SubjectNarrowing = {
  /** Ids of the subjects some matching claim is about; null when no filter is given. */
  matched: ReadonlySet<string> | null;
  /** Ids of the claims that match, for each kept subject's `claims` list; null when no filter is given. */
  matchingClaims: ReadonlySet<string> | null;
  /** The lens view of each subject the lens actor asserts; null when no lens is given. */
  lens: ReadonlyMap<string, LensView> | null;
};

const FILTER_NAMES = ['party', 'claimant', 'stance', 'status', 'region', 'from', 'to', 'q'] as const;

/** The problems zod cannot see: unknown actors, regions, a range ending before it starts, an unknown lens. */
export function checkSubjectsQuery(query: SubjectsQuery, context: ApiContext): ParamError[] {
  const errors = checkFilterReferences(query, context);
  if (query.lens !== undefined && !context.dataset.actors.has(query.lens)) {
    errors.push({ name: 'lens', reason: 'no actor has this id (see /api/v1/actors)' });
  }
  return errors;
}

/** True when the query narrows anything (a filter or a lens), i.e. when the answer differs from the plain one. */
export function narrowsSubjects(query: SubjectsQuery): boolean {
  return query.lens !== undefined || FILTER_NAMES.some((name) => query[name] !== undefined);
}

function lensViews(lens: string, context: ApiContext, book: StatusBook, subjectIds: Iterable<string>): Map<string, LensView> {
  const { actors } = context.dataset;
  const speakers = new Set(descendantsOf(lens, actors));
  const lensParty = partyOf(lens, actors);
  const views = new Map<string, LensView>();
  for (const id of subjectIds) {
    const subject = findSubject(context.dataset, id);
    if (subject === undefined) continue;
    const claims = book.claimsAbout(id);
    // The lens's own latest positional claim (oldest first, so the last one wins); comments take no position.
    const own = claims.filter((claim: Claim) => claim.stance !== 'comments' && claim.claimants.some((c) => speakers.has(c)));
    const latest = own[own.length - 1];
    if (latest === undefined || !ASSERTING.has(latest.stance)) continue;
    const deniedBy = partyStancesAsOf(subject, claims, actors, book.asOf)
      .filter((stance) => stance.party !== lensParty && OPPOSING.has(stance.stance))
      .map((stance) => stance.party)
      .sort();
    views.set(id, { lensStance: latest.stance, deniedBy });
  }
  return views;
}

/**
 * Decides what a query keeps of the subjects `subjectIds` (movements or deployments with a claim by the book's day).
 * Expects `checkSubjectsQuery` to have found no problem.
 */
export function narrowSubjects(
  query: SubjectsQuery,
  context: ApiContext,
  book: StatusBook,
  subjectIds: Iterable<string>,
): SubjectNarrowing {
  const filtered = FILTER_NAMES.some((name) => query[name] !== undefined);
  let matched: Set<string> | null = null;
  let matchingClaims: Set<string> | null = null;
  if (filtered) {
    const filter: ClaimFilterQuery = { ...query };
    const claims = filterClaims(context, filter, book);
    matchingClaims = new Set(claims.map((claim) => claim.id));
    matched = new Set(claims.flatMap((claim) => claim.subjects.flatMap((ref) => (ref.kind === 'topic' ? [] : [ref.id]))));
  }
  const lens = query.lens === undefined ? null : lensViews(query.lens, context, book, subjectIds);
  return { matched, matchingClaims, lens };
}

/** Whether a subject survives the narrowing. */
export function keepsSubject(narrowing: SubjectNarrowing, id: string): boolean {
  return (narrowing.matched === null || narrowing.matched.has(id)) && (narrowing.lens === null || narrowing.lens.has(id));
}

/** The properties a lens adds to a map feature. */
export type LensProperties = { lensStance: Stance; deniedBy: string[]; deniedByOthers: boolean };

/**
 * A map FeatureCollection narrowed by a query: features of subjects it drops are left out, each kept feature's
 * `claims` lists only the matching claims (when filtered), and a lens adds `lensStance`, `deniedBy` and
 * `deniedByOthers` (for map styles, which cannot test an array's length cheaply).
 */
export function narrowCollection<G extends Geometry | null, P extends { id: string; claims: string[] }>(
  collection: FeatureCollection<G, P>,
  narrowing: SubjectNarrowing,
): FeatureCollection<G, P | (P & LensProperties)> {
  const features = collection.features.flatMap((feature) => {
    const { id } = feature.properties;
    if (!keepsSubject(narrowing, id)) return [];
    const claims = narrowing.matchingClaims
      ? feature.properties.claims.filter((claim) => narrowing.matchingClaims?.has(claim) === true)
      : feature.properties.claims;
    const view = narrowing.lens?.get(id);
    const properties = view
      ? { ...feature.properties, claims, ...view, deniedByOthers: view.deniedBy.length > 0 }
      : { ...feature.properties, claims };
    return [{ ...feature, properties }];
  });
  return { ...collection, features };
}
