'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from '@/lib/url-state';

const NOTHING_KEPT: readonly string[] = [];

/**
 * The URL is the single source of truth for selection and view. Writing goes through the History API, which the
 * App Router keeps in step with `useSearchParams` without a server round trip.
 */
export function useUrlState(
  /** Parameters outside the URL state that writing must keep as they are (the embed's options); a stable array. */
  keep: readonly string[] = NOTHING_KEPT,
): [UrlState, (patch: Partial<UrlState>, mode?: 'push' | 'replace') => void] {
  const searchParams = useSearchParams();
  const state = useMemo(() => parseUrlState(new URLSearchParams(searchParams.toString())).state, [searchParams]);
  const update = useCallback(
    (patch: Partial<UrlState>, mode: 'push' | 'replace' = 'push') => {
      const current = parseUrlState(new URLSearchParams(window.location.search)).state;
      const params = new URLSearchParams(serializeUrlState({ ...current, ...patch }));
      const here = new URLSearchParams(window.location.search);
      for (const name of keep) for (const value of here.getAll(name)) params.append(name, value);
      const query = params.toString();
      const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    },
    [keep],
  );
  return [state, update];
}
