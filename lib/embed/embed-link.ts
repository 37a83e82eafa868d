import type { UrlState } from '@/lib/url-state';
import { serializeUrlState } from '@/lib/url-state-query';
import { selectionPatch, type Selection } from './protocol';

/**
 * The options only `/embed` reads, as plain values, and the links that carry them. lib/embed/embed-options.ts holds
 * their schemas (what each parameter must look like) and reads them from a link; these names, types and defaults stand
 * apart so the browser can write embed links and keep the options in the URL without loading zod.
 */

/** The embed's search parameters, by name. */
export const EMBED_PARAMS = ['legend', 'timeline', 'feed', 'interactive', 'bbox', 'id'] as const;
export type EmbedParam = (typeof EMBED_PARAMS)[number];

/** The embed's options (docs/embed.md documents each). */
export type EmbedOptions = {
  /** The map's legend. */
  legend: boolean;
  /** The as-of timeline above the map. */
  timeline: boolean;
  /** The claims feed beside (wide) or behind a button over (narrow) the map. */
  feed: boolean;
  /** Off: a still map (no pan, zoom or selection by pointer); links and commands still work. */
  interactive: boolean;
  /** The first frame, `w,s,e,n`; a `center`+`zoom` camera in the link wins over it. */
  bbox: [number, number, number, number] | null;
  /** The embed's name in its postMessage messages. */
  id: string;
};

/** What an option is when the link does not set it, or sets it badly. */
export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  legend: true,
  timeline: false,
  feed: false,
  interactive: true,
  bbox: null,
  id: 'claims-atlas',
};

/** The name the embed uses in its messages (the Datawrapper form keys the height by it). */
export const EMBED_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const onOff = (value: boolean) => (value ? 'on' : 'off');

/** The embed options as search parameters, only those that differ from the defaults. */
export function embedOptionParams(options: EmbedOptions): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['legend', 'timeline', 'feed', 'interactive'] as const) {
    if (options[name] !== DEFAULT_EMBED_OPTIONS[name]) params.set(name, onOff(options[name]));
  }
  if (options.bbox !== null) params.set('bbox', options.bbox.map((n) => Number(n.toFixed(4))).join(','));
  if (options.id !== DEFAULT_EMBED_OPTIONS.id) params.set('id', options.id);
  return params;
}

/** The `/embed` link of a view: the URL state then the embed options, on `origin`. */
export function embedUrl(origin: string, state: UrlState, options: EmbedOptions): string {
  const params = new URLSearchParams(serializeUrlState(state));
  for (const [name, value] of embedOptionParams(options)) params.set(name, value);
  const query = params.toString();
  return `${origin}/embed${query ? `?${query}` : ''}`;
}

/** The full map's link in the same state (what the embed's "open the full map" link opens). */
export function fullMapUrl(origin: string, state: UrlState): string {
  return `${origin}/${serializeUrlState(state)}`;
}

/**
 * The same-origin link that opens `selection` where the reader is: on the full map, or in the same embed (its options
 * kept) when `embedOptions` is given. Everything else of the view (day, filters, lens, camera, language) stays; the
 * selection replaces the current one. Lists render it as a real link, so it works before the page's scripts run and
 * opens in a new tab.
 */
export function selectionHref(state: UrlState, selection: Selection, embedOptions: EmbedOptions | null): string {
  const next = { ...state, ...selectionPatch(selection) };
  return embedOptions ? embedUrl('', next, embedOptions) : fullMapUrl('', next);
}
