import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { geometryMaxLongitudeStep } from '../lib/basemap/antimeridian';
import type { CountryFeatureProperties, LabelProperties, ProvinceFeatureProperties } from '../lib/basemap/basemap-features';
import { ALPHA2_SUPPLEMENT, mergeAlpha2Tables } from '../lib/basemap/country-codes';
import { countryLocalName, countryNames, isKnownRegionCode } from '../lib/basemap/country-names';
import { roundTo } from '../lib/basemap/coordinate-precision';
import type { FontSubset } from '../lib/basemap/font-subsets';
import { labelPoint } from '../lib/basemap/label-point';
import { countryLabelRank } from '../lib/basemap/label-rank';
import { geometryArea, geometryBbox, type Bbox } from '../lib/basemap/polygon-measure';
import { PROVINCE_COUNTRIES } from '../lib/basemap/region-id';
import { RegionIndexSchema, type FontFaces, type Region, type RegionIndex } from '../lib/basemap/region-schema';
import { BASEMAP_CITIES } from './basemap-cities';
import { buildWorldCountries, type CountrySource } from './build-basemap-countries';
import { buildFontFaces } from './build-basemap-fonts';
import { buildCityLabels, labelFeature, type LabelFeature } from './build-basemap-labels';
import { buildProvinces, PROVINCE_GENERALISATION } from './build-basemap-provinces';
import { readAdmin1, readCities, readCountryCodePairs, readWorldAtlas } from './build-basemap-sources';

type Area = Polygon | MultiPolygon;

/** Everything `npm run basemap` generates, in memory (the CLI writes it to `public/`). */
export interface BasemapOutput {
  countries: FeatureCollection<Area, CountryFeatureProperties>;
  provinces: FeatureCollection<Area, ProvinceFeatureProperties>;
  labels: FeatureCollection<Point, LabelProperties>;
  regions: RegionIndex;
  fontFaces: FontFaces;
  /** Font files to copy into `public/fonts/`. */
  fontFiles: { from: string; name: string }[];
  koreanSubsets: FontSubset[];
  /** Which source each country's geometry comes from. */
  countrySources: Record<CountrySource, string[]>;
  /** Corrections, reassignments and drops, for the build log. */
  log: string[];
}

