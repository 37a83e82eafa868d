/**
 * The API's in-memory response cache. A server's dataset never changes while it runs (a new dataset is a new
 * deployment), so a successful answer depends only on the route's path and its query: the serialized body, its
 * ETag and its headers are kept per normalised query and answered from memory, 304s included.
 *
 * Bounds (documented in README "Deployment"): at most `maxEntries` bodies and `maxBytes` in all, counting each body
 * and key at two bytes per UTF-16 code unit (what V8 holds at most); a body larger than `maxEntryBytes` is served but
 * not kept. The least recently used entries go first. Only 200s are kept: 400s, 404s and 503s are computed each time.
 */

/** A successful body as the API sends it: its text, strong ETag, media type and extra headers. */
export interface OkBody {
  body: string;
  etag: string;
  contentType: string;
  extra: Readonly<Record<string, string>>;
}

/** The cache's limits. */
export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
  maxEntryBytes: number;
}

/** 1,000 answers, 48 MB in all, 8 MB at most each (a CSV of every claim of the real data is far below that). */
export const DEFAULT_CACHE_LIMITS: CacheLimits = { maxEntries: 1000, maxBytes: 48 * 1024 * 1024, maxEntryBytes: 8 * 1024 * 1024 };

/** Defaults a query parameter may be given with, dropped from the key: `limit=50` is the same query as no `limit`. */
export type QueryDefaults = Readonly<Record<string, string>>;

/**
 * The cache key of a request: its path and its query parameters sorted by name (a stable sort, so repeated names
 * keep their order), with every parameter given exactly once at its default value dropped. `?b=2&a=1` and
 * `?a=1&b=2&limit=50` share a key; a repeated `limit=50&limit=50` (a 400) does not collapse onto the plain path.
 */
export function cacheKey(url: URL, defaults: QueryDefaults): string {
  const pairs = [...url.searchParams];
  const counts = new Map<string, number>();
  for (const [name] of pairs) counts.set(name, (counts.get(name) ?? 0) + 1);
  const kept = pairs
    .filter(([name, value]) => !(counts.get(name) === 1 && defaults[name] === value))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(kept).toString();
  return query === '' ? url.pathname : `${url.pathname}?${query}`;
}

/** The bytes an entry is counted as. */
export function entrySize(key: string, entry: OkBody): number {
  const extra = Object.entries(entry.extra).reduce((sum, [name, value]) => sum + name.length + value.length, 0);
  return 2 * (key.length + entry.body.length + entry.etag.length + entry.contentType.length + extra);
}

/** A bounded least-recently-used map from keys to bodies; also coalesces concurrent computations of one key. */
export class ResponseCache {
  private readonly entries = new Map<string, { entry: OkBody; size: number }>();
  private readonly pending = new Map<string, Promise<OkBody | null>>();
  private totalBytes = 0;

  constructor(readonly limits: CacheLimits = DEFAULT_CACHE_LIMITS) {}

  /** The cached body, marked as just used; undefined on a miss. */
  get(key: string): OkBody | undefined {
    const found = this.entries.get(key);
    if (found === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, found);
    return found.entry;
  }

  /** Keeps a body (unless it alone exceeds `maxEntryBytes`), evicting the least recently used past the bounds. */
  set(key: string, entry: OkBody): void {
    const size = entrySize(key, entry);
    this.delete(key);
    if (size > this.limits.maxEntryBytes || size > this.limits.maxBytes || this.limits.maxEntries < 1) return;
    this.entries.set(key, { entry, size });
    this.totalBytes += size;
    while (this.entries.size > this.limits.maxEntries || this.totalBytes > this.limits.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.delete(oldest.value);
    }
  }

  private delete(key: string): void {
    const found = this.entries.get(key);
    if (found === undefined) return;
    this.entries.delete(key);
    this.totalBytes -= found.size;
  }

  /**
   * The body for `key`: from the cache, else from `compute` (null: an answer not to keep, e.g. a 400). Concurrent
   * misses on one key share one computation, so a burst of identical requests computes it once.
   */
  async getOrCompute(key: string, compute: () => Promise<OkBody | null>): Promise<OkBody | null> {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const running = this.pending.get(key);
    if (running !== undefined) return running;
    const computation = compute()
      .then((entry) => {
        if (entry !== null) this.set(key, entry);
        return entry;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, computation);
    return computation;
  }

  /** How many bodies and bytes are held. */
  get stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.totalBytes };
  }
}
