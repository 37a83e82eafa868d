import { z } from 'zod';
import {
  ActorSchema,
  ClaimSchema,
  DeploymentSchema,
  EventSchema,
  MovementSchema,
  PlaceSchema,
  SourceSchema,
} from './schemas';

/**
 * How records sit in the data files: each JSON file under data/ is an object holding arrays of records by noun
 * (any file may hold any nouns; the layout by noun and month is a convention, see data/README.md).
 */

const AboutSchema = z.string().regex(/\S/, 'must not be empty');

/** The record schemas by the key they sit under in a data file. */
export const RECORD_SCHEMAS = {
  actors: ActorSchema,
  places: PlaceSchema,
  sources: SourceSchema,
  claims: ClaimSchema,
  movements: MovementSchema,
  deployments: DeploymentSchema,
  events: EventSchema,
} as const;
export type Noun = keyof typeof RECORD_SCHEMAS;
export const NOUNS = Object.keys(RECORD_SCHEMAS) as Noun[];
/** The record type of each noun. */
export type RecordOf<N extends Noun> = z.infer<(typeof RECORD_SCHEMAS)[N]>;
/** Every record of a dataset, by noun. */
export type DatasetRecords = { [N in Noun]: RecordOf<N>[] };

/** A data file: an object holding one or more arrays of records by noun, and an optional `about` line. */
export const DataFileSchema = z.strictObject({
  about: AboutSchema.optional(),
  actors: z.array(ActorSchema).optional(),
  places: z.array(PlaceSchema).optional(),
  sources: z.array(SourceSchema).optional(),
  claims: z.array(ClaimSchema).optional(),
  movements: z.array(MovementSchema).optional(),
  deployments: z.array(DeploymentSchema).optional(),
  events: z.array(EventSchema).optional(),
});
export type DataFile = z.infer<typeof DataFileSchema>;

/** The same file with its records left unparsed, so each record can be checked (and reported) on its own. */
export const DataFileEnvelopeSchema = z.strictObject({
  about: AboutSchema.optional(),
  actors: z.array(z.unknown()).optional(),
  places: z.array(z.unknown()).optional(),
  sources: z.array(z.unknown()).optional(),
  claims: z.array(z.unknown()).optional(),
  movements: z.array(z.unknown()).optional(),
  deployments: z.array(z.unknown()).optional(),
  events: z.array(z.unknown()).optional(),
});
