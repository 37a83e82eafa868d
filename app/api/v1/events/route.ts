import { getApiContext } from '@/lib/api/api-context.server';
import { apiRoute } from '@/lib/api/api-route';
import { eventsEndpoint } from '@/lib/api/endpoints/subjects';

/** Events with status as of a day (docs/api.md). */
export const GET = apiRoute(getApiContext, eventsEndpoint);
