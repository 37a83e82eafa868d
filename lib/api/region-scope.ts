import type { Region } from '../basemap/region-schema';
import type { Dataset } from '../data/dataset';
import type { Claim, SubjectRef } from '../domain/schemas';

/**
 * Which regions a record concerns. A region id counts for itself and for its country (a claim on Kursk Oblast is a
 * claim on Russia too), so asking about a country finds everything in its provinces.
 */

/** The region and, for a province, its country (from the region index; an id the index lacks stands alone). */
export function withCountry(regionId: string, regions: ReadonlyMap<string, Region>): string[] {
  const country = regions.get(regionId)?.country;
  return country === undefined || country === regionId ? [regionId] : [regionId, country];
}

/** Whether a region id lies in `regionId`: it is that region, or a province of that country. */
export function isWithin(candidate: string, regionId: string, regions: ReadonlyMap<string, Region>): boolean {
  return withCountry(candidate, regions).includes(regionId);
}

/** The regions of the places a subject is located at: a movement's path, a deployment's regions, an event's place. */
export function subjectRegionIds(subject: SubjectRef, dataset: Dataset): string[] {
  if (subject.kind === 'topic') return [];
  const placeRegion = (placeId: string) => dataset.places.get(placeId)?.region;
  const ids =
    subject.kind === 'movement'
      ? (dataset.movements.get(subject.id)?.path.map(placeRegion) ?? [])
      : subject.kind === 'deployment'
        ? (dataset.deployments.get(subject.id)?.regions ?? [])
        : [placeRegion(dataset.events.get(subject.id)?.place ?? '')];
  return ids.filter((id): id is string => id !== undefined);
}

/**
 * Every region a claim concerns: the regions it names, the regions of the places it names, and where its movements,
 * deployments and events are (a denial that names only Moscow still concerns the Kursk deployment it denies), each
 * with its country.
 */
export function claimRegionScope(claim: Claim, dataset: Dataset, regions: ReadonlyMap<string, Region>): Set<string> {
  const direct = [
    ...claim.regions,
    ...claim.places.flatMap((id) => dataset.places.get(id)?.region ?? []),
    ...claim.subjects.flatMap((subject) => subjectRegionIds(subject, dataset)),
  ];
  return new Set(direct.flatMap((id) => withCountry(id, regions)));
}
