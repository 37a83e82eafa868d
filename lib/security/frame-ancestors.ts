/**
 * Who may frame a response (CSP `frame-ancestors`). The app, the API and the files: nobody. `/embed`: the app itself
 * and any https page, or only the origins listed in `EMBED_FRAME_ANCESTORS` when that is set.
 */

/** An origin a site owner may list: `https://news.example`, `https://*.news.example`, `http://localhost:8080`. */
const ORIGIN_SOURCE = /^https?:\/\/(?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;

/** The default for `/embed`: this app and any page served over https. */
export const DEFAULT_EMBED_FRAME_ANCESTORS = ["'self'", 'https:'] as const;

/**
 * Parses `EMBED_FRAME_ANCESTORS`: origins separated by spaces or commas, `'self'` (or `self`) allowed. Entries that
 * are not an origin (a path, a query, a bare word, another keyword) are dropped, so the list can never widen the
 * policy beyond the origins written; a list left empty yields `'none'` (a typo fails closed, never open).
 * Unset or blank: the default, `'self' https:`.
 */
export function embedFrameAncestors(setting: string | undefined): string[] {
  if (setting === undefined || setting.trim() === '') return [...DEFAULT_EMBED_FRAME_ANCESTORS];
  const sources = new Set<string>();
  for (const entry of setting.split(/[\s,]+/)) {
    const lower = entry.toLowerCase().replace(/\/$/, '');
    if (lower === "'self'" || lower === 'self') sources.add("'self'");
    else if (ORIGIN_SOURCE.test(lower) && validPort(lower)) sources.add(lower);
  }
  return sources.size > 0 ? [...sources] : ["'none'"];
}

/** Whether an origin's port, if it names one, exists (at most 65535). */
function validPort(origin: string): boolean {
  const port = /:(\d+)$/.exec(origin)?.[1];
  return port === undefined || Number(port) <= 65535;
}
