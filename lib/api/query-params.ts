import type { z } from 'zod';

/** One unusable query parameter and why: the body of a 400 names every one. */
export interface ParamError {
  name: string;
  reason: string;
}

/** A parsed query, or every problem found in it. */
export type QueryResult<T> = { ok: true; value: T } | { ok: false; params: ParamError[] };

/** A zod object whose keys are the parameters a route takes, each an optional schema over a string. */
export type QuerySchema = z.ZodObject;

/**
 * Reads a query string against the names a route takes. Unknown names are errors (a misspelt filter must not
 * silently return everything), and so is a name given more than once (which value would win is not obvious).
 */
export function readQuery(search: URLSearchParams, allowed: readonly string[]): { values: Record<string, string>; errors: ParamError[] } {
  const values: Record<string, string> = {};
  const errors: ParamError[] = [];
  const takes = allowed.length === 0 ? 'this route takes no parameters' : `this route takes ${allowed.join(', ')}`;
  for (const name of new Set(search.keys())) {
    const given = search.getAll(name);
    if (!allowed.includes(name)) errors.push({ name, reason: `unknown parameter: ${takes}` });
    else if (given.length > 1) errors.push({ name, reason: `given ${given.length} times: give it once` });
    else values[name] = given[0] as string;
  }
  return { values, errors };
}

/** Parses a query with a route's schema: unknown, repeated and invalid parameters all come back together. */
export function parseQuery<S extends QuerySchema>(search: URLSearchParams, schema: S): QueryResult<z.output<S>> {
  const { values, errors } = readQuery(search, Object.keys(schema.shape));
  const parsed = schema.safeParse(values);
  const invalid = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ name: String(issue.path[0] ?? ''), reason: issue.message }));
  const params = [...errors, ...invalid];
  if (params.length > 0 || !parsed.success) return { ok: false, params };
  return { ok: true, value: parsed.data };
}
