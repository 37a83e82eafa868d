import type { UrlState } from '@/lib/url-state';

/**
 * Writing the URL state (lib/url-state.ts declares and reads it). Kept apart from the declared schema because writing
 * needs no zod: the browser writes links from its first render on, while the parser loads after hydration.
 */

/** The theme a link without `theme` shows (follow the system). */
export const DEFAULT_THEME = 'auto';

/** Writes the URL state as a query string (with its leading `?`, or '' when everything is default). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.region !== null) params.set('region', state.region);
  if (state.movement !== null) params.set('movement', state.movement);
  if (state.deployment !== null) params.set('deployment', state.deployment);
  if (state.claim !== null) params.set('claim', state.claim);
  if (state.actor !== null) params.set('actor', state.actor);
  for (const name of ['asOf', 'party', 'claimant', 'stance', 'status', 'from', 'to', 'q', 'lens', 'lens2'] as const) {
    const value = state[name];
    if (value !== null) params.set(name, value);
  }
  if (state.lang !== null) params.set('lang', state.lang);
  if (state.theme !== DEFAULT_THEME) params.set('theme', state.theme);
  if (state.center !== null && state.zoom !== null) {
    params.set('center', state.center.map((n) => Number(n.toFixed(4))).join(','));
    params.set('zoom', String(Number(state.zoom.toFixed(2))));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
