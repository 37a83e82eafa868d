// Admission control for the production server (scripts/server/serve.mjs): at most `limit` requests are handled at
// once, the rest wait in arrival order. Next renders a page in many small asynchronous steps, and a step of a request
// that has just arrived runs before the later steps of older ones; with 200 clients at once, some requests waited over
// 10 s while the median took 1 s. Waiting in line first keeps every request's wait close to the average, and the
// server does the same work with fewer renders in memory at once.

/**
 * Paths served from files (Next's build output, `public/`, the icon): cheap, never queued behind page renders. API
 * routes are computed even when their name has an extension (`/api/v1/claims.csv`).
 */
export function isStaticPath(pathname) {
  if (pathname.startsWith('/api/')) return false;
  return pathname.startsWith('/_next/static/') || /\/[^/]+\.[A-Za-z0-9]+$/.test(pathname);
}

/**
 * A first-in, first-out gate: `admit(response, handle)` calls `handle()` now if fewer than `limit` requests are being
 * handled and none waits, else when the requests before it are done. A request counts as done when its response
 * closes (finished or aborted). A request whose client leaves while it waits is dropped from the line. When `maxQueue`
 * requests already wait, the answer is 503 with `Retry-After` (never cached), and `handle` is not called.
 *
 * @param {{ limit: number, maxQueue: number, retryAfterSeconds?: number }} options
 */
export function createAdmission({ limit, maxQueue, retryAfterSeconds = 5 }) {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number of at least 1, not ${limit}`);
  if (!Number.isInteger(maxQueue) || maxQueue < 0) throw new RangeError(`maxQueue must be a whole number of at least 0, not ${maxQueue}`);
  let active = 0;
  /** @type {Set<() => void>} Waiting requests in arrival order (a Set keeps insertion order and deletes in O(1)). */
  const waiting = new Set();

  function startNext() {
    for (const start of waiting) {
      if (active >= limit) return;
      waiting.delete(start);
      start();
    }
  }

  /**
   * @param {import('node:http').ServerResponse} response
   * @param {() => unknown} handle
   */
  function admit(response, handle) {
    let started = false;
    const start = () => {
      started = true;
      active += 1;
      handle();
    };
    // 'close' comes once: after the response is finished, or when the client leaves before that (waiting or not).
    response.once('close', () => {
      if (started) {
        active -= 1;
        startNext();
      } else {
        waiting.delete(start);
      }
    });
    if (active < limit && waiting.size === 0) {
      start();
      return;
    }
    if (waiting.size >= maxQueue) {
      response.writeHead(503, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        'Retry-After': String(retryAfterSeconds),
      });
      response.end('The server is busy; try again in a few seconds.\n');
      return;
    }
    waiting.add(start);
  }

  return {
    admit,
    /** Requests being handled now and requests waiting (for logs and tests). */
    stats: () => ({ active, waiting: waiting.size }),
  };
}
