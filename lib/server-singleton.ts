import 'server-only';

/**
 * A value computed once per server process. Next bundles route handlers and pages separately, so a module-level
 * variable would exist once per bundle (the dataset loaded twice); the value lives on `globalThis` under a symbol
 * instead. A failed computation is not kept, so the next call tries again.
 */
export function processSingleton<T>(name: string, create: () => Promise<T>): () => Promise<T> {
  const key = Symbol.for(`claims-atlas.${name}`);
  const store = globalThis as unknown as Record<symbol, Promise<T> | undefined>;
  return () => {
    const existing = store[key];
    if (existing) return existing;
    const created = create().catch((error: unknown) => {
      store[key] = undefined;
      throw error;
    });
    store[key] = created;
    return created;
  };
}
