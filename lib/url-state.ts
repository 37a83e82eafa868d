import * as z from 'zod/mini';
import { LangSchema, RegionIdSchema } from '@/lib/basemap/region-schema';
import { ActorIdSchema, ClaimIdSchema, DeploymentIdSchema, MovementIdSchema } from '@/lib/domain/ids';
import { DaySchema } from '@/lib/domain/date-schemas';
import { StanceSchema } from '@/lib/domain/vocabulary-schemas';
import { STATUSES } from '@/lib/domain/status';
import { DEFAULT_THEME } from '@/lib/url-state-query';

/**
 * The one declared schema of the app's URL state. Every page (the main map and the embed) reads its search
 * parameters through `parseUrlState` and writes them through `serializeUrlState` (lib/url-state-query.ts, which needs
 * no zod: the browser writes links at first render, and loads this parser only once the page is live). A bad value never throws: it falls
 * back to the default and is reported as a problem (the param's name and a reason, never the value itself, so
 * nothing a link carries is echoed back into the page).
 */
const CenterSchema = z
  .pipe(
    z.string().check(z.regex(/^-?\d{1,3}(\.\d{1,6})?,-?\d{1,2}(\.\d{1,6})?$/)),
    z.transform((text) => text.split(',').map(Number) as [number, number]),
  )
  .check(z.refine(([lon, lat]) => lon >= -180 && lon <= 360 && lat >= -85 && lat <= 85));

const ZoomSchema = z
  .pipe(z.string().check(z.regex(/^\d{1,2}(\.\d{1,3})?$/)), z.transform(Number))
  .check(z.refine((zoom) => zoom >= 0 && zoom <= 12));

export const ThemeSchema = z.enum(['auto', 'light', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;

const PARAMS = {
  /** The selected region: an ISO 3166-1 alpha-3 or ISO 3166-2 id. */
  region: { schema: z.nullable(RegionIdSchema), fallback: null },
  /** A selected movement (its details panel opens); one selection at a time. */
  movement: { schema: z.nullable(MovementIdSchema.check(z.maxLength(120))), fallback: null },
  /** A selected deployment. */
  deployment: { schema: z.nullable(DeploymentIdSchema.check(z.maxLength(120))), fallback: null },
  /** A selected claim: its panel opens with every source and its related claims. */
  claim: { schema: z.nullable(ClaimIdSchema.check(z.maxLength(160))), fallback: null },
  /** A selected actor: its panel lists its stance and its claims in order. */
  actor: { schema: z.nullable(ActorIdSchema.check(z.maxLength(80))), fallback: null },
  /** The day whose knowledge the map shows (`YYYY-MM-DD`): only claims made by then, statuses as of then. */
  asOf: { schema: z.nullable(DaySchema), fallback: null },
  /** Feed filters: a party (top-level actor id), a claimant (any actor, with its children), a stance. */
  party: { schema: z.nullable(ActorIdSchema.check(z.maxLength(80))), fallback: null },
  claimant: { schema: z.nullable(ActorIdSchema.check(z.maxLength(80))), fallback: null },
  stance: { schema: z.nullable(StanceSchema), fallback: null },
  /** Feed filter: claims whose subject has this status as of `asOf`. */
  status: { schema: z.nullable(z.enum([...STATUSES, 'unreported'])), fallback: null },
  /** Feed filters: claims made from and to these days (inclusive). */
  from: { schema: z.nullable(DaySchema), fallback: null },
  to: { schema: z.nullable(DaySchema), fallback: null },
  /** Feed filter: words in summaries (any language), quotes and place names. */
  q: { schema: z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))), fallback: null },
  /**
   * The claimant lens: view the map as one actor (a party or any claimant, with its children) tells it: only what it
   * asserts, with what others deny marked. `lens2` adds a second lens beside the first for comparison.
   */
  lens: { schema: z.nullable(ActorIdSchema.check(z.maxLength(80))), fallback: null },
  lens2: { schema: z.nullable(ActorIdSchema.check(z.maxLength(80))), fallback: null },
  /** The UI language; absent, the browser's preferred language decides (see lib/i18n/negotiate.ts). */
  lang: { schema: z.nullable(LangSchema), fallback: null },
  /** Light, dark, or `auto` (follow the system's prefers-color-scheme). */
  theme: { schema: ThemeSchema, fallback: DEFAULT_THEME },
  /** The camera centre as `lon,lat`; when absent the map frames the selected region or the whole story. */
  center: { schema: z.nullable(CenterSchema), fallback: null },
  /** The camera zoom, 0 to 12; used with `center`. */
  zoom: { schema: z.nullable(ZoomSchema), fallback: null },
} as const;

type Params = typeof PARAMS;
export type UrlState = { [K in keyof Params]: z.output<Params[K]['schema']> };
export type UrlParam = keyof Params;

/** A parameter that was present but unusable, and why. */
export type UrlProblem = ParamProblem<UrlParam>;

export const URL_PARAMS = Object.keys(PARAMS) as UrlParam[];

export const DEFAULT_URL_STATE = Object.fromEntries(
  URL_PARAMS.map((name) => [name, PARAMS[name].fallback]),
) as UrlState;

/** What Next passes a page as `searchParams`, or the browser's URLSearchParams. */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** Every value a search parameter was given (none, one, or several when repeated). */
export function valuesOf(input: SearchParamsInput, name: string): string[] {
  if (input instanceof URLSearchParams) return input.getAll(name);
  const value = input[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A declared search parameter: what it must look like, and what it falls back to when absent or unusable. */
export type ParamDefinition = { schema: z.ZodMiniType; fallback: unknown };

/** A parameter that was present but unusable, and why (never its value). */
export type ParamProblem<P extends string> = { param: P; reason: 'malformed' | 'repeated' };

/**
 * Reads declared parameters (the URL state here, the embed's options in lib/embed/embed-options.ts): absent ones take
 * their fallback, and a repeated or malformed one its fallback plus a problem. Unknown parameters are ignored.
 */
export function parseDeclaredParams<D extends Record<string, ParamDefinition>>(
  definitions: D,
  input: SearchParamsInput,
): { values: { [K in keyof D]: z.output<D[K]['schema']> }; problems: ParamProblem<Extract<keyof D, string>>[] } {
  const problems: ParamProblem<Extract<keyof D, string>>[] = [];
  const parse = (name: Extract<keyof D, string>): unknown => {
    const definition = definitions[name] as ParamDefinition; // `name` comes from Object.keys(definitions)
    const values = valuesOf(input, name);
    if (values.length === 0) return definition.fallback;
    if (values.length > 1) {
      problems.push({ param: name, reason: 'repeated' });
      return definition.fallback;
    }
    const parsed = definition.schema.safeParse(values[0]);
    if (!parsed.success) {
      problems.push({ param: name, reason: 'malformed' });
      return definition.fallback;
    }
    return parsed.data;
  };
  const names = Object.keys(definitions) as Extract<keyof D, string>[];
  const values = Object.fromEntries(names.map((name) => [name, parse(name)])) as { [K in keyof D]: z.output<D[K]['schema']> };
  return { values, problems };
}

/** Reads the URL state; unknown parameters are ignored, bad ones fall back to their defaults. */
export function parseUrlState(input: SearchParamsInput): { state: UrlState; problems: UrlProblem[] } {
  const { values, problems } = parseDeclaredParams(PARAMS, input);
  return { state: values, problems };
}
