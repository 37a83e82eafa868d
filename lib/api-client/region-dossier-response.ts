import * as z from 'zod/mini';
import type { RegionDossier } from '@/lib/api/region-dossier';
import { RegionSchema } from '@/lib/basemap/region-schema';
import { DaySchema } from '@/lib/domain/date-schemas';
import { StanceSchema } from '@/lib/domain/vocabulary-schemas';

/**
 * The envelope of `GET /api/v1/regions/{id}` as the browser receives it. The region, the day and the counts are
 * checked field by field; claims, movements and deployments are checked to be lists of records with ids, and their
 * inner shape is the server's `RegionDossier` type (the same code base builds both ends).
 */
const RecordWithId = z.looseObject({ id: z.string() });
const CountSchema = z.int().check(z.nonnegative());

const RegionDossierResponseSchema = z.object({
  data: z.looseObject({
    region: RegionSchema,
    asOf: DaySchema,
    claims: z.array(RecordWithId),
    counts: z.object({
      claims: CountSchema,
      byParty: z.record(z.string(), CountSchema),
      byStance: z.record(StanceSchema, CountSchema),
    }),
    movements: z.array(RecordWithId),
    deployments: z.array(RecordWithId),
    events: z.array(RecordWithId),
    latestChange: z.nullable(z.looseObject({ date: DaySchema })),
  }),
});

/** Checks a region dossier; throws on a body of the wrong shape (SWR shows the retry). */
export function parseRegionDossier(json: unknown): RegionDossier {
  return RegionDossierResponseSchema.parse(json).data as unknown as RegionDossier;
}
