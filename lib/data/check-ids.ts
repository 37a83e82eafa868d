import { NOUNS } from '../domain/data-file';
import type { DataError } from './data-error';
import type { ParsedRecords } from './parse-records';

/** Every id is unique across the whole dataset, and every source URL has one record. */
export function checkUniqueIds(records: ParsedRecords): DataError[] {
  const errors: DataError[] = [];
  const firstSeen = new Map<string, string>();
  for (const noun of NOUNS) {
    for (const { file, record } of records[noun]) {
      const previous = firstSeen.get(record.id);
      if (previous === undefined) firstSeen.set(record.id, `${noun} in ${file}`);
      else errors.push({ file, recordId: record.id, path: 'id', reason: `duplicate id: also used by ${previous}` });
    }
  }
  const urls = new Map<string, string>();
  for (const { file, record } of records.sources) {
    const previous = urls.get(record.url);
    if (previous === undefined) urls.set(record.url, record.id);
    else errors.push({ file, recordId: record.id, path: 'url', reason: `duplicate URL: source ${previous} has it` });
  }
  return errors;
}
