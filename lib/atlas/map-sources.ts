/**
 * The GeoJSON files the map draws, as URL paths on the app's own origin. The map's style (components/map) and the
 * server's preload hints (lib/atlas/map-preload.server.ts) both read them from here, so a hint names exactly the URL
 * the map will ask for and the browser downloads the file once.
 */

/**
 * The basemap's files the page fetches, written by `npm run basemap` (scripts/build-basemap.ts): the GeoJSON the map
 * draws, and the region index the search box and the panels read.
 */
export const BASEMAP_DATA = {
  countries: '/basemap/countries.geojson',
  provinces: '/basemap/provinces.geojson',
  labels: '/basemap/labels.geojson',
  regions: '/basemap/regions.json',
} as const;

/**
 * The URLs the page asks for the basemap's files: each path with its content version (`?v=`, from the basemap's
 * manifest), which next.config.js answers as immutable; the bare path where the server found no version.
 * lib/atlas/initial-view.server.ts builds them; the page hands them to the map and the region index.
 */
export type BasemapUrls = Record<keyof typeof BASEMAP_DATA, string>;

/** A file's path with its content version, or the bare path without one. */
export function versionedUrl(pathname: string, version: string | undefined): string {
  return version === undefined ? pathname : `${pathname}?${new URLSearchParams({ v: version })}`;
}

/** A generated file's path with the content version the manifest gives it (`file` relative to public/), or bare. */
export function manifestUrl(manifest: readonly { file: string; version: string }[], pathname: string): string {
  return versionedUrl(pathname, manifest.find((entry) => `/${entry.file}` === pathname)?.version);
}

/** The basemap's URLs from the manifest's entries (`file` relative to public/, e.g. `basemap/labels.geojson`). */
export function basemapUrls(manifest: readonly { file: string; version: string }[]): BasemapUrls {
  return {
    countries: manifestUrl(manifest, BASEMAP_DATA.countries),
    provinces: manifestUrl(manifest, BASEMAP_DATA.provinces),
    labels: manifestUrl(manifest, BASEMAP_DATA.labels),
    regions: manifestUrl(manifest, BASEMAP_DATA.regions),
  };
}

/**
 * The claims' files, from the app's API; `query` (lib/claims/feed-query.ts's mapSubjectQuery, with its `?` or '')
 * carries the day, the feed's filters and the lens, so the map draws what the list shows.
 */
export function claimData(query: string) {
  return {
    movements: `/api/v1/movements${query}`,
    deployments: `/api/v1/deployments${query}`,
    actors: '/api/v1/actors.geojson',
  } as const;
}
