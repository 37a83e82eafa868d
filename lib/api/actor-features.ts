import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Dataset } from '../data/dataset';
import type { Actor, Claim, Names } from '../domain/schemas';
import { actorList, type ActorListItem } from './actor-view';
import { normalizeLongitude } from './line-geometry';

type ActorKind = Actor['kind'];

/** An actor sharing a point with the feature's own actor: enough to list it and open it. */
export type ActorAtPlace = { id: string; names: Names; kind: ActorKind; party: string; claimCount: number };

/** The properties of an actor feature: the actor a point stands for, and every actor based at the same place. */
export type ActorProperties = {
  /** The actor the point stands for (opened by a click): the feature's `id`. */
  id: string;
  names: Names;
  /** The name in each language, flat, for map labels (`name_en`, `name_ko`, `name_uk`, `name_ru`). */
  name_en: string;
  name_ko: string;
  name_uk: string;
  name_ru: string;
  kind: ActorKind;
  party: string;
  /** Claims made by the actor or any actor under it. */
  claimCount: number;
  /** The home place id, or null for an actor with no home. */
  place: string | null;
  /** The home place's names, or null for an actor with no home. */
  placeNames: Names | null;
  /** Every actor based at the place, the feature's own actor first; just that actor when it has no home. */
  actors: ActorAtPlace[];
  /** How many other actors share the point (`actors.length - 1`), for the label's "+N". */
  othersCount: number;
};

/** An actor's home as a Point; `geometry: null` (RFC 7946's unlocated feature) when its home has no coordinates. */
export type ActorFeature = Feature<Point | null, ActorProperties>;

/** Parties first, then the actor with the most claims, then the data's order: who a shared point stands for. */
function standsFor(a: ActorListItem, b: ActorListItem, order: Map<string, number>): number {
  const party = Number(b.parent === null) - Number(a.parent === null);
  if (party !== 0) return party;
  return b.claimCount - a.claimCount || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
}

const atPlace = (actor: ActorListItem): ActorAtPlace => ({
  id: actor.id,
  names: actor.names,
  kind: actor.kind,
  party: actor.party,
  claimCount: actor.claimCount,
});

function feature(
  actors: ActorListItem[],
  place: string | null,
  coordinates: readonly [number, number] | null,
  placeNames: ReadonlyMap<string, Names>,
): ActorFeature {
  const first = actors[0] as ActorListItem;
  return {
    type: 'Feature',
    id: first.id,
    geometry: coordinates ? { type: 'Point', coordinates: [normalizeLongitude(coordinates[0]), coordinates[1]] } : null,
    properties: {
      id: first.id,
      names: first.names,
      name_en: first.names.en,
      name_ko: first.names.ko,
      name_uk: first.names.uk,
      name_ru: first.names.ru,
      kind: first.kind,
      party: first.party,
      claimCount: first.claimCount,
      place,
      placeNames: place === null ? null : (placeNames.get(place) ?? null),
      actors: actors.map(atPlace),
      othersCount: actors.length - 1,
    },
  };
}

/**
 * The actors' homes (capitals, headquarters) as points: ONE point per home place, standing for the first of the
 * actors based there (a party before the bodies and people under it, then the most claims, then the data's order) and
 * listing them all in `actors`, so actors sharing a city stay distinguishable and reachable. An actor whose home is
 * null or has no coordinates keeps a feature of its own with `geometry: null`: listed, not drawn. Every actor appears
 * in exactly one feature's `actors`. Features are in the order of their first actor in the data.
 */
export function actorFeatures(claims: readonly Claim[], dataset: Dataset): FeatureCollection<Point | null, ActorProperties> {
  const actors = actorList(claims, dataset);
  const order = new Map(actors.map((actor, index) => [actor.id, index]));
  const names = new Map([...dataset.places.values()].map((place) => [place.id, place.names]));
  const byPlace = new Map<string, ActorListItem[]>();
  const features: { at: number; feature: ActorFeature }[] = [];
  for (const actor of actors) {
    const place = actor.home === null ? undefined : dataset.places.get(actor.home);
    if (place?.coordinates) byPlace.set(place.id, [...(byPlace.get(place.id) ?? []), actor]);
    else features.push({ at: order.get(actor.id) ?? 0, feature: feature([actor], actor.home, null, names) });
  }
  for (const [placeId, based] of byPlace) {
    const sorted = [...based].sort((a, b) => standsFor(a, b, order));
    const first = sorted[0] as ActorListItem;
    const coordinates = dataset.places.get(placeId)?.coordinates ?? null;
    features.push({ at: order.get(first.id) ?? 0, feature: feature(sorted, placeId, coordinates, names) });
  }
  features.sort((a, b) => a.at - b.at);
  return { type: 'FeatureCollection', features: features.map((entry) => entry.feature) };
}