/** Builds the offline basemap from Natural Earth data installed from npm. Pure apart from reading node_modules. */
export async function buildBasemap(): Promise<BasemapOutput> {
  const provinceCountries = new Set<string>(Object.values(PROVINCE_COUNTRIES));
  const [atlas50m, atlas110m, admin1, countryPairs] = await Promise.all([
    readWorldAtlas('50m'),
    readWorldAtlas('110m'),
    readAdmin1(provinceCountries, new Set(Object.keys(PROVINCE_COUNTRIES))),
    readCountryCodePairs(),
  ]);

  const provinceBuild = buildProvinces(admin1);
  const { countries: world, log: worldLog } = buildWorldCountries(
    atlas50m,
    atlas110m,
    provinceBuild.countries,
    PROVINCE_GENERALISATION.decimals,
  );
  const log = [...provinceBuild.log, ...worldLog];
  const alpha2 = mergeAlpha2Tables(Object.entries(ALPHA2_SUPPLEMENT), countryPairs);
  const namedBy = new Map<string, string>();

  const countryRegions: Region[] = [];
  const countryLabels: LabelFeature[] = [];
  for (const country of world) {
    const code = alpha2.get(country.id) ?? null;
    const known = code !== null && isKnownRegionCode(code) ? code : null;
    if (!known) log.push(`${country.id} (${country.atlasName}): no ISO alpha-2 code known to ICU; named "${country.atlasName}" in every language`);
    if (known && namedBy.has(known)) throw new Error(`${country.id} and ${namedBy.get(known)} would both be named as ${known}`);
    if (known) namedBy.set(known, country.id);
    const names = countryNames(known, country.atlasName);
    const label = labelPoint(country.geometry);
    if (!label) throw new Error(`${country.id}: no label point`);
    countryRegions.push({
      id: country.id,
      kind: 'country',
      country: country.id,
      names: { ...names, local: countryLocalName(country.id, known) },
      type: 'Country',
      bbox: roundBbox(geometryBbox(country.geometry)),
      label,
      occupation: null,
    });
    countryLabels.push(labelFeature(country.id, 'country', countryLabelRank(country.id, geometryArea(country.geometry)), names, label));
  }

  const provinceRegions: Region[] = provinceBuild.provinces.map(({ record, geometry }) => ({
    ...record,
    bbox: roundBbox(geometryBbox(geometry)),
  }));

  const regions = validateRegions([...countryRegions, ...provinceRegions]);
  const geonames = readCities(new Set(BASEMAP_CITIES.map((city) => city.geonamesId)));
  const labels = [...countryLabels, ...buildCityLabels(BASEMAP_CITIES, geonames)];

  const labelNames = labels.flatMap(({ properties: p }) => [p.name_en, p.name_ko, p.name_ru, p.name_uk]);
  const regionNames = regions.flatMap(({ names }) => [names.en, names.ko, names.ru, names.uk, names.local ?? '']);
  const koreanNames = [...labels.map(({ properties }) => properties.name_ko), ...regions.map(({ names }) => names.ko)];
  const fonts = await buildFontFaces(koreanNames, [...labelNames, ...regionNames]);

  const output: BasemapOutput = {
    countries: collection(world.map(({ id, geometry }) => areaFeature(id, { id }, geometry))),
    provinces: collection(
      provinceBuild.provinces.map(({ record, geometry }) => areaFeature(record.id, { id: record.id, country: record.country }, geometry)),
    ),
    labels: collection(labels),
    regions,
    fontFaces: fonts.fontFaces,
    fontFiles: fonts.files,
    koreanSubsets: fonts.koreanSubsets,
    countrySources: {
      '50m': world.filter((c) => c.source === '50m').map((c) => c.id),
      '50m, not in 110m': world.filter((c) => c.source === '50m, not in 110m').map((c) => c.id),
      '110m': world.filter((c) => c.source === '110m').map((c) => c.id),
      'admin-1': world.filter((c) => c.source === 'admin-1').map((c) => c.id),
    },
    log,
  };
  assertNoAntimeridianBands(output);
  return output;
}

function collection<F extends Feature>(features: F[]): FeatureCollection<F['geometry'], F['properties']> & { features: F[] } {
  return { type: 'FeatureCollection', features };
}

function areaFeature<P>(id: string, properties: P, geometry: Area): Feature<Area, P> & { id: string } {
  return { type: 'Feature', id, properties, geometry };
}

function roundBbox(bbox: Bbox): Bbox {
  return [roundTo(bbox[0], 3), roundTo(bbox[1], 3), roundTo(bbox[2], 3), roundTo(bbox[3], 3)];
}

function validateRegions(regions: Region[]): RegionIndex {
  const result = RegionIndexSchema.safeParse(regions);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 10).map((issue) => {
      const index = issue.path[0];
      const id = typeof index === 'number' ? regions[index]?.id : undefined;
      return `${id ?? '?'}: ${issue.path.slice(1).join('.')}: ${issue.message}`;
    });
    throw new Error(`regions.json does not validate:\n  ${issues.join('\n  ')}`);
  }
  const seen = new Set<string>();
  for (const region of result.data) {
    if (seen.has(region.id)) throw new Error(`regions.json: region id ${region.id} appears twice`);
    seen.add(region.id);
  }
  return result.data;
}

function assertNoAntimeridianBands(output: BasemapOutput): void {
  for (const feature of [...output.countries.features, ...output.provinces.features]) {
    if (geometryMaxLongitudeStep(feature.geometry) > 180) {
      throw new Error(`${feature.properties.id}: a ring still spans more than 180° of longitude`);
    }
  }
}
