import { z } from 'zod';
import { distanceToPolygonsKm, type Polygon } from './polygon-distance';

/** What data validation needs to know about regions: which ids exist and how far a point lies from one. */
export interface RegionLookup {
  has(id: string): boolean;
  /** Km from the point to the region (0 inside it); `null` for an unknown region. */
  distanceKm(id: string, point: readonly [number, number]): number | null;
}

const PositionSchema = z.array(z.number()).min(2);
const PolygonCoordinatesSchema = z.array(z.array(PositionSchema));
const GeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: PolygonCoordinatesSchema }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(PolygonCoordinatesSchema) }),
]);
const RegionFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string().optional(),
    properties: z.object({ id: z.string().optional() }).nullable().optional(),
    geometry: GeometrySchema,
  })
  .refine((feature) => (feature.id ?? feature.properties?.id) !== undefined, 'a region feature needs an id');

/** A basemap FeatureCollection whose features carry the region id (`id`, or `properties.id`) and polygons. */
export const RegionFeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(RegionFeatureSchema),
});
export type RegionFeatureCollection = z.infer<typeof RegionFeatureCollectionSchema>;

/** A lookup over the polygons of one or more FeatureCollections (e.g. provinces and countries). */
export function createRegionLookup(collections: readonly RegionFeatureCollection[]): RegionLookup {
  const polygons = new Map<string, Polygon[]>();
  for (const collection of collections) {
    for (const feature of collection.features) {
      const id = (feature.id ?? feature.properties?.id) as string;
      const own = polygons.get(id) ?? [];
      const geometry = feature.geometry;
      if (geometry.type === 'Polygon') own.push(geometry.coordinates);
      else own.push(...geometry.coordinates);
      polygons.set(id, own);
    }
  }
  return {
    has: (id) => polygons.has(id),
    distanceKm: (id, point) => {
      const own = polygons.get(id);
      return own === undefined ? null : distanceToPolygonsKm(own, point);
    },
  };
}
