import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiContext, type ApiContext } from '@/lib/api/api-context';
import { claimsCsvEndpoint } from '@/lib/api/endpoints/claims-csv';
import { claimsEndpoint } from '@/lib/api/endpoints/claims';
import { loadDataset, readDataFiles } from '@/lib/data/load';
import { validateDataset } from '@/lib/data/validate';
import { call } from '../api/api-client';
import { parseCsv } from '../api/csv-parse';
import { acceptingRegions, editRecord } from '../../fixtures/claims-model/files';
import { standInRegions } from '../../fixtures/api/regions';

/** The hostile dataset (tests/fixtures/hostile-data/README.md). */
const HOSTILE_DATA_DIR = fileURLToPath(new URL('../../fixtures/hostile-data', import.meta.url));
const TODAY = '2026-01-01';

/** Keys whose string values are free text in the model (every `TextSchema` field), as opposed to ids, codes, URLs. */
const TEXT_KEYS = ['en', 'ko', 'uk', 'ru', 'note', 'coordinateSource', 'publisher', 'title', 'titleNote', 'publishedNote', 'agency', 'via', 'text'];
/** Keys whose string values are ids, enums, dates, codes or URLs. */
const NON_TEXT_KEYS = new Set([
  'about', 'id', 'kind', 'parent', 'home', 'colour', 'region', 'precision', 'value', 'language', 'lang', 'url', 'archiveUrl',
  'retrieved', 'stance', 'mode', 'force', 'place', 'counts', 'qualifier', 'of', 'claim',
]);
/** Keys of arrays of ids or enums (`places` and `sources` also name the record arrays of their files). */
const ID_LISTS = new Set(['claimants', 'places', 'regions', 'sources', 'path', 'actingParties', 'caveats']);

/** Every string in a JSON value with the key it sits under; strings in id lists are skipped. */
function strings(value: unknown, key = ''): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item) => (typeof item === 'string' && ID_LISTS.has(key) ? [] : strings(item, key)));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

let context: ApiContext;
beforeAll(async () => {
  const { dataset } = await loadDataset({ dataDir: HOSTILE_DATA_DIR, regions: acceptingRegions, today: TODAY });
  const places = [...dataset.places.values()];
  const labels = new Map(places.flatMap((place) => (place.coordinates ? [[place.region, [...place.coordinates] as [number, number]]] : [])));
  context = createApiContext(dataset, standInRegions([...places.map((place) => place.region), 'RU-KRS'], labels), TODAY);
});

describe('the hostile dataset', () => {
  it('passes validation (npm run data:check measures it against the real basemap in the end-to-end run)', async () => {
    const { files, errors } = await readDataFiles(HOSTILE_DATA_DIR);
    expect(errors).toEqual([]);
    expect(validateDataset(files, acceptingRegions, TODAY).errors).toEqual([]);
  });

  it('holds a script payload in every free-text field, and covers every kind of text field the model has', async () => {
    const { files } = await readDataFiles(HOSTILE_DATA_DIR);
    const all = files.flatMap((file) => strings(file.json));
    const text = all.filter(({ key }) => !NON_TEXT_KEYS.has(key));
    expect(text.filter(({ key }) => !TEXT_KEYS.includes(key))).toEqual([]);
    expect(new Set(text.map(({ key }) => key))).toEqual(new Set(TEXT_KEYS));
    expect(text.filter(({ text }) => !text.includes('<script>alert('))).toEqual([]);
    expect(text.length).toBeGreaterThanOrEqual(80);
  });

  it('keeps its URLs http(s), with markup and javascript: only inside their paths and queries', async () => {
    const urls = [...context.dataset.sources.values()].flatMap((source) => [source.url, source.archiveUrl ?? []].flat());
    expect(urls.length).toBeGreaterThanOrEqual(3);
    for (const url of urls) expect(new URL(url).protocol).toMatch(/^https?:$/);
    expect(urls.some((url) => url.includes('<script>'))).toBe(true);
  });
});

describe('validation of hostile URLs', () => {
  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'https://',
  ])('rejects %j as a source URL or archive URL, naming the file, record and field', async (url) => {
    for (const field of ['url', 'archiveUrl']) {
      const { files } = await readDataFiles(HOSTILE_DATA_DIR);
      editRecord(files, 'sources', 'hostile-wire', (record) => {
        record[field] = url;
      });
      const { errors } = validateDataset(files, acceptingRegions, TODAY);
      expect(errors.map(({ file, recordId, path, reason }) => ({ file: file.split('/').pop(), recordId, path, reason }))).toEqual([
        { file: 'sources.json', recordId: 'hostile-wire', path: field, reason: 'must be an absolute http or https URL' },
      ]);
    }
  });
});

describe('the hostile dataset through the API', () => {
  it('comes back from /api/v1/claims as the same text, JSON-escaped, never as markup', async () => {
    const answer = await call(claimsEndpoint, context, '/api/v1/claims', {});
    expect(answer.status).toBe(200);
    const claims = (answer.json as { data: { id: string; summary: { en: string } }[] }).data;
    for (const claim of claims) expect(claim.summary.en).toBe(context.dataset.claims.get(claim.id)?.summary.en);
  });

  it('exports a CSV in which no cell can run as a formula, and every payload survives as text', async () => {
    const answer = await call(claimsCsvEndpoint, context, '/api/v1/claims.csv', {});
    expect(answer.status).toBe(200);
    const [header = [], ...rows] = parseCsv(answer.text);
    expect(rows).toHaveLength(4);
    const cells = rows.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    for (const start of ['=', '+', '-', '@']) expect(cells.some((cell) => cell.startsWith(`'${start}`)), start).toBe(true);
    const column = (name: string) => rows.map((row) => row[header.indexOf(name)]);
    for (const [i, summary] of column('summary_en').entries()) {
      const id = rows[i]?.[header.indexOf('claim_id')] ?? '';
      const original = context.dataset.claims.get(id)?.summary.en ?? '';
      expect(summary).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
    }
    expect(cells.some((cell) => cell.includes('<script>alert('))).toBe(true);
  });
});
