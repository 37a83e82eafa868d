/**
 * `npm run data:check`: validates every JSON file under the data folder (DATA_DIR, default ./data) against the
 * claims model and prints every problem as `file: recordId: path: reason`; exits 1 on any problem.
 */
import { formatDataError } from '../lib/data/data-error';
import { countRecords } from '../lib/data/dataset';
import { BasemapMissingError, defaultDataDir, readDataFiles, readRegionLookup } from '../lib/data/load';
import { validateDataset } from '../lib/data/validate';
import type { RegionLookup } from '../lib/geo/region-lookup';

async function main(): Promise<number> {
  const dataDir = defaultDataDir();
  let regions: RegionLookup;
  try {
    regions = await readRegionLookup();
  } catch (error) {
    if (!(error instanceof BasemapMissingError)) throw error;
    console.error(`data:check: ${error.message}`);
    return 1;
  }
  const today = new Date().toISOString().slice(0, 10);
  const { files, errors: readErrors } = await readDataFiles(dataDir);
  const { errors, records } = validateDataset(files, regions, today);
  const all = [...readErrors, ...errors];
  if (all.length > 0) {
    for (const error of all) console.error(formatDataError(error));
    console.error(`\ndata:check: ${all.length} error(s) in ${files.length + readErrors.length} file(s) under ${dataDir}`);
    return 1;
  }
  const counts = Object.entries(countRecords(records))
    .map(([noun, count]) => `${count} ${noun}`)
    .join(', ');
  console.log(`data:check: ok: ${files.length} files, ${counts}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`data:check: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
