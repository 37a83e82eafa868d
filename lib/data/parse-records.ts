import { DataFileEnvelopeSchema, NOUNS, RECORD_SCHEMAS, type Noun, type RecordOf } from '../domain/data-file';
import { FILE_LEVEL, formatPath, type DataError } from './data-error';

/** A data file as read from disk: its path relative to the data folder, and its parsed JSON. */
export interface DataFileInput {
  file: string;
  json: unknown;
}

/** A record that passed its schema, with where it came from. */
export interface Located<T> {
  file: string;
  index: number;
  record: T;
}

/** The records of every noun that passed their schema. */
export type ParsedRecords = { [N in Noun]: Located<RecordOf<N>>[] };

/** Ids seen per noun, including those of records that failed their schema (so one bad record does not cascade). */
export type KnownIds = { [N in Noun]: Set<string> };

/** The result of checking every record against its schema. */
export interface ParseResult {
  records: ParsedRecords;
  known: KnownIds;
  /** Every string inside records that failed their schema: ids they may reference, so nothing they name is an orphan. */
  rejectedMentions: Set<string>;
  errors: DataError[];
}

/** The id of a raw record for error messages: its `id` if it is a non-empty string, else `#index`. */
export function rawRecordId(raw: unknown, index: number): string {
  if (typeof raw === 'object' && raw !== null && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string' && id !== '') return id;
  }
  return `#${index}`;
}

function emptyByNoun<T>(make: () => T): { [N in Noun]: T } {
  return Object.fromEntries(NOUNS.map((noun) => [noun, make()])) as { [N in Noun]: T };
}

/** Checks each file's shape and each record against its noun's schema, reporting every failure. */
export function parseRecords(files: readonly DataFileInput[]): ParseResult {
  const records = emptyByNoun(() => []) as ParsedRecords;
  const known = emptyByNoun(() => new Set<string>());
  const rejectedMentions = new Set<string>();
  const errors: DataError[] = [];
  for (const { file, json } of files) {
    const envelope = DataFileEnvelopeSchema.safeParse(json);
    if (!envelope.success) {
      for (const issue of envelope.error.issues) {
        errors.push({ file, recordId: FILE_LEVEL, path: formatPath(issue.path), reason: issue.message });
      }
      continue;
    }
    for (const noun of NOUNS) {
      parseNoun(noun, envelope.data[noun] ?? [], file, { records, known, rejectedMentions, errors });
    }
  }
  return { records, known, rejectedMentions, errors };
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => collectStrings(item, into));
}

function parseNoun<N extends Noun>(
  noun: N,
  raws: readonly unknown[],
  file: string,
  { records, known, rejectedMentions, errors }: ParseResult,
): void {
  raws.forEach((raw, index) => {
    const recordId = rawRecordId(raw, index);
    if (!recordId.startsWith('#')) known[noun].add(recordId);
    const parsed = RECORD_SCHEMAS[noun].safeParse(raw);
    if (parsed.success) {
      (records[noun] as Located<RecordOf<N>>[]).push({ file, index, record: parsed.data as RecordOf<N> });
      return;
    }
    collectStrings(raw, rejectedMentions);
    for (const issue of parsed.error.issues) {
      errors.push({ file, recordId, path: formatPath(issue.path), reason: issue.message });
    }
  });
}
