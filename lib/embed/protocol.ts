import type { UrlState } from '@/lib/url-state';

/**
 * The postMessage protocol between `/embed` and the page that frames it (docs/embed.md), as the embed writes it.
 * Outgoing messages (height, selection) are public facts about what the reader sees and go to any parent ('*').
 * Incoming commands are checked by lib/embed/messages.ts, whose schemas also pin down the shapes declared here.
 */

export const SELECTION_KINDS = ['region', 'movement', 'deployment', 'claim', 'actor'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

export const SELECT_TYPE = 'claims-atlas:select';
export const COMMAND_TYPE = 'claims-atlas:command';

/** One selected item: what it is and its id (a region's ISO code, a record id). */
export type Selection = { [K in SelectionKind]: { kind: K; target: string } }[SelectionKind];

/** `{"datawrapper-height": {"<id>": px}}`: the form Datawrapper's and many CMSs' resize scripts read. */
export type DatawrapperHeight = { 'datawrapper-height': Record<string, number> };
/** `{sentinel: "amp", type: "embed-size", height}`: what `<amp-iframe resizable>` reads. */
export type AmpHeight = { sentinel: 'amp'; type: 'embed-size'; height: number };
/** The selection changed: `kind` and `target` are null when it was cleared. */
export type SelectMessage = { type: typeof SELECT_TYPE; id: string; kind: SelectionKind | null; target: string | null };

/** The two height messages, in the order they are posted. */
export function heightMessages(id: string, height: number): [DatawrapperHeight, AmpHeight] {
  const px = Math.max(0, Math.ceil(height));
  return [{ 'datawrapper-height': { [id]: px } }, { sentinel: 'amp', type: 'embed-size', height: px }];
}

/**
 * What the URL state has selected (one thing at a time), or null. The state comes from the URL state's parser, which
 * checks each of these ids with the same schemas and lengths as a command's selection (lib/embed/messages.ts).
 */
export function selectionOf(state: Pick<UrlState, SelectionKind>): Selection | null {
  for (const kind of SELECTION_KINDS) {
    const target = state[kind];
    if (target !== null) return { kind, target } as Selection;
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
