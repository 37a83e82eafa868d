import { createHash } from 'node:crypto';

/**
 * A basemap file's content version: the first 16 hex digits of its SHA-256. The map asks for each file with it
 * (`?v=`), and next.config.js answers that exact URL as immutable, so browsers and CDNs keep the file until its
 * content, and with it the URL, changes (README "Deployment").
 */
export function contentVersion(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/** What a content version looks like (16 lowercase hex digits). */
export const CONTENT_VERSION_PATTERN = /^[0-9a-f]{16}$/;
