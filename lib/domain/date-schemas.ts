import * as z from 'zod/mini';
import { isRealDay, isRealMonth, type KnownDate, type PartialDate } from './partial-date';

/**
 * The schemas of lib/domain/partial-date.ts's dates. They sit apart from the date arithmetic, which the browser runs
 * at first render, so that zod loads only where a date is checked (data files, API answers, links).
 */

/** A calendar day, `YYYY-MM-DD`. */
export const DaySchema = z.string().check(z.refine(isRealDay, 'not a real calendar day (YYYY-MM-DD)'));
/** A calendar month, `YYYY-MM`. */
export const MonthSchema = z.string().check(z.refine(isRealMonth, 'not a real calendar month (YYYY-MM)'));

const DayDateSchema = z.strictObject({ precision: z.literal('day'), value: DaySchema });
const MonthDateSchema = z.strictObject({ precision: z.literal('month'), value: MonthSchema });
const UnknownDateSchema = z.strictObject({ precision: z.literal('unknown') });

/** A date known to the day or the month (claims, events, time windows). */
export const KnownDateSchema = z.discriminatedUnion('precision', [DayDateSchema, MonthDateSchema]) satisfies z.ZodMiniType<KnownDate>;

/** A date known to the day, the month, or not at all (a page that showed no date). */
export const PartialDateSchema = z.discriminatedUnion('precision', [
  DayDateSchema,
  MonthDateSchema,
  UnknownDateSchema,
]) satisfies z.ZodMiniType<PartialDate>;
