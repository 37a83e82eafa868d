import * as z from 'zod/mini';
import { RegionIdSchema } from '@/lib/basemap/region-schema';
import { ActorIdSchema, ClaimIdSchema, DeploymentIdSchema, MovementIdSchema } from '@/lib/domain/ids';
import { DaySchema } from '@/lib/domain/partial-date';
import type { UrlState } from '@/lib/url-state';
import { EmbedIdSchema } from './embed-options';

/**
 * The postMessage protocol between `/embed` and the page that frames it (docs/embed.md). Outgoing messages (height,
 * selection) are public facts about what the reader sees and go to any parent ('*'); incoming commands are accepted
 * only from the parent window, from an origin listed in EMBED_COMMAND_ORIGINS, and in exactly this shape.
 */

export const SELECTION_KINDS = ['region', 'movement', 'deployment', 'claim', 'actor'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

export const SELECT_TYPE = 'claims-atlas:select';
export const COMMAND_TYPE = 'claims-atlas:command';

/** One selected item: what it is and its id (a region's ISO code, a record id). */
export const SelectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('region'), target: RegionIdSchema }),
  z.strictObject({ kind: z.literal('movement'), target: MovementIdSchema.check(z.maxLength(120)) }),
  z.strictObject({ kind: z.literal('deployment'), target: DeploymentIdSchema.check(z.maxLength(120)) }),
  z.strictObject({ kind: z.literal('claim'), target: ClaimIdSchema.check(z.maxLength(160)) }),
  z.strictObject({ kind: z.literal('actor'), target: ActorIdSchema.check(z.maxLength(80)) }),
]);
export type Selection = z.infer<typeof SelectionSchema>;

/** `{"datawrapper-height": {"<id>": px}}`: the form Datawrapper's and many CMSs' resize scripts read. */
export const DatawrapperHeightSchema = z.strictObject({
  'datawrapper-height': z.record(EmbedIdSchema, z.int().check(z.nonnegative())),
});
/** `{sentinel: "amp", type: "embed-size", height}`: what `<amp-iframe resizable>` reads. */
export const AmpHeightSchema = z.strictObject({
  sentinel: z.literal('amp'),
  type: z.literal('embed-size'),
  height: z.int().check(z.nonnegative()),
});
/** The selection changed: `kind` and `target` are null when it was cleared. */
export const SelectMessageSchema = z.strictObject({
  type: z.literal(SELECT_TYPE),
  id: EmbedIdSchema,
  kind: z.nullable(z.enum(SELECTION_KINDS)),
  target: z.nullable(z.string()),
});
export type SelectMessage = z.infer<typeof SelectMessageSchema>;

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

/** The two height messages, in the order they are posted. */
export function heightMessages(id: string, height: number): [z.infer<typeof DatawrapperHeightSchema>, z.infer<typeof AmpHeightSchema>] {
  const px = Math.max(0, Math.ceil(height));
  return [{ 'datawrapper-height': { [id]: px } }, { sentinel: 'amp', type: 'embed-size', height: px }];
}

/** What the URL state has selected (one thing at a time), or null. */
export function selectionOf(state: Pick<UrlState, SelectionKind>): Selection | null {
  for (const kind of SELECTION_KINDS) {
    const target = state[kind];
    if (target !== null) {
      const parsed = SelectionSchema.safeParse({ kind, target });
      return parsed.success ? parsed.data : null;
    }
  }
  return null;
}

export function selectMessage(id: string, selection: Selection | null): SelectMessage {
  return { type: SELECT_TYPE, id, kind: selection?.kind ?? null, target: selection?.target ?? null };
}

/** The URL state change a command's `select` makes: one selection, the others cleared, the camera left to frame it. */
export function selectionPatch(selection: Selection | null): Partial<UrlState> {
  const patch: Partial<UrlState> = { region: null, movement: null, deployment: null, claim: null, actor: null };
  if (selection === null) return patch;
  return { ...patch, [selection.kind]: selection.target, ...(selection.kind === 'region' ? { center: null, zoom: null } : {}) };
}

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
