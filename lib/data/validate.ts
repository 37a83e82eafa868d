import { NOUNS, type DatasetRecords } from '../domain/data-file';
import type { RegionLookup } from '../geo/region-lookup';
import { checkFacts } from './check-facts';
import { checkUniqueIds } from './check-ids';
import { checkOrphans } from './check-orphans';
import { checkReferences } from './check-references';
import { sortDataErrors, type DataError } from './data-error';
import { parseRecords, type DataFileInput } from './parse-records';

/** Every problem found, and the records that passed their schema. */
export interface ValidationResult {
  errors: DataError[];
  records: DatasetRecords;
}

/**
 * Validates a whole dataset at once and reports every problem with file, record id, field path and reason:
 * schemas; unique ids and source URLs; references (actors, places, sources, claims, subjects, regions);
 * dates not after `today` (`YYYY-MM-DD`); coordinates in range and within 5 km of their region; min <= max; orphans.
 * Pure: the files are given as parsed JSON and regions as a lookup.
 */
export function validateDataset(files: readonly DataFileInput[], regions: RegionLookup, today: string): ValidationResult {
  const { records, known, rejectedMentions, errors } = parseRecords(files);
  const all = [
    ...errors,
    ...checkUniqueIds(records),
    ...checkReferences(records, known, regions),
    ...checkFacts(records, regions, today),
    ...checkOrphans(records, rejectedMentions),
  ];
  const plain = Object.fromEntries(NOUNS.map((noun) => [noun, records[noun].map(({ record }) => record)])) as DatasetRecords;
  return { errors: sortDataErrors(all), records: plain };
}
