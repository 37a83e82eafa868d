import * as z from 'zod/mini';
import { RegionIdSchema } from '../basemap/region-schema';
import {
  ActorIdSchema,
  ClaimIdSchema,
  DeploymentIdSchema,
  EventIdSchema,
  MovementIdSchema,
  PlaceIdSchema,
  SourceIdSchema,
} from './ids';
import { DaySchema, KnownDateSchema, PartialDateSchema } from './date-schemas';
import { STANCES, type Names, type Stance } from './vocabulary';
import { ActorKindSchema, NamesSchema, StanceSchema, TextSchema } from './vocabulary-schemas';

/**
 * The one model of the claims data: zod schemas for every noun, types inferred from them. See docs/claims-model.md.
 *
 * Written with `zod/mini` (the same checks as classic zod, as functions) because the browser parses API answers with
 * some of them (names, stances, movements, deployments) and classic zod would cost it some 30 KB gzip. Messages we
 * give are the same either way; zod's own messages ("Invalid input: expected string, received number") come from the
 * English locale that classic zod registers on the server as soon as any classic schema exists (lib/domain/data-file.ts
 * builds some), so the data validation's messages are unchanged.
 */

const NoteSchema = z.optional(TextSchema);

/** A name in the four languages of the app (lib/domain/vocabulary-schemas.ts). */
export { NamesSchema, type Names };

/** Editorial text we write ourselves, in English and Korean. */
export const SummarySchema = z.strictObject({ en: TextSchema, ko: TextSchema });
export type Summary = z.infer<typeof SummarySchema>;

/** Colour token names; the UI maps each to a colour for light and dark themes. */
export const COLOUR_TOKENS = ['blue', 'crimson', 'red', 'yellow', 'indigo', 'azure', 'teal', 'grey'] as const;
export const ColourTokenSchema = z.enum(COLOUR_TOKENS);
export type ColourToken = z.infer<typeof ColourTokenSchema>;

/** An ISO 639-1 language code (`en`, `ko`, `ru`, `uk`, `it` ...). */
export const LanguageSchema = z.string().check(z.regex(/^[a-z]{2}$/, 'a language is a two-letter ISO 639-1 code'));

/** An absolute http(s) URL: the only links the app will render. */
export const HttpUrlSchema = z.string().check(
  z.refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be an absolute http or https URL'),
);

/** What kind of actor (lib/domain/vocabulary-schemas.ts). */
export { ActorKindSchema };

/** Someone who makes claims or acts; the top-level ancestor (`parent: null`) of an actor is its party. */
export const ActorSchema = z.strictObject({
  id: ActorIdSchema,
  names: NamesSchema,
  kind: ActorKindSchema,
  /** For a person, their office ("Kremlin spokesman"). */
  role: z.optional(NamesSchema),
  parent: z.nullable(ActorIdSchema),
  home: z.nullable(PlaceIdSchema),
  colour: ColourTokenSchema,
  note: NoteSchema,
});
export type Actor = z.infer<typeof ActorSchema>;

/** What kind of place. */
export const PlaceKindSchema = z.enum([
  'capital', 'city', 'town', 'village', 'port', 'training-ground', 'region', 'area',
]);
/** How closely the coordinates locate the place (`region`: a point standing for a whole region). */
export const PlacePrecisionSchema = z.enum(['exact', 'settlement', 'region', 'approximate']);
/** `[longitude, latitude]` in degrees (WGS 84). */
export const LonLatSchema = z.tuple([z.number(), z.number()]);
export type LonLat = z.infer<typeof LonLatSchema>;

/** A named place; `coordinates: null` means no coordinate is known: the place is listed, not drawn. */
export const PlaceSchema = z
  .strictObject({
    id: PlaceIdSchema,
    names: NamesSchema,
    kind: PlaceKindSchema,
    coordinates: z.nullable(LonLatSchema),
    precision: z.nullable(PlacePrecisionSchema),
    /** Where the coordinates come from, as the research notes say. */
    coordinateSource: z.nullable(TextSchema),
    /** The ISO region the place lies in (a province where the basemap has provinces, else a country). */
    region: RegionIdSchema,
    note: NoteSchema,
  })
  .check(
    z.superRefine((place, ctx) => {
      if ((place.coordinates === null) !== (place.precision === null)) {
        ctx.addIssue({ code: 'custom', path: ['precision'], message: 'precision is null exactly when coordinates are null' });
      }
    }),
  );
