import * as z from 'zod/mini';
import type { ActorAtPlace } from '@/lib/api/actor-features';
import type { ActorDetail } from '@/lib/api/actor-view';
import type { Names } from '@/lib/domain/vocabulary';
import { ActorKindSchema, NamesSchema } from '@/lib/domain/vocabulary-schemas';

const ActorCoreSchema = z.looseObject({
  id: z.string(),
  names: NamesSchema,
  kind: ActorKindSchema,
  parent: z.nullable(z.string()),
  party: z.string(),
});

/** `GET /api/v1/actors/{id}` as the browser receives it, checked field by field. */
const ActorDetailResponseSchema = z.object({
  data: z.extend(ActorCoreSchema, {
    home: z.nullable(z.string()),
    ancestors: z.array(z.string()),
    children: z.array(z.string()),
    claims: z.array(z.string()),
    latestClaimDay: z.nullable(z.string()),
  }),
});

const ActorAtPlaceSchema = z.looseObject({
  id: z.string(),
  names: NamesSchema,
  kind: ActorKindSchema,
  party: z.string(),
  claimCount: z.int().check(z.nonnegative()),
});

/** `GET /api/v1/actors.geojson`, as far as the actor panel reads it: who shares each home, and the home's names. */
const ActorFeaturesResponseSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.looseObject({
      id: z.string(),
      geometry: z.nullable(z.looseObject({ type: z.literal('Point') })),
      properties: z.looseObject({
        id: z.string(),
        place: z.nullable(z.string()),
        placeNames: z.nullable(NamesSchema),
        actors: z.array(ActorAtPlaceSchema),
      }),
    }),
  ),
});

/** An actor's home as the panel shows it: the place, whether it is drawn, and every actor based there. */
export type ActorHome = z.infer<typeof ActorFeaturesResponseSchema>['features'][number]['properties'] & {
  drawn: boolean;
  actors: ActorAtPlace[];
};

/** Checks one actor's answer; throws on a body of the wrong shape. */
export function parseActorDetail(json: unknown): ActorDetail {
  return ActorDetailResponseSchema.parse(json).data as ActorDetail;
}

/** Checks the actors' map answer (`/api/v1/actors.geojson`) and indexes their homes by every actor based there. */
export function parseActorHomes(json: unknown): ReadonlyMap<string, ActorHome> {
  const collection = ActorFeaturesResponseSchema.parse(json);
  const homes = new Map<string, ActorHome>();
  for (const feature of collection.features) {
    const home: ActorHome = { ...feature.properties, drawn: feature.geometry !== null };
    for (const actor of home.actors) homes.set(actor.id, home);
  }
  return homes;
}

/** The drawn actor points of `/api/v1/actors.geojson`: each point opens the actor it stands for. */
const ActorPointsSchema = z.object({
  features: z.array(z.object({ geometry: z.unknown(), properties: z.looseObject({ id: z.string().check(z.minLength(1)), names: NamesSchema }) })),
});

/** Checks the actors' map answer and lists the actors drawn as points (for the map's keyboard list). */
export function parseActorPoints(json: unknown): { id: string; names: Names }[] {
  return ActorPointsSchema.parse(json)
    .features.filter((feature) => feature.geometry !== null)
    .map((feature) => ({ id: feature.properties.id, names: feature.properties.names }));
}
