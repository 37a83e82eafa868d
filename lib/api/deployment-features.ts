import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Region } from '../basemap/region-schema';
import type { Dataset } from '../data/dataset';
import type { Names } from '../domain/schemas';
import type { SubjectStatus } from '../domain/status';
import { estimateOf, type LatestEstimate } from './latest-estimate';
import { normalizeLongitude } from './line-geometry';
import type { StatusBook } from './status-book';
import { deploymentStates } from './subject-views';

/** The properties of a deployment feature: one per region the deployment is in. */
export type DeploymentProperties = {
  id: string;
  names: Names;
  force: string;
  /** The region this point stands for; `regions` lists all the deployment's regions. */
  regionId: string;
  regions: string[];
  windowStart: string;
  windowEnd: string | null;
  status: SubjectStatus;
  /** Ids of the claims about the deployment by `asOf`, newest first. */
  claims: string[];
} & LatestEstimate;

/** A deployment in one region as a GeoJSON Point feature. */
export type DeploymentFeature = Feature<Point, DeploymentProperties>;

/**
 * Every deployment with a claim by the book's day, as one Point per region at the region's label point (from the
 * region index; longitudes past 180 brought back into range). A region missing from the index has no point.
 * Feature ids are `<deployment id>/<region id>`.
 */
export function deploymentFeatures(
  dataset: Dataset,
  regions: ReadonlyMap<string, Region>,
  book: StatusBook,
): FeatureCollection<Point, DeploymentProperties> {
  const features = deploymentStates(dataset, book).flatMap((deployment) =>
    deployment.regions.flatMap((regionId): DeploymentFeature[] => {
      const region = regions.get(regionId);
      if (region === undefined) return [];
      const [lon, lat] = region.label;
      return [
        {
          type: 'Feature',
          id: `${deployment.id}/${regionId}`,
          geometry: { type: 'Point', coordinates: [normalizeLongitude(lon), lat] },
          properties: {
            id: deployment.id,
            names: deployment.names,
            force: deployment.force,
            regionId,
            regions: deployment.regions,
            windowStart: deployment.window.start.value,
            windowEnd: deployment.window.end?.value ?? null,
            status: deployment.status,
            claims: deployment.claims,
            ...estimateOf(deployment),
          },
        },
      ];
    }),
  );
  return { type: 'FeatureCollection', features };
}