export type Place = z.infer<typeof PlaceSchema>;

/** What kind of page a source is; `aggregator` for copies on sites that only republish. */
export const SourceKindSchema = z.enum([
  'wire', 'newspaper', 'broadcaster', 'online-news', 'government-statement', 'intelligence-briefing',
  'international-organisation', 'social-post', 'aggregator',
]);
/** Marks from the second check of the research; a claim's other sources are preferred as its source of record. */
export const SourceCaveatSchema = z.enum([
  'content-farm-copy', 'aggregator-copy', 'syndication-site', 'not-refound-in-second-check',
]);
export type SourceCaveat = z.infer<typeof SourceCaveatSchema>;

/** One record per URL. `title: null` when the page showed none (then `titleNote` says so). */
export const SourceSchema = z
  .strictObject({
    id: SourceIdSchema,
    publisher: TextSchema,
    title: z.nullable(TextSchema),
    titleNote: NoteSchema,
    url: HttpUrlSchema,
    published: PartialDateSchema,
    publishedNote: NoteSchema,
    language: LanguageSchema,
    kind: SourceKindSchema,
    /** The agency whose story the page syndicates (AP, AFP, Reuters, Yonhap ...). */
    agency: z.optional(TextSchema),
    /** The outlet the page cites for its report, when it is not a syndicated copy. */
    via: z.optional(TextSchema),
    archiveUrl: z.optional(HttpUrlSchema),
    retrieved: z.optional(DaySchema),
    caveats: z.optional(z.array(SourceCaveatSchema)),
    note: NoteSchema,
  })
  .check(
    z.superRefine((source, ctx) => {
      if (source.title === null && source.titleNote === undefined) {
        ctx.addIssue({ code: 'custom', path: ['titleNote'], message: 'a source without a title needs a titleNote' });
      }
    }),
  );
export type Source = z.infer<typeof SourceSchema>;

/** What a claim does to its subjects (lib/domain/vocabulary-schemas.ts). */
export { STANCES, StanceSchema, type Stance };

/** What a claim is about: a movement, deployment or event of the dataset, or a free topic. */
export const SubjectRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('movement'), id: MovementIdSchema }),
  z.strictObject({ kind: z.literal('deployment'), id: DeploymentIdSchema }),
  z.strictObject({ kind: z.literal('event'), id: EventIdSchema }),
  z.strictObject({ kind: z.literal('topic'), topic: SummarySchema }),
]);
export type SubjectRef = z.infer<typeof SubjectRefSchema>;

/** A short exact quote; `translated` is true when the words render speech in another language, null when unknown. */
export const QuoteSchema = z.strictObject({
  text: TextSchema.check(z.maxLength(160, 'a quote is short: at most 160 characters')),
  lang: LanguageSchema,
  translated: z.nullable(z.boolean()),
});
export type Quote = z.infer<typeof QuoteSchema>;

/**
 * What a figure counts. `units` are military units of unstated size or type; `prisoners` are soldiers captured;
 * `guns` and `rocket-launchers` are artillery systems; `voyages` are ship voyages; `coffins` are coffins shown or
 * returned (the remains of the dead).
 */
export const FigureCountsSchema = z.enum([
  'troops', 'officers', 'generals', 'brigades', 'casualties', 'killed', 'wounded', 'deserters', 'shells',
  'containers', 'batches', 'missiles', 'ships', 'training-grounds', 'units', 'prisoners', 'guns', 'rocket-launchers',
  'voyages', 'coffins',
]);
/** How the figure was hedged (`null`: stated as is). */
export const FigureQualifierSchema = z.enum(['about', 'at-least', 'up-to', 'more-than']);
const CountSchema = z.number().check(z.nonnegative());

