import { getApiContext } from '@/lib/api/api-context.server';
import { apiRoute } from '@/lib/api/api-route';
import { movementsEndpoint } from '@/lib/api/endpoints/subjects';

/** Movements as GeoJSON lines (docs/api.md). */
export const GET = apiRoute(getApiContext, movementsEndpoint);
