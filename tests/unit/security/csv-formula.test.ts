import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/api/csv';
import { parseCsv } from '../api/csv-parse';

/** What a spreadsheet would run as a formula (OWASP's list, with the tab and carriage return some strip first). */
const FORMULA_START = /^[=+\-@\t\r]/;

describe('CSV cells against formula injection', () => {
  it('reads back any text as itself, with an apostrophe before exactly those a spreadsheet would run', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '"', ',', '\r\n', "'"), fc.string({ maxLength: 30 })).map(([a, b]) => a + b),
      fc.constantFrom("=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example","x")', '+1-1', '-2+3', '@SUM(1+1)', '\t=1', '\r\n=1'),
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (cells) => {
        const [header, row, ...rest] = parseCsv(toCsv(cells.map((_, i) => `c${i}`), [cells]));
        expect(header).toHaveLength(cells.length);
        expect(rest).toEqual([]);
        expect(row).toEqual(cells.map((cell) => (FORMULA_START.test(cell) ? `'${cell}` : cell)));
        for (const cell of row ?? []) expect(cell).not.toMatch(FORMULA_START);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('leaves numbers, negative ones included, as numbers', () => {
    fc.assert(
      fc.property(fc.integer(), (value) => {
        expect(parseCsv(toCsv(['n'], [[value]]))[1]).toEqual([String(value)]);
      }),
      { numRuns: 200 },
    );
  });
});
