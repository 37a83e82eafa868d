import { getApiContext } from '@/lib/api/api-context.server';
import { apiRoute } from '@/lib/api/api-route';
import { actorFeaturesEndpoint } from '@/lib/api/endpoints/actors';

/** The actors' homes as GeoJSON points (docs/api.md). */
export const GET = apiRoute(getApiContext, actorFeaturesEndpoint);
