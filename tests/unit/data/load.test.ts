import { mkdtemp, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDataError } from '@/lib/data/data-error';
import { BasemapMissingError, DataValidationError, loadDataset, readDataFiles, readRegionLookup } from '@/lib/data/load';
import { FIXTURE_BASEMAP_DIR, FIXTURE_DATA_DIR, fixtureRegions } from '../../fixtures/claims-model/files';

const temporary: string[] = [];
async function copyOfFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claims-data-'));
  temporary.push(dir);
  await cp(FIXTURE_DATA_DIR, dir, { recursive: true });
  return dir;
}
afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('loadDataset', () => {
  it('reads every JSON file under the folder, nested ones included, and indexes the records', async () => {
    const { dataset, records } = await loadDataset({ dataDir: FIXTURE_DATA_DIR, regions: fixtureRegions, today: '2026-11-27' });
    expect(records.claims).toHaveLength(4);
    expect(dataset.actors.get('bb-spokesman')?.parent).toBe('bb');
    expect(dataset.places.get('aa-unknown-site')?.coordinates).toBeNull();
    expect([...dataset.claims.keys()]).toEqual([
      'claim-2024-01-10-aa-reports-crossing',
      'claim-2024-01-12-bb-denies',
      'claim-2024-01-15-aa-meeting',
      'claim-2024-01-cc-comments',
    ]);
    expect(dataset.claimsBySubject.get('movement-fixture-crossing')?.map((claim) => claim.id)).toEqual([
      'claim-2024-01-10-aa-reports-crossing',
      'claim-2024-01-12-bb-denies',
      'claim-2024-01-cc-comments',
    ]);
    expect(dataset.estimatesBySubject.get('deployment-fixture-bb-in-aa')?.map((e) => e.figure.value)).toEqual([1500]);
  });

  it('throws one error listing every problem, as file: record: path: reason', async () => {
    const dir = await copyOfFixture();
    await writeFile(path.join(dir, 'broken.json'), '{ "claims": [', 'utf8');
    await writeFile(path.join(dir, 'extra.json'), JSON.stringify({ sources: [{ id: 'x', url: 'ftp://x' }] }), 'utf8');
    const failure = await loadDataset({ dataDir: dir, regions: fixtureRegions }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DataValidationError);
    const errors = (failure as DataValidationError).errors;
    expect(errors.some((e) => e.file.endsWith('broken.json') && e.reason.startsWith('not valid JSON'))).toBe(true);
    expect(errors.some((e) => e.file.endsWith('extra.json') && e.recordId === 'x' && e.path === 'url')).toBe(true);
    expect((failure as Error).message).toContain(formatDataError(errors[0] as (typeof errors)[number]));
    expect((failure as Error).message).toMatch(/^\d+ data error\(s\):/);
  });

  it('says which folder is missing', async () => {
    await expect(readDataFiles('/nonexistent/claims-data')).rejects.toThrow('the data folder /nonexistent/claims-data does not exist');
  });
});

describe('readRegionLookup', () => {
  it('builds the lookup from provinces.geojson and countries.geojson', async () => {
    const lookup = await readRegionLookup(FIXTURE_BASEMAP_DIR);
    expect(lookup.has('AA-01')).toBe(true);
    expect(lookup.has('BBB')).toBe(true);
  });

  it('tells the user to run npm run basemap when the files are missing', async () => {
    const failure = await readRegionLookup('/nonexistent/basemap').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BasemapMissingError);
    expect((failure as Error).message).toContain('provinces.geojson is missing: run npm run basemap first');
  });
});
