import type { ActorDetail } from '@/lib/api/actor-view';
import type { ClaimView } from '@/lib/api/claim-view';
import type { ClaimsPage } from '@/lib/api/claims-page';
import type { RegionDossier } from '@/lib/api/region-dossier';
import type { FontFaces, Region } from '@/lib/basemap/region-schema';
import type { MapSubject, MapSubjectKind } from '@/lib/claims/map-subjects';
import type { Names } from '@/lib/domain/vocabulary';
import type { ActorHome } from './actor-response';
import type { ActorChoice } from './actor-list-response';
import type { AnySubjectDetail } from './subject-detail-response';
import { loadSchemas } from '@/lib/security/load-schemas';

/**
 * The browser's fetchers of the app's own JSON (SWR's fetcher functions). Every answer is checked by its parser
 * (the `*-response.ts` modules beside this one, and the basemap's schemas), which is loaded on first use, in parallel
 * with the request. The parsers hold zod: loading them this way keeps zod out of the JavaScript a page must run
 * before it is interactive (README "Performance budgets"), and adds no round trip, since a parser's chunk arrives
 * while its request is in flight.
 */
async function fetchParsed<M, T>(
  url: string,
  load: () => Promise<M>,
  parser: (module: M) => (json: unknown) => T,
): Promise<T> {
  const [response, parse] = await Promise.all([fetch(url), loadSchemas(load).then(parser)]);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parse(await response.json());
}

/** One claim (`/api/v1/claims/{id}`); throws on an HTTP error or a body of the wrong shape. */
export const fetchClaim = (url: string): Promise<ClaimView> =>
  fetchParsed(url, () => import('./claim-response'), (module) => module.parseClaim);

/** One page of the claims feed (`/api/v1/claims?...`). */
export const fetchClaimsPage = (url: string): Promise<ClaimsPage> =>
  fetchParsed(url, () => import('./claims-page-response'), (module) => module.parseClaimsPage);

/** A region's dossier (`/api/v1/regions/{id}`). */
export const fetchRegionDossier = (url: string): Promise<RegionDossier> =>
  fetchParsed(url, () => import('./region-dossier-response'), (module) => module.parseRegionDossier);

/** A movement's or deployment's detail (`/api/v1/movements/{id}`, `/api/v1/deployments/{id}`). */
export const fetchSubjectDetail = (url: string): Promise<AnySubjectDetail> =>
  fetchParsed(url, () => import('./subject-detail-response'), (module) => module.parseSubjectDetail);

/** Every actor, for the lens and claimant choosers (`/api/v1/actors`). */
export const fetchActorList = (url: string): Promise<ActorChoice[]> =>
  fetchParsed(url, () => import('./actor-list-response'), (module) => module.parseActorList);

/** One actor (`/api/v1/actors/{id}`). */
export const fetchActorDetail = (url: string): Promise<ActorDetail> =>
  fetchParsed(url, () => import('./actor-response'), (module) => module.parseActorDetail);

/** The actors' homes from `/api/v1/actors.geojson`, by every actor based there. */
export const fetchActorHomes = (url: string): Promise<ReadonlyMap<string, ActorHome>> =>
  fetchParsed(url, () => import('./actor-response'), (module) => module.parseActorHomes);

/** The actors drawn as points on the map, from `/api/v1/actors.geojson`. */
export const fetchActorPoints = (url: string): Promise<{ id: string; names: Names }[]> =>
  fetchParsed(url, () => import('./actor-response'), (module) => module.parseActorPoints);

/** The movements or deployments the map draws (`/api/v1/movements?...`, `/api/v1/deployments?...`), one entry each. */
export const fetchMapSubjects = ([kind, url]: readonly [MapSubjectKind, string]): Promise<MapSubject[]> =>
  fetchParsed(
    url,
    () => import('./map-subjects-response'),
    (module) => (json: unknown) => module.parseMapSubjects(kind, json),
  );

/** Every country and province of the map (`/basemap/regions.json`), by id. */
export const fetchRegionIndex = (url: string): Promise<Map<string, Region>> =>
  fetchParsed(
    url,
    () => import('@/lib/basemap/region-schema'),
    (module) => (json: unknown) => new Map(module.RegionIndexSchema.parse(json).map((region) => [region.id, region])),
  );

/** The basemap's font list (`/basemap/font-faces.json`), when the page did not inline it. */
export const fetchFontFaces = (url: string): Promise<FontFaces> =>
  fetchParsed(
    url,
    () => import('@/lib/basemap/region-schema'),
    (module) => (json: unknown) => module.FontFacesSchema.parse(json),
  );
