import { getApiContext } from '@/lib/api/api-context.server';
import { apiRoute } from '@/lib/api/api-route';
import { subjectEndpoint } from '@/lib/api/endpoints/subject';

/** One deployment: status and why, estimates, claims (docs/api.md). */
export const GET = apiRoute(getApiContext, subjectEndpoint('deployment'));
