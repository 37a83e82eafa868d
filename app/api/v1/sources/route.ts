import { getApiContext } from '@/lib/api/api-context.server';
import { apiRoute } from '@/lib/api/api-route';
import { sourcesEndpoint } from '@/lib/api/endpoints/sources';

/** Every source (docs/api.md). */
export const GET = apiRoute(getApiContext, sourcesEndpoint);
