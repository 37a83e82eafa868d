/**
 * Writes a synthetic dataset (the real data plus generated claims and movements, see synthetic-dataset.ts) to a
 * folder, for trying the app at scale by hand:
 *
 *   npx tsx scripts/bench/generate-dataset.ts --claims 100000 --movements 1000 --out /tmp/claims-100k
 *   DATA_DIR=/tmp/claims-100k npm start
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadDataset } from '@/lib/data/load';
import { readSyntheticBase, writeSyntheticDataset } from './synthetic-dataset';

const ArgsSchema = z.object({
  claims: z.coerce.number().int().min(1).max(1_000_000),
  movements: z.coerce.number().int().min(1).max(100_000),
  out: z.string().min(1),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { claims: { type: 'string', default: '10000' }, movements: { type: 'string', default: '1000' }, out: { type: 'string' } },
  });
  const args = ArgsSchema.parse(values);
  const out = path.resolve(args.out);
  if (existsSync(out)) throw new Error(`${out} exists: give a new folder`);
  const counts = await writeSyntheticDataset(await readSyntheticBase(process.cwd()), out, args);
  await loadDataset({ dataDir: out });
  console.log(`wrote ${counts.claims} synthetic claims and ${counts.movements} movements (with the real data) to ${out}; it validates`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
