import * as z from 'zod/mini';
import type { MapSubject, MapSubjectKind } from '@/lib/claims/map-subjects';
import { SUBJECT_STATUSES } from '@/lib/domain/status';
import { NamesSchema, StanceSchema } from '@/lib/domain/vocabulary-schemas';

/** `GET /api/v1/movements` and `/api/v1/deployments` (the map's GeoJSON) as the browser reads them back for its lists. */
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

