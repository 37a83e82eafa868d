import * as z from 'zod/mini';
import type { ClaimView } from '@/lib/api/claim-view';

/**
 * `GET /api/v1/claims/{id}` as the browser receives it: the claim is checked to carry an id, a date, claimants,
 * subjects, sources and relations; its inner shape is the server's `ClaimView` (the same code base builds both ends).
 */
const ClaimResponseSchema = z.object({
  data: z.looseObject({
    id: z.string(),
    date: z.looseObject({ value: z.string() }),
    claimants: z.array(z.looseObject({ id: z.string() })),
    subjects: z.array(z.looseObject({ kind: z.string() })),
    sources: z.array(z.looseObject({ url: z.string() })),
    relations: z.array(z.looseObject({ kind: z.string() })),
    relatedBy: z.array(z.looseObject({ kind: z.string() })),
  }),
});

/** Checks one claim's answer; throws on a body of the wrong shape. */
export function parseClaim(json: unknown): ClaimView {
  return ClaimResponseSchema.parse(json).data as unknown as ClaimView;
}
