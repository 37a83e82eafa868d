import { unknownRouteEndpoint } from '@/lib/api/endpoints/unknown-route';

/** Every other path under /api answers a JSON 404 (docs/api.md). */
export const GET = unknownRouteEndpoint;
