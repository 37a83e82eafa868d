import { getApiContext } from '@/lib/api/api-context.server';
import { apiRoute } from '@/lib/api/api-route';
import { deploymentsEndpoint } from '@/lib/api/endpoints/subjects';

/** Deployments as GeoJSON points (docs/api.md). */
export const GET = apiRoute(getApiContext, deploymentsEndpoint);
