import { getApiContext } from '@/lib/api/api-context.server';
import { apiRoute } from '@/lib/api/api-route';
import { claimEndpoint } from '@/lib/api/endpoints/claim';

/** One claim with its sources and relations (docs/api.md). */
export const GET = apiRoute(getApiContext, claimEndpoint);
