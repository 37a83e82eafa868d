import * as z from 'zod/mini';
import {
  parseDeclaredParams,
  serializeUrlState,
  type ParamProblem,
  type SearchParamsInput,
  type UrlState,
} from '@/lib/url-state';

/**
 * The options only `/embed` reads, on top of the app's URL state (lib/url-state.ts), which the embed reads too.
 * Same rules as the URL state: a bad or repeated value never throws, it falls back to its default and is reported as a
 * problem (the param's name and a reason, never the value). docs/embed.md documents them.
 */

const OnOffSchema = z.pipe(z.enum(['on', 'off']), z.transform((value) => value === 'on'));

/** `w,s,e,n` in degrees; west may run past 180 (the story's frame reaches the Bering Strait at 182). */
const BboxSchema = z
  .pipe(
    z.string().check(z.regex(/^-?\d{1,3}(\.\d{1,6})?(,-?\d{1,3}(\.\d{1,6})?){3}$/)),
    z.transform((text) => text.split(',').map(Number) as [number, number, number, number]),
  )
  .check(
    z.refine(
      ([w, s, e, n]) => w >= -180 && e <= 360 && w < e && e - w <= 360 && s >= -85 && n <= 85 && s < n,
      'west < east within -180..360, south < north within -85..85',
    ),
  );

/** The name the embed uses in its messages (the Datawrapper form keys the height by it). */
export const EmbedIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

const OPTIONS = {
  /** The map's legend. */
  legend: { schema: OnOffSchema, fallback: true },
  /** The as-of timeline above the map. */
  timeline: { schema: OnOffSchema, fallback: false },
  /** The claims feed beside (wide) or behind a button over (narrow) the map. */
  feed: { schema: OnOffSchema, fallback: false },
  /** Off: a still map (no pan, zoom or selection by pointer); links and commands still work. */
  interactive: { schema: OnOffSchema, fallback: true },
  /** The first frame, `w,s,e,n`; a `center`+`zoom` camera in the link wins over it. */
  bbox: { schema: z.nullable(BboxSchema), fallback: null },
  /** The embed's name in its postMessage messages. */
  id: { schema: EmbedIdSchema, fallback: 'claims-atlas' },
} as const;

type Options = typeof OPTIONS;
export type EmbedOptions = { [K in keyof Options]: z.output<Options[K]['schema']> };
export type EmbedParam = keyof Options;
export type EmbedProblem = ParamProblem<EmbedParam>;

export const EMBED_PARAMS = Object.keys(OPTIONS) as EmbedParam[];

export const DEFAULT_EMBED_OPTIONS = Object.fromEntries(
  EMBED_PARAMS.map((name) => [name, OPTIONS[name].fallback]),
) as EmbedOptions;

/** Reads the embed options; unknown parameters are ignored (the URL state reads its own), bad ones fall back. */
export function parseEmbedOptions(input: SearchParamsInput): { options: EmbedOptions; problems: EmbedProblem[] } {
  const { values, problems } = parseDeclaredParams(OPTIONS, input);
  return { options: values, problems };
}

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
