import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '@/lib/data/load';
import { DataFileSchema } from '@/lib/domain/data-file';
import { ActorSchema, ClaimSchema, FigureSchema, PlaceSchema, SourceSchema } from '@/lib/domain/schemas';
import { FIXTURE_DATA_DIR } from '../../fixtures/claims-model/files';
import { REAL_DATA_DIR } from '../../fixtures/claims-model/real-data';

describe('schemas round-trip the data files', () => {
  it('parses every file of data/, serializes it and parses it back to the same value and the same JSON', async () => {
    const { files, errors } = await readDataFiles(REAL_DATA_DIR);
    expect(errors).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const { file, json } of files) {
      const parsed = DataFileSchema.parse(json);
      const reparsed = DataFileSchema.parse(JSON.parse(JSON.stringify(parsed)));
      expect(reparsed, file).toEqual(parsed);
      // Nothing is dropped or added on the way: the typed value is the file's JSON.
      expect(parsed, file).toEqual(json);
    }
  });

  it('round-trips the fixture dataset too', async () => {
    const text = await readFile(`${FIXTURE_DATA_DIR}/claims/2024-01.json`, 'utf8');
    const parsed = DataFileSchema.parse(JSON.parse(text));
    expect(DataFileSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });
});

const place = {
  id: 'musudan',
  names: { en: 'Musudan', ko: '무수단', uk: 'Мусудан', ru: 'Мусудан' },
  kind: 'area',
  coordinates: null,
  precision: null,
  coordinateSource: null,
  region: 'PRK',
};

describe('schema rules', () => {
  it('keeps a place without coordinates, and requires precision to be null exactly then', () => {
    expect(PlaceSchema.safeParse(place).success).toBe(true);
    const mismatch = PlaceSchema.safeParse({ ...place, precision: 'exact' });
    expect(mismatch.success).toBe(false);
    expect(mismatch.error?.issues[0]?.path).toEqual(['precision']);
  });

  it('requires a title note when a source has no title', () => {
    const source = {
      id: 'kbs-world-1',
      publisher: 'KBS World',
      title: null,
      url: 'http://world.kbs.co.kr/x',
      published: { precision: 'unknown' },
      language: 'en',
      kind: 'broadcaster',
    };
    const result = SourceSchema.safeParse(source);
    expect(result.error?.issues[0]?.path).toEqual(['titleNote']);
    expect(SourceSchema.safeParse({ ...source, titleNote: 'No title shown.' }).success).toBe(true);
  });

  it('accepts only http and https URLs', () => {
    const base = { id: 's', publisher: 'P', title: 'T', published: { precision: 'unknown' }, language: 'en', kind: 'wire' };
    expect(SourceSchema.safeParse({ ...base, url: 'https://example.org/a' }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'ftp://example.org/a', 'example.org/a', 'https://']) {
      expect(SourceSchema.safeParse({ ...base, url }).success, url).toBe(false);
    }
  });

  it('takes a figure as a value or as min and max, with an open max allowed', () => {
    const label = { en: 'troops', ko: '병력' };
    expect(FigureSchema.safeParse({ counts: 'troops', value: 3000, qualifier: 'at-least', label }).success).toBe(true);
    expect(FigureSchema.safeParse({ counts: 'troops', min: 11000, max: 12000, qualifier: null, label }).success).toBe(true);
    expect(FigureSchema.safeParse({ counts: 'troops', min: 11000, max: null, qualifier: null, label }).success).toBe(true);
    expect(FigureSchema.safeParse({ counts: 'troops', value: 1, min: 1, max: 2, qualifier: null, label }).success).toBe(false);
    expect(FigureSchema.safeParse({ counts: 'troops', qualifier: null, label }).success).toBe(false);
  });

  it('knows the kinds the full story needs: villages, unnamed officials, news organisations, prisoners, coffins', () => {
    expect(PlaceSchema.safeParse({ ...place, id: 'gornal', kind: 'village', region: 'RU-KRS' }).success).toBe(true);
    const actor = { names: { en: 'x', ko: 'x', uk: 'x', ru: 'x' }, parent: null, home: null, colour: 'grey' };
    expect(ActorSchema.safeParse({ ...actor, id: 'western-officials', kind: 'unnamed-officials' }).success).toBe(true);
    expect(ActorSchema.safeParse({ ...actor, id: 'reuters', kind: 'news-organisation' }).success).toBe(true);
    expect(ActorSchema.safeParse({ ...actor, id: 'someone', kind: 'journalist' }).success).toBe(false);
    const label = { en: 'x', ko: 'y' };
    for (const counts of ['units', 'prisoners', 'guns', 'rocket-launchers', 'voyages', 'coffins', 'troops']) {
      expect(FigureSchema.safeParse({ counts, value: 2, qualifier: null, label }).success, counts).toBe(true);
    }
    expect(FigureSchema.safeParse({ counts: 'tanks', value: 2, qualifier: null, label }).success).toBe(false);
  });

  it('insists on prefixed kebab-case ids for claims', () => {
    const claim = {
      id: 'claim-2024-10-18-nis',
      claimants: ['kor-nis'],
      date: { precision: 'day', value: '2024-10-18' },
      summary: { en: 'x', ko: 'y' },
      stance: 'asserts',
      subjects: [{ kind: 'topic', topic: { en: 'x', ko: 'y' } }],
      places: [],
      regions: ['RU-PRI'],
      figures: [],
      sources: ['a-source'],
      relations: [],
    };
    expect(ClaimSchema.safeParse(claim).success).toBe(true);
    expect(ClaimSchema.safeParse({ ...claim, id: 'C011' }).success).toBe(false);
    expect(ClaimSchema.safeParse({ ...claim, id: 'claim-Upper' }).success).toBe(false);
    expect(ClaimSchema.safeParse({ ...claim, date: { precision: 'unknown' } }).success).toBe(false);
    expect(ClaimSchema.safeParse({ ...claim, regions: ['Kursk'] }).success).toBe(false);
  });
});
