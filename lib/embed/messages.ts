import * as z from 'zod/mini';
import { RegionIdSchema } from '@/lib/basemap/region-schema';
import { ActorIdSchema, ClaimIdSchema, DeploymentIdSchema, MovementIdSchema } from '@/lib/domain/ids';
import { DaySchema } from '@/lib/domain/date-schemas';
import { EmbedIdSchema } from './embed-options';
import { COMMAND_TYPE, SELECT_TYPE, SELECTION_KINDS, type AmpHeight, type DatawrapperHeight, type Selection, type SelectMessage } from './protocol';

/**
 * The schemas of the postMessage protocol between `/embed` and the page that frames it (lib/embed/protocol.ts writes
 * its messages; docs/embed.md documents it). Incoming commands are accepted only from the parent window, from an
 * origin listed in EMBED_COMMAND_ORIGINS, and in exactly this shape. The browser loads this module only once the page
 * is live (the embed when it starts listening for commands, the share dialog when its preview reports a height), so
 * zod stays out of the page's first-load JavaScript.
 */

/** One selected item: what it is and its id (a region's ISO code, a record id). */
export const SelectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('region'), target: RegionIdSchema }),
  z.strictObject({ kind: z.literal('movement'), target: MovementIdSchema.check(z.maxLength(120)) }),
  z.strictObject({ kind: z.literal('deployment'), target: DeploymentIdSchema.check(z.maxLength(120)) }),
  z.strictObject({ kind: z.literal('claim'), target: ClaimIdSchema.check(z.maxLength(160)) }),
  z.strictObject({ kind: z.literal('actor'), target: ActorIdSchema.check(z.maxLength(80)) }),
]) satisfies z.ZodMiniType<Selection>;

/** `{"datawrapper-height": {"<id>": px}}`: the form Datawrapper's and many CMSs' resize scripts read. */
export const DatawrapperHeightSchema = z.strictObject({
  'datawrapper-height': z.record(EmbedIdSchema, z.int().check(z.nonnegative())),
}) satisfies z.ZodMiniType<DatawrapperHeight>;
/** `{sentinel: "amp", type: "embed-size", height}`: what `<amp-iframe resizable>` reads. */
export const AmpHeightSchema = z.strictObject({
  sentinel: z.literal('amp'),
  type: z.literal('embed-size'),
  height: z.int().check(z.nonnegative()),
}) satisfies z.ZodMiniType<AmpHeight>;
/** The selection changed: `kind` and `target` are null when it was cleared. */
export const SelectMessageSchema = z.strictObject({
  type: z.literal(SELECT_TYPE),
  id: EmbedIdSchema,
  kind: z.nullable(z.enum(SELECTION_KINDS)),
  target: z.nullable(z.string()),
}) satisfies z.ZodMiniType<SelectMessage>;

/**
 * A command from the host page. `select`: an item to open, or null to close the selection; `asOf`: the day to show
 * (`YYYY-MM-DD`), or null for the latest. At least one of them. `id`, when given, must be this embed's.
 */
export const CommandSchema = z
  .strictObject({
    type: z.literal(COMMAND_TYPE),
    id: z.optional(EmbedIdSchema),
    select: z.optional(z.nullable(SelectionSchema)),
    asOf: z.optional(z.nullable(DaySchema)),
  })
  .check(z.refine((command) => command.select !== undefined || command.asOf !== undefined, 'a command needs select or asOf'));
export type Command = z.infer<typeof CommandSchema>;

/**
 * EMBED_COMMAND_ORIGINS: origins separated by spaces (`https://news.example https://cms.example:8443`). Anything that
 * is not an http(s) origin (a path, a wildcard, `*`) is dropped: the list only ever names exact origins. Unset or
 * empty: no origin may send commands.
 */
export function parseCommandOrigins(setting: string | undefined): string[] {
  const origins = new Set<string>();
  for (const entry of (setting ?? '').split(/\s+/)) {
    if (!/^https?:\/\/[^/?#*\s]+\/?$/i.test(entry)) continue;
    try {
      const url = new URL(entry);
      if (url.origin !== 'null') origins.add(url.origin);
    } catch {
      // not a URL: dropped
    }
  }
  return [...origins];
}

/** A message event as far as the command check reads it. */
export interface IncomingMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The command in a message event, or null when it must be ignored (silently): not from the parent window, from an
 * origin not listed, not a command in the exact shape, or addressed to another embed's id.
 */
export function acceptCommand(
  event: IncomingMessage,
  context: { parent: unknown; allowedOrigins: readonly string[]; id: string },
): Command | null {
  if (event.source === null || event.source !== context.parent) return null;
  if (!context.allowedOrigins.includes(event.origin)) return null;
  const parsed = CommandSchema.safeParse(event.data);
  if (!parsed.success) return null;
  if (parsed.data.id !== undefined && parsed.data.id !== context.id) return null;
  return parsed.data;
}
