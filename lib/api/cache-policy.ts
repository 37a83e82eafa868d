/**
 * The API's Cache-Control values. The data changes only when the app is deployed, so shared caches (CDNs) may keep a
 * response for an hour and serve it stale for a day while they refetch; browsers keep it for five minutes, then
 * revalidate with the ETag (a 304 costs no body). Errors are cached briefly (an id missing today may exist after the
 * next deploy); a server that could not load its data says so and is never cached.
 */
export const CACHE_CONTROL = {
  ok: 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
  clientError: 'public, max-age=60, s-maxage=60, stale-while-revalidate=60',
  unavailable: 'no-store',
} as const;

/** Headers every API response carries: open CORS for GET (the data is public), no MIME sniffing. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Content-Disposition',
  'X-Content-Type-Options': 'nosniff',
};
