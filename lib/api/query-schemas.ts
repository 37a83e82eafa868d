import { z } from 'zod';
import { ActorIdSchema } from '../domain/ids';
import { isRealDay } from '../domain/partial-date';
import { STANCES } from '../domain/schemas';
import { SUBJECT_STATUSES } from '../domain/status';
import { foldForSearch } from '../regions/region-search';
import { decodeCursor } from './claim-cursor';

/** Query parameter schemas of the API routes; every parameter is optional and arrives as a string. */

/** How many claims a page holds by default, and at most. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;
/** The longest `q` accepted. */
export const MAX_QUERY_LENGTH = 200;

/** Every status a subject can have as of a day (lib/domain/status.ts, where the browser reads it without this file). */
export { SUBJECT_STATUSES };

const DayParam = z.string().refine(isRealDay, 'must be a real calendar day written YYYY-MM-DD');

const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;

const LimitParam = z
  .string()
  .regex(/^\d{1,9}$/, `must be a whole number from 1 to ${MAX_LIMIT}`)
  .transform(Number)
  .pipe(
    z
      .number()
      .min(1, `must be a whole number from 1 to ${MAX_LIMIT}`)
      .max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`),
  );

const CursorParam = z.string().transform((text, ctx) => {
  const key = decodeCursor(text);
  if (key === null) {
    ctx.addIssue({ code: 'custom', message: 'is not a cursor this API returned (pass nextCursor as it came)' });
    return z.NEVER;
  }
  return key;
});

const QueryTextParam = z
  .string()
  .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
  .refine((text) => foldForSearch(text) !== '', 'must contain a letter or a digit');

/** `asOf` alone: the day statuses are computed for, and the last day whose claims count. */
export const AsOfQuerySchema = z.strictObject({ asOf: DayParam.optional() });

/** No parameters at all. */
export const NoQuerySchema = z.strictObject({});

/** The filters of `/api/v1/claims` and `/api/v1/claims.csv`. */
export const ClaimFilterQuerySchema = z.strictObject({
  claimant: z.optional(ActorIdSchema),
  party: z.optional(ActorIdSchema),
  stance: z.enum(STANCES, { error: oneOf(STANCES) }).optional(),
  subject: z
    .string()
    .regex(
      /^(movement|deployment|event)-[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'must be a movement, deployment or event id (movement-..., deployment-..., event-...)',
    )
    .optional(),
  status: z.enum(SUBJECT_STATUSES, { error: oneOf(SUBJECT_STATUSES) }).optional(),
  region: z
    .string()
    .regex(/^(?:[A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,3})$/, 'must be a region id: ISO 3166-1 alpha-3 (RUS) or ISO 3166-2 (RU-KRS)')
    .optional(),
  from: DayParam.optional(),
  to: DayParam.optional(),
  asOf: DayParam.optional(),
  q: QueryTextParam.optional(),
});
export type ClaimFilterQuery = z.output<typeof ClaimFilterQuerySchema>;

/** `/api/v1/claims`: the filters, a page size and a cursor. */
export const ClaimsQuerySchema = ClaimFilterQuerySchema.extend({
  limit: LimitParam.optional(),
  cursor: CursorParam.optional(),
});
export type ClaimsQuery = z.output<typeof ClaimsQuerySchema>;
