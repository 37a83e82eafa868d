import type { ServerResponse } from 'node:http';

/** Paths served from files: never queued behind page renders (see admission.mjs). */
export function isStaticPath(pathname: string): boolean;

export interface Admission {
  /** Calls `handle` now, or when the requests that arrived before it are done; 503 when the line is full. */
  admit(response: ServerResponse, handle: () => unknown): void;
  /** Requests being handled now and requests waiting. */
  stats(): { active: number; waiting: number };
}

/** A first-in, first-out gate letting `limit` requests be handled at once, with at most `maxQueue` waiting. */
export function createAdmission(options: { limit: number; maxQueue: number; retryAfterSeconds?: number }): Admission;
