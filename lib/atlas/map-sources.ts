/**
 * The GeoJSON files the map draws, as URL paths on the app's own origin. The map's style (components/map) and the
 * server's preload hints (lib/atlas/map-preload.server.ts) both read them from here, so a hint names exactly the URL
 * the map will ask for and the browser downloads the file once.
 */

/** The basemap's files, written by `npm run basemap` (scripts/build-basemap.ts). */
export const BASEMAP_DATA = {
  countries: '/basemap/countries.geojson',
  provinces: '/basemap/provinces.geojson',
  labels: '/basemap/labels.geojson',
} as const;

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
