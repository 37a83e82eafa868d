import { getApiContext } from '@/lib/api/api-context.server';
import { apiRoute } from '@/lib/api/api-route';
import { claimsCsvEndpoint } from '@/lib/api/endpoints/claims-csv';

/** Claims as CSV, one row per claim and source (docs/api.md). */
export const GET = apiRoute(getApiContext, claimsCsvEndpoint);
