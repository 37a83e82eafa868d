import * as z from 'zod/mini';
import { NamesSchema, StanceSchema, type Names, type Stance } from '@/lib/domain/vocabulary';
import { SUBJECT_STATUSES, type SubjectStatus } from '@/lib/domain/status';

/**
 * What the map draws of the claims, as the browser reads it back from the map's GeoJSON endpoints
 * (`/api/v1/movements`, `/api/v1/deployments`): one entry per movement or deployment, for the lists that make every
 * canvas item reachable by keyboard and for comparing two lenses. Geometry is the map's business, not this module's.
 */
const SubjectFeatureSchema = z.object({
  properties: z.looseObject({
    id: z.string().check(z.minLength(1)),
    names: NamesSchema,
    status: z.enum(SUBJECT_STATUSES),
    lensStance: z.optional(StanceSchema),
    deniedBy: z.optional(z.array(z.string())),
  }),
});
const SubjectCollectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(SubjectFeatureSchema) });

export type MapSubjectKind = 'movement' | 'deployment';

/** One movement or deployment on the map. */
export type MapSubject = {
  kind: MapSubjectKind;
  id: string;
  names: Names;
  status: SubjectStatus;
  /** With a lens: the lens actor's stance, and the other parties that deny it. */
  lensStance: Stance | null;
  deniedBy: string[];
};

/** Parses a map GeoJSON answer into one entry per subject (a deployment has a point per region: listed once). */
export function parseMapSubjects(kind: MapSubjectKind, json: unknown): MapSubject[] {
  const collection = SubjectCollectionSchema.parse(json);
  const seen = new Set<string>();
  const subjects: MapSubject[] = [];
  for (const { properties } of collection.features) {
    if (seen.has(properties.id)) continue;
    seen.add(properties.id);
    subjects.push({
      kind,
      id: properties.id,
      names: properties.names,
      status: properties.status,
      lensStance: properties.lensStance ?? null,
      deniedBy: properties.deniedBy ?? [],
    });
  }
  return subjects;
}

/** How two lenses differ: what only the first shows, what only the second shows, and what both show. */
export type LensDifference = { onlyFirst: MapSubject[]; onlySecond: MapSubject[]; both: MapSubject[] };

const key = (subject: MapSubject) => `${subject.kind}:${subject.id}`;

/** Compares what two lenses draw; each list keeps the first lens's order (the second's for `onlySecond`). */
export function lensDifference(first: readonly MapSubject[], second: readonly MapSubject[]): LensDifference {
  const firstKeys = new Set(first.map(key));
  const secondKeys = new Set(second.map(key));
  return {
    onlyFirst: first.filter((subject) => !secondKeys.has(key(subject))),
    onlySecond: second.filter((subject) => !firstKeys.has(key(subject))),
    both: first.filter((subject) => secondKeys.has(key(subject))),
  };
}
