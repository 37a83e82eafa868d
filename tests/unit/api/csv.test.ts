import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '@/lib/api/api-context';
import { CLAIM_CSV_COLUMNS } from '@/lib/api/claim-csv';
import { csvCell, toCsv } from '@/lib/api/csv';
import { claimsCsvEndpoint } from '@/lib/api/endpoints/claims-csv';
import { fixtureContext } from '../../fixtures/api/context';
import { call } from './api-client';
import { parseCsv } from './csv-parse';

let context: ApiContext;
beforeAll(async () => {
  context = await fixtureContext();
});

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('Kursk Oblast')).toBe('Kursk Oblast');
    expect(csvCell('쿠르스크주')).toBe('쿠르스크주');
    expect(csvCell(1500)).toBe('1500');
    expect(csvCell(null)).toBe('');
  });

  it('quotes a field holding a comma, a double quote, CR or LF, doubling inner quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('prefixes a cell a spreadsheet would run as a formula with an apostrophe', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+7 495')).toBe("'+7 495");
    expect(csvCell('-Somebody')).toBe("'-Somebody");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('does not mark a negative number, which is not a formula', () => {
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('toCsv', () => {
  it('ends every record, the last included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', null], ['x,y', 2]])).toBe('a,b\r\n1,\r\n"x,y",2\r\n');
  });
});

describe('GET /api/v1/claims.csv', () => {
  it('is a download named for its asOf, in CSV with a header row', async () => {
    const answer = await call(claimsCsvEndpoint, context, '/api/v1/claims.csv', {});
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
    expect(answer.headers.get('Content-Disposition')).toBe('attachment; filename="claims-atlas-claims-as-of-2024-02-10.csv"');
    expect(parseCsv(answer.text)[0]).toEqual(CLAIM_CSV_COLUMNS.map((column) => column.name));
  });

  it('has one row per claim and source, claims newest first, sources in the claim’s order', async () => {
    const rows = parseCsv((await call(claimsCsvEndpoint, context, '/api/v1/claims.csv', {})).text).slice(1);
    const expected = context.claims.reduce((sum, claim) => sum + claim.sources.length, 0);
    expect(rows).toHaveLength(expected);
    const pairs = rows.map((row) => `${row[0]} ${row[16]} ${row[17]}`);
    expect(pairs.slice(0, 3)).toEqual([
      'claim-2024-02-10-dd-topic 1 board-four',
      'claim-2024-02-05-cc-far-movements 1 board-four',
      'claim-2024-02-05-cc-far-movements 2 tricky-three',
    ]);
  });

  it('writes every column of a row as documented', async () => {
    const answer = await call(claimsCsvEndpoint, context, '/api/v1/claims.csv?subject=movement-fixture-crossing&party=aa', {});
    const [header, first, second, ...rest] = parseCsv(answer.text);
    expect(rest).toEqual([]);
    const record = (row: string[] | undefined) => Object.fromEntries((header ?? []).map((name, i) => [name, row?.[i]]));
    expect(record(first)).toEqual({
      claim_id: 'claim-2024-01-10-aa-reports-crossing',
      claim_date: '2024-01-10',
      claim_date_precision: 'day',
      claimants: 'aa-agency',
      parties: 'aa',
      stance: 'asserts',
      subjects: 'movement-fixture-crossing; deployment-fixture-bb-in-aa',
      subject_statuses: 'movement-fixture-crossing=contested; deployment-fixture-bb-in-aa=confirmed',
      summary_en: 'Aland intelligence says Borland troops crossed.',
      summary_ko: '알란드 정보국은 보를란드군이 넘어왔다고 밝혔다.',
      quote: 'they crossed',
      quote_lang: 'en',
      places: 'aa-city',
      regions: 'AA-01',
      figures: 'troops about 1500 of deployment-fixture-bb-in-aa; ships at-least 2+',
      relations: '',
      source_position: '1',
      source_id: 'wire-one',
      source_publisher: 'Fixture Wire',
      source_title: 'Aland says Borland troops crossed',
      source_url: 'https://wire.example/aland-says',
      source_published: '2024-01-10',
      source_language: 'en',
      source_kind: 'wire',
      source_agency: '',
      source_via: '',
      source_archive_url: '',
      source_caveats: '',
    });
    expect(record(second)).toMatchObject({
      source_position: '2',
      source_publisher: "'@Tricky, \"Quoted\" Press",
      source_title: '\'=HYPERLINK("http://evil.example","click")',
      source_published: '2024-01',
      source_via: "'-Somebody",
      source_archive_url: 'https://archive.example/three',
    });
  });

  it('guards every formula-like cell the data holds and keeps multi-line quotes intact', async () => {
    const rows = parseCsv((await call(claimsCsvEndpoint, context, '/api/v1/claims.csv', {})).text);
    const cells = rows.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain("'=SUM(1,2) The Council and Dorland report troops far away.");
    expect(cells).toContain("'+Council statement");
    expect(cells).toContain('from the base,\nthen "by road"');
    expect(rows.every((row) => row.length === CLAIM_CSV_COLUMNS.length)).toBe(true);
  });

  it('applies the claims filters, with no paging', async () => {
    const rows = parseCsv((await call(claimsCsvEndpoint, context, '/api/v1/claims.csv?asOf=2024-01-12', {})).text).slice(1);
    expect(rows.map((row) => row[0])).toEqual(['claim-2024-01-12-bb-denies', 'claim-2024-01-10-aa-reports-crossing', 'claim-2024-01-10-aa-reports-crossing']);
    const noMatch = parseCsv((await call(claimsCsvEndpoint, context, '/api/v1/claims.csv?q=nothing-like-this', {})).text);
    expect(noMatch).toEqual([CLAIM_CSV_COLUMNS.map((column) => column.name)]);
  });
});
