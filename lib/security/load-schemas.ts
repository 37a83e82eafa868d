/**
 * How the browser loads a module that builds zod schemas: after zod's browser setting (zod-without-eval.ts), which
 * must come before any schema is built. The schemas load on first use, after the page is live, and never with the
 * page itself (README "Performance budgets"); every browser import of them goes through here.
 */
let setting: Promise<unknown> | null = null;

export function loadSchemas<M>(load: () => Promise<M>): Promise<M> {
  setting ??= import('./zod-without-eval').catch((error: unknown) => {
    setting = null; // a failed chunk load is tried again by the next caller
    throw error;
  });
  return setting.then(load);
}
