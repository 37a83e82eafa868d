import * as z from 'zod/mini';
import type { SubjectDetail } from '@/lib/api/subject-detail';
import { DaySchema } from '@/lib/domain/date-schemas';
import { DeploymentSchema, MovementSchema, StanceSchema } from '@/lib/domain/schemas';

const RecordWithId = z.looseObject({ id: z.string() });

/**
 * The envelope of `GET /api/v1/movements/{id}` and `/deployments/{id}` as the browser receives it: the subject record
 * and the status reasons are checked field by field; estimates and claims are checked to be lists, and their inner
 * shape is the server's `SubjectDetail` type (the same code base builds both ends).
 */
const SubjectDetailResponseSchema = z.object({
  data: z.object({
    kind: z.enum(['movement', 'deployment']),
    subject: z.union([MovementSchema, DeploymentSchema]),
    asOf: DaySchema,
    explanation: z.looseObject({
      status: z.string(),
      stances: z.array(
        z.looseObject({ party: z.string(), acting: z.boolean(), stance: StanceSchema, claim: z.string() }),
      ),
    }),
    estimates: z.array(z.looseObject({ claim: z.string() })),
    claims: z.array(RecordWithId),
  }),
});

export type AnySubjectDetail = SubjectDetail<z.infer<typeof MovementSchema>> | SubjectDetail<z.infer<typeof DeploymentSchema>>;

/** Checks a movement's or deployment's detail; throws on a body of the wrong shape. */
export function parseSubjectDetail(json: unknown): AnySubjectDetail {
  return SubjectDetailResponseSchema.parse(json).data as unknown as AnySubjectDetail;
}
