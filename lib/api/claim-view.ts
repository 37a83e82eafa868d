import { isKnownAsOf, type KnownDate } from '../domain/partial-date';
import { partiesOf } from '../domain/parties';
import type { Claim, Figure, Names, Quote, Relation, Source, Stance, Summary } from '../domain/schemas';
import type { SubjectStatus } from '../domain/status';
import type { ApiContext } from './api-context';
import { actorView, type ActorView } from './actor-view';
import { placeViews, type PlaceView } from './place-view';
import type { StatusBook } from './status-book';

type RelationKind = Relation['kind'];

/** What a claim is about, with its names and its status as of the request's day. */
export type SubjectView =
  | { kind: 'movement' | 'deployment' | 'event'; id: string; names: Names | null; status: SubjectStatus | null }
  | { kind: 'topic'; topic: Summary };

/** Another claim, in brief: who said it, when and how, to label a relation (its summary is one request away). */
export interface ClaimBrief {
  id: string;
  date: KnownDate;
  claimants: string[];
  stance: Stance;
}

/** A relation between two claims with the other claim in brief. */
export interface RelationView {
  kind: RelationKind;
  claim: ClaimBrief;
}

/** A region a claim names, with its names from the region index (null for an id the index lacks). */
export interface RegionRef {
  id: string;
  names: { en: string; ko: string; ru: string; uk: string } | null;
}

/** A claim as the API returns it: every reference embedded, sources in order (the first is the source of record). */
export interface ClaimView {
  id: string;
  researchId: string | null;
  date: KnownDate;
  claimants: ActorView[];
  parties: string[];
  stance: Stance;
  summary: Summary;
  quote: Quote | null;
  subjects: SubjectView[];
  places: PlaceView[];
  regions: RegionRef[];
  figures: Figure[];
  sources: Source[];
  /** This claim's relations to claims made by the request's day. */
  relations: RelationView[];
  /** Relations other claims, made by the request's day, hold to this one. */
  relatedBy: RelationView[];
  note: string | null;
}

function brief(claim: Claim): ClaimBrief {
  return { id: claim.id, date: claim.date, claimants: claim.claimants, stance: claim.stance };
}

function subjectView(subject: Claim['subjects'][number], context: ApiContext, book: StatusBook): SubjectView {
  if (subject.kind === 'topic') return subject;
  const { dataset } = context;
  const record = dataset.movements.get(subject.id) ?? dataset.deployments.get(subject.id) ?? dataset.events.get(subject.id);
  return { kind: subject.kind, id: subject.id, names: record?.names ?? null, status: book.statusOf(subject.id) ?? null };
}

/** The claim with its claimants, subjects, places, regions, sources and relations embedded, as of the book's day. */
export function claimView(claim: Claim, context: ApiContext, book: StatusBook): ClaimView {
  const { dataset } = context;
  const related = (relations: readonly Relation[]): RelationView[] =>
    relations.flatMap(({ kind, claim: id }) => {
      const other = dataset.claims.get(id);
      return other !== undefined && isKnownAsOf(other.date, book.asOf) ? [{ kind, claim: brief(other) }] : [];
    });
  return {
    id: claim.id,
    researchId: claim.researchId ?? null,
    date: claim.date,
    claimants: claim.claimants.flatMap((id) => {
      const actor = dataset.actors.get(id);
      return actor ? [actorView(actor, dataset)] : [];
    }),
    parties: partiesOf(claim.claimants, dataset.actors),
    stance: claim.stance,
    summary: claim.summary,
    quote: claim.quote ?? null,
    subjects: claim.subjects.map((subject) => subjectView(subject, context, book)),
    places: placeViews(claim.places, dataset),
    regions: claim.regions.map((id) => {
      const region = context.regions.get(id);
      return { id, names: region ? { en: region.names.en, ko: region.names.ko, ru: region.names.ru, uk: region.names.uk } : null };
    }),
    figures: claim.figures,
    sources: claim.sources.flatMap((id) => dataset.sources.get(id) ?? []),
    relations: related(claim.relations),
    relatedBy: related(context.relatedBy.get(claim.id) ?? []),
    note: claim.note ?? null,
  };
}
