/** Strong entity tags and `If-None-Match` matching (RFC 9110 sections 8.8.3 and 13.1.2). */

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A strong ETag for a body: the quoted base64url SHA-256 of its UTF-8 bytes, so equal bodies get equal tags. */
export async function strongEtag(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  return `"${toBase64Url(new Uint8Array(digest))}"`;
}

/**
 * Whether an `If-None-Match` header matches the tag: `*`, or any listed tag equal to it under the weak comparison
 * the header calls for (a `W/` prefix on either side is ignored). A missing or empty header matches nothing.
 */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const trimmed = header.trim();
  if (trimmed === '*') return true;
  const opaque = (tag: string) => tag.replace(/^W\//, '');
  const tags = trimmed.match(/(?:W\/)?"[^"]*"/g) ?? [];
  return tags.some((tag) => opaque(tag) === opaque(etag));
}
