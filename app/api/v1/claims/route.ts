import { getApiContext } from '@/lib/api/api-context.server';
import { apiRoute } from '@/lib/api/api-route';
import { claimsEndpoint } from '@/lib/api/endpoints/claims';

/** Claims, filtered and paged, newest first (docs/api.md). */
export const GET = apiRoute(getApiContext, claimsEndpoint);
