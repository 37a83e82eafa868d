import { describe, expect, it } from 'vitest';
import { BASEMAP_DATA, basemapUrls, versionedUrl } from '@/lib/atlas/map-sources';
import { BasemapManifestSchema } from '@/lib/basemap/basemap-features';
import { CONTENT_VERSION_PATTERN, contentVersion } from '@/lib/basemap/content-version';

describe('contentVersion', () => {
  it('is 16 hex digits of the content, the same for the same content', () => {
    const version = contentVersion('{"type":"FeatureCollection","features":[]}');
    expect(version).toMatch(CONTENT_VERSION_PATTERN);
    expect(contentVersion('{"type":"FeatureCollection","features":[]}')).toBe(version);
    expect(contentVersion(Buffer.from('{"type":"FeatureCollection","features":[]}'))).toBe(version);
  });

  it('changes with any change of the content', () => {
    expect(contentVersion('{"a":1}')).not.toBe(contentVersion('{"a":2}'));
  });
});

describe('basemapUrls', () => {
  const manifest = BasemapManifestSchema.parse([
    { file: 'basemap/countries.geojson', bytes: 10, gzipBytes: 5, version: '0123456789abcdef' },
    { file: 'basemap/provinces.geojson', bytes: 10, gzipBytes: 5, version: 'fedcba9876543210' },
    { file: 'basemap/regions.json', bytes: 10, gzipBytes: 5, version: '00000000000000ff' },
  ]);

  it('gives each file the page fetches its version from the manifest', () => {
    expect(basemapUrls(manifest)).toEqual({
      countries: '/basemap/countries.geojson?v=0123456789abcdef',
      provinces: '/basemap/provinces.geojson?v=fedcba9876543210',
      // Not in this manifest: the bare path, which still works (uncached).
      labels: '/basemap/labels.geojson',
      regions: '/basemap/regions.json?v=00000000000000ff',
    });
  });

  it('falls back to the bare paths without a manifest', () => {
    expect(basemapUrls([])).toEqual(BASEMAP_DATA);
  });

  it('writes the version as the `v` parameter', () => {
    expect(new URL(versionedUrl('/basemap/labels.geojson', 'abc'), 'https://atlas.example').searchParams.get('v')).toBe('abc');
    expect(versionedUrl('/basemap/labels.geojson', undefined)).toBe('/basemap/labels.geojson');
  });

  it('rejects a manifest entry without a well-formed version', () => {
    expect(BasemapManifestSchema.safeParse([{ file: 'basemap/labels.geojson', bytes: 1, gzipBytes: 1, version: 'v1' }]).success).toBe(false);
  });
});
