import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BasemapManifest } from '../lib/basemap/basemap-features';
import { contentVersion } from '../lib/basemap/content-version';
import { KOREAN_STYLESHEET } from '../lib/fonts/korean-stylesheet';
import { buildBasemap } from './build-basemap-core';
import { buildKoreanUiFonts } from './build-basemap-fonts';
import { packageFile } from './build-basemap-sources';

/**
 * `npm run basemap`: generates the offline basemap into public/basemap/ (GeoJSON, region index, font faces), copies
 * the label fonts and the page's Korean stylesheet with its fonts into public/fonts/ and MapLibre's worker into public/,
 * and prints each file's size.
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

  for (const font of output.fontFiles) await copyFile(packageFile(font.from), path.join(fontsDir, font.name));
  manifest.push(await writeKoreanStylesheet(path.join(root, 'public'), fontsDir));
  await writeFile(path.join(basemapDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  await copyFile(packageFile('maplibre-gl/dist/maplibre-gl-worker.mjs'), path.join(root, 'public', 'maplibre-gl-worker.mjs'));

  console.table(
    manifest.map(({ file, bytes, gzipBytes }) => ({ file, 'raw KB': kb(bytes), 'gzip KB': kb(gzipBytes) })),
  );
  console.log(
    `basemap: ${output.regions.length} regions, ${output.labels.features.length} labels, ${output.fontFiles.length} font files ` +
      `(${output.koreanSubsets.length} Korean subsets) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/**
 * Copies Noto Sans KR's files and writes the page's Korean stylesheet (lib/fonts/korean-stylesheet.ts). One content
 * version covers the stylesheet's text and every file it names: the page links the stylesheet with it, the stylesheet
 * names each file with it, and next.config.js answers files under /fonts/ asked with it as immutable.
 */
async function writeKoreanStylesheet(publicDir: string, fontsDir: string): Promise<BasemapManifest[number]> {
  const fonts = await buildKoreanUiFonts();
  const hashes: string[] = [];
  for (const font of fonts.files) {
    const target = path.join(fontsDir, font.name);
    await copyFile(packageFile(font.from), target);
    hashes.push(`${font.name} ${createHash('sha256').update(await readFile(target)).digest('hex')}`);
  }
  const version = contentVersion([fonts.css((file) => `/fonts/${file}`), ...hashes].join('\n'));
  const css = fonts.css((file) => `/fonts/${file}?v=${version}`);
  const file = KOREAN_STYLESHEET.slice(1);
  await writeFile(path.join(publicDir, file), css);
  return { file, bytes: Buffer.byteLength(css), gzipBytes: gzipSync(css, { level: 9 }).length, version };
}

function kb(bytes: number): number {
  return Math.round(bytes / 102.4) / 10;
}

main().catch((error: unknown) => {
  console.error(`basemap: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
