import * as z from 'zod/mini';
import { parseDeclaredParams, type ParamDefinition, type ParamProblem, type SearchParamsInput } from '@/lib/url-state';
import { DEFAULT_EMBED_OPTIONS, EMBED_ID_PATTERN, type EmbedOptions, type EmbedParam } from './embed-link';

/**
 * Reading the options only `/embed` reads (lib/embed/embed-link.ts names them, types them and writes them), on top of
 * the app's URL state (lib/url-state.ts), which the embed reads too.
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
export const EmbedIdSchema = z.string().check(z.regex(EMBED_ID_PATTERN));

const OPTIONS = {
  legend: { schema: OnOffSchema, fallback: DEFAULT_EMBED_OPTIONS.legend },
  timeline: { schema: OnOffSchema, fallback: DEFAULT_EMBED_OPTIONS.timeline },
  feed: { schema: OnOffSchema, fallback: DEFAULT_EMBED_OPTIONS.feed },
  interactive: { schema: OnOffSchema, fallback: DEFAULT_EMBED_OPTIONS.interactive },
  bbox: { schema: z.nullable(BboxSchema), fallback: DEFAULT_EMBED_OPTIONS.bbox },
  id: { schema: EmbedIdSchema, fallback: DEFAULT_EMBED_OPTIONS.id },
} satisfies { [K in EmbedParam]: ParamDefinition & { schema: z.ZodMiniType<EmbedOptions[K]> } };

export type EmbedProblem = ParamProblem<EmbedParam>;

/** Reads the embed options; unknown parameters are ignored (the URL state reads its own), bad ones fall back. */
export function parseEmbedOptions(input: SearchParamsInput): { options: EmbedOptions; problems: EmbedProblem[] } {
  const { values, problems } = parseDeclaredParams(OPTIONS, input);
  return { options: values, problems };
}