/** A number a claim gives: `value`, or `min` with `max` (`max: null` = open-ended). */
export const FigureSchema = z
  .strictObject({
    counts: FigureCountsSchema,
    value: z.optional(CountSchema),
    min: z.optional(CountSchema),
    max: z.optional(z.nullable(CountSchema)),
    qualifier: z.nullable(FigureQualifierSchema),
    label: SummarySchema,
    /** The movement or deployment whose strength (or losses) this figure estimates. */
    of: z.optional(z.union([MovementIdSchema, DeploymentIdSchema])),
  })
  .check(
    z.superRefine((figure, ctx) => {
      const isValue = figure.value !== undefined && figure.min === undefined && figure.max === undefined;
      const isRange = figure.value === undefined && figure.min !== undefined && figure.max !== undefined;
      if (!isValue && !isRange) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'a figure has either value, or min and max' });
      }
    }),
  );
export type Figure = z.infer<typeof FigureSchema>;

/** How one claim bears on another. */
export const RelationKindSchema = z.enum(['supports', 'contradicts', 'denies', 'updates', 'retracts']);
/** A link from a claim to another claim. */
export const RelationSchema = z.strictObject({ kind: RelationKindSchema, claim: ClaimIdSchema });
export type Relation = z.infer<typeof RelationSchema>;

/** A statement by one or more actors, on a date, about subjects, citing sources. */
export const ClaimSchema = z.strictObject({
  id: ClaimIdSchema,
  /** The research note's id (`C011`), for traceability. */
  researchId: z.optional(z.string().check(z.regex(/^C\d{3}$/, 'a research id looks like C011'))),
  claimants: z.array(ActorIdSchema).check(z.minLength(1, 'a claim needs at least one claimant')),
  date: KnownDateSchema,
  summary: SummarySchema,
  quote: z.optional(QuoteSchema),
  stance: StanceSchema,
  subjects: z.array(SubjectRefSchema).check(z.minLength(1, 'a claim needs at least one subject')),
  places: z.array(PlaceIdSchema),
  regions: z.array(RegionIdSchema),
  figures: z.array(FigureSchema),
  sources: z.array(SourceIdSchema).check(z.minLength(1, 'a claim needs at least one source')),
  relations: z.array(RelationSchema),
  note: NoteSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;

/** When something reportedly happened; `end: null` when no end is reported. */
export const TimeWindowSchema = z.strictObject({ start: KnownDateSchema, end: z.nullable(KnownDateSchema) });
export type TimeWindow = z.infer<typeof TimeWindowSchema>;

/** Acting parties: the parties whose own word settles a subject (for North Korean troops in Russia: prk, rus). */
const ActingPartiesSchema = z.array(ActorIdSchema).check(z.minLength(1, 'name at least one acting party'));

/** A reported move of a force along a path of places. */
export const MovementSchema = z.strictObject({
  id: MovementIdSchema,
  names: NamesSchema,
  /** Who moves. */
  force: ActorIdSchema,
  path: z.array(PlaceIdSchema).check(z.minLength(2, 'a path has at least two places')),
  window: TimeWindowSchema,
  mode: z.enum(['sea', 'rail', 'air', 'road', 'unknown']),
  actingParties: ActingPartiesSchema,
  note: NoteSchema,
});
export type Movement = z.infer<typeof MovementSchema>;

/** A force reported present in one or more regions over time. */
export const DeploymentSchema = z.strictObject({
  id: DeploymentIdSchema,
  names: NamesSchema,
  force: ActorIdSchema,
  regions: z.array(RegionIdSchema).check(z.minLength(1, 'a deployment is in at least one region')),
  window: TimeWindowSchema,
  actingParties: ActingPartiesSchema,
  note: NoteSchema,
});
export type Deployment = z.infer<typeof DeploymentSchema>;

/** A dated happening at a place (an ambassador summoned, a treaty ratified, a Security Council meeting). */
export const EventSchema = z.strictObject({
  id: EventIdSchema,
  names: NamesSchema,
  date: KnownDateSchema,
  place: PlaceIdSchema,
  actingParties: ActingPartiesSchema,
  note: NoteSchema,
});
export type Event = z.infer<typeof EventSchema>;
