/** One problem in the data: which file, which record, which field, and why. */
export interface DataError {
  file: string;
  /** The record's id; `#3` (its position) when it has no usable id; `(file)` for a problem with the file itself. */
  recordId: string;
  /** The field inside the record, e.g. `figures[0].max`; empty for the whole record. */
  path: string;
  reason: string;
}

/** The record id used when a problem concerns a whole file rather than one record. */
export const FILE_LEVEL = '(file)';

/** Writes a field path as `figures[0].max`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** One line per error: `file: recordId: path: reason` (`-` for an empty path). */
export function formatDataError(error: DataError): string {
  return `${error.file}: ${error.recordId}: ${error.path || '-'}: ${error.reason}`;
}

/** Errors in a stable order: by file, then record, then path. */
export function sortDataErrors(errors: readonly DataError[]): DataError[] {
  const key = (error: DataError) => [error.file, error.recordId, error.path, error.reason];
  return [...errors].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
      const compared = (ka[i] as string).localeCompare(kb[i] as string);
      if (compared !== 0) return compared;
    }
    return 0;
  });
}
