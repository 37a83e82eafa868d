import { getApiContext } from '@/lib/api/api-context.server';
import { apiRoute } from '@/lib/api/api-route';
import { actorEndpoint } from '@/lib/api/endpoints/actors';

/** One actor with its claims (docs/api.md). */
export const GET = apiRoute(getApiContext, actorEndpoint);
