/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when it holds a comma, a
 * double quote, CR or LF, with inner quotes doubled. Spreadsheets run a cell that starts with `=`, `+`, `-` or `@`
 * (or a tab or CR, which some strip first) as a formula, so such a cell is prefixed with `'` (OWASP's advice):
 * the data is text written by others and must never execute in an editor's spreadsheet.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: text guarded against formula injection (a number cannot be a formula), then quoted if needed. */
export function csvCell(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  const guarded = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A whole CSV text: the header row, then one row per record, each line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
