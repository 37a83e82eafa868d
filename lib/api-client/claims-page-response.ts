import * as z from 'zod/mini';
import type { ClaimsPage } from '@/lib/api/claims-page';
import { DaySchema } from '@/lib/domain/date-schemas';

/**
 * `GET /api/v1/claims` as the browser receives it: the paging fields are checked; each claim is checked to carry an id,
 * a date, claimants and sources, and its inner shape is the server's `ClaimView` (the same code base builds both ends).
 */
const ClaimsPageResponseSchema = z.object({
  data: z.array(
    z.looseObject({
      id: z.string(),
      date: z.looseObject({ value: z.string() }),
      claimants: z.array(z.looseObject({ id: z.string() })),
      sources: z.array(z.looseObject({ url: z.string() })),
    }),
  ),
  nextCursor: z.nullable(z.string()),
  total: z.int().check(z.nonnegative()),
  asOf: DaySchema,
});

/** Checks one page of claims; throws on a body of the wrong shape. */
export function parseClaimsPage(json: unknown): ClaimsPage {
  return ClaimsPageResponseSchema.parse(json) as unknown as ClaimsPage;
}
