import { getApiContext } from '@/lib/api/api-context.server';
import { apiRoute } from '@/lib/api/api-route';
import { regionEndpoint } from '@/lib/api/endpoints/region';

/** A region dossier (docs/api.md). */
export const GET = apiRoute(getApiContext, regionEndpoint);
