import { getApiContext } from '@/lib/api/api-context.server';
import { apiRoute } from '@/lib/api/api-route';
import { actorsEndpoint } from '@/lib/api/endpoints/actors';

/** Every actor (docs/api.md). */
export const GET = apiRoute(getApiContext, actorsEndpoint);
