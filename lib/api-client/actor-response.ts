import * as z from 'zod/mini';
import type { ActorAtPlace } from '@/lib/api/actor-features';
import type { ActorDetail } from '@/lib/api/actor-view';
import { ActorKindSchema, NamesSchema } from '@/lib/domain/schemas';

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

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Fetches and checks one actor; throws on an HTTP error or a body of the wrong shape. */
export async function fetchActorDetail(url: string): Promise<ActorDetail> {
  return ActorDetailResponseSchema.parse(await getJson(url)).data as ActorDetail;
}

/** Fetches the actors' homes and indexes them by every actor based there. */
export async function fetchActorHomes(url: string): Promise<ReadonlyMap<string, ActorHome>> {
  const collection = ActorFeaturesResponseSchema.parse(await getJson(url));
  const homes = new Map<string, ActorHome>();
  for (const feature of collection.features) {
    const home: ActorHome = { ...feature.properties, drawn: feature.geometry !== null };
    for (const actor of home.actors) homes.set(actor.id, home);
  }
  return homes;
}
