import type { ApiContext } from '@/lib/api/api-context';
import type { Endpoint } from '@/lib/api/api-route';
import { apiRequest } from '../../fixtures/api/context';

/** What a client gets back: status, headers and the parsed JSON body (null for an empty or non-JSON body). */
export interface ApiAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** Calls an endpoint as a route would, with a request for `pathAndQuery`. */
export async function call<P>(
  endpoint: Endpoint<P>,
  context: ApiContext,
  pathAndQuery: string,
  params: P,
  headers: Record<string, string> = {},
): Promise<ApiAnswer> {
  const response = await endpoint(apiRequest(pathAndQuery, headers), context, params);
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The `{ data, nextCursor, total, asOf }` of a claims list. */
export interface ClaimList {
  data: { id: string }[];
  nextCursor: string | null;
  total: number;
  asOf: string;
}
