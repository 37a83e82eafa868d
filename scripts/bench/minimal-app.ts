import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { firstLoadFromStats, type RouteJs } from './bundle-size';
import { defer } from './cleanup';
import { runCommand, tail } from './processes';

/** The deepest folder holding both paths (Turbopack must see the app and the node_modules it links to). */
function commonAncestor(a: string, b: string): string {
  const partsA = a.split(path.sep);
  const partsB = b.split(path.sep);
  const shared: string[] = [];
  for (let i = 0; i < Math.min(partsA.length, partsB.length) && partsA[i] === partsB[i]; i += 1) {
    shared.push(partsA[i] as string);
  }
  return shared.join(path.sep) || path.sep;
}

/**
 * Builds the minimal Next app (bench/minimal-app: one page holding only a react-map-gl Map) in a temp folder with
 * the project's node_modules linked in, so it uses the very same next, react, react-map-gl and maplibre-gl. Returns
 * the folder, removed when the bench ends.
 */
export async function buildMinimalApp(root: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claims-atlas-bench-minimal-'));
  defer('the minimal app', () => rm(dir, { recursive: true, force: true }));
  await cp(path.join(root, 'bench', 'minimal-app', 'app'), path.join(dir, 'app'), { recursive: true });
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const turbopackRoot = commonAncestor(await realpath(dir), await realpath(root));
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-minimal-map', private: true }, null, 2));
  await writeFile(
    path.join(dir, 'next.config.js'),
    `module.exports = ${JSON.stringify({ turbopack: { root: turbopackRoot }, typescript: { ignoreBuildErrors: true } })};\n`,
  );
  await writeFile(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022', lib: ['dom', 'esnext'], strict: true, noEmit: true, module: 'esnext',
          moduleResolution: 'bundler', jsx: 'react-jsx', isolatedModules: true, esModuleInterop: true, skipLibCheck: true,
        },
        include: ['**/*.ts', '**/*.tsx'],
        exclude: ['node_modules'],
      },
      null,
      2,
    ),
  );
  const log = path.join(dir, 'build.log');
  const result = await runCommand(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    timeoutMs: 300_000,
    logFile: log,
  });
  if (result.code !== 0) throw new Error(`the minimal app did not build:\n${await tail(log)}`);
  return dir;
}

/** What the minimal page's build depends on: its template and the versions of the packages it bundles. */
async function minimalAppKey(root: string): Promise<string> {
  const hash = createHash('sha256');
  const template = path.join(root, 'bench', 'minimal-app', 'app');
  for (const file of (await readdir(template)).sort()) hash.update(file).update(await readFile(path.join(template, file)));
  for (const name of ['next', 'react', 'react-dom', 'react-map-gl', 'maplibre-gl']) {
    hash.update(await readFile(path.join(root, 'node_modules', name, 'package.json')).catch(() => Buffer.from(name)));
  }
  hash.update(await readFile(__filename));
  return hash.digest('hex').slice(0, 16);
}

const RouteJsSchema = z.object({
  route: z.string(),
  method: z.enum(['route-bundle-stats', 'html-script-tags']),
  files: z.array(z.object({ file: z.string(), raw: z.number(), gzip: z.number() })),
  raw: z.number(),
  gzip: z.number(),
});

/**
 * First-load JS of the minimal react-map-gl page. Its build depends only on the template and the package versions,
 * so the figure is kept in node_modules/.cache/claims-atlas-bench/ under a key of both and rebuilt when either changes.
 */
export async function minimalPageJs(root: string): Promise<{ js: RouteJs; cached: boolean }> {
  const cacheDir = path.join(root, 'node_modules', '.cache', 'claims-atlas-bench');
  const cacheFile = path.join(cacheDir, `minimal-page-${await minimalAppKey(root)}.json`);
  const cached = await readFile(cacheFile, 'utf8').then((text) => RouteJsSchema.safeParse(JSON.parse(text)), () => null);
  if (cached?.success) return { js: cached.data, cached: true };
  const dir = await buildMinimalApp(root);
  const js = await firstLoadFromStats(dir, '/');
  if (js === null) throw new Error('the minimal app build wrote no .next/diagnostics/route-bundle-stats.json for /');
  await mkdir(cacheDir, { recursive: true });
  await writeFile(cacheFile, JSON.stringify(js));
  return { js, cached: false };
}
