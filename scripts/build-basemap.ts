import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BasemapManifest } from '../lib/basemap/basemap-features';
import { contentVersion } from '../lib/basemap/content-version';
import { buildBasemap } from './build-basemap-core';
import { packageFile } from './build-basemap-sources';

/**
 * `npm run basemap`: generates the offline basemap into public/basemap/ (GeoJSON, region index, font faces), copies
 * the label fonts into public/fonts/ and MapLibre's worker into public/, and prints each file's size.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const root = process.cwd();
  const basemapDir = path.join(root, 'public', 'basemap');
  const fontsDir = path.join(root, 'public', 'fonts');

  const output = await buildBasemap();
  for (const line of output.log) console.log(`basemap: ${line}`);
  for (const [source, ids] of Object.entries(output.countrySources)) {
    console.log(`basemap: ${ids.length} countries from ${source}${source === '110m' ? '' : `: ${ids.join(' ')}`}`);
  }

  await rm(basemapDir, { recursive: true, force: true });
  await rm(fontsDir, { recursive: true, force: true });
  await mkdir(basemapDir, { recursive: true });
  await mkdir(fontsDir, { recursive: true });

  const files: [string, unknown][] = [
    ['countries.geojson', output.countries],
    ['provinces.geojson', output.provinces],
    ['labels.geojson', output.labels],
    ['regions.json', output.regions],
    ['font-faces.json', output.fontFaces],
  ];
  const manifest: BasemapManifest = [];
  for (const [name, value] of files) {
    const text = JSON.stringify(value);
    await writeFile(path.join(basemapDir, name), text);
    manifest.push({
      file: `basemap/${name}`,
      bytes: Buffer.byteLength(text),
      gzipBytes: gzipSync(text, { level: 9 }).length,
      version: contentVersion(text),
    });
  }
  await writeFile(path.join(basemapDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  for (const font of output.fontFiles) await copyFile(packageFile(font.from), path.join(fontsDir, font.name));
  await copyFile(packageFile('maplibre-gl/dist/maplibre-gl-worker.mjs'), path.join(root, 'public', 'maplibre-gl-worker.mjs'));

  console.table(
    manifest.map(({ file, bytes, gzipBytes }) => ({ file, 'raw KB': kb(bytes), 'gzip KB': kb(gzipBytes) })),
  );
  console.log(
    `basemap: ${output.regions.length} regions, ${output.labels.features.length} labels, ${output.fontFiles.length} font files ` +
      `(${output.koreanSubsets.length} Korean subsets) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

function kb(bytes: number): number {
  return Math.round(bytes / 102.4) / 10;
}

main().catch((error: unknown) => {
  console.error(`basemap: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
