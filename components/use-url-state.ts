'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from '@/lib/url-state';

/**
 * The URL is the single source of truth for selection and view. Writing goes through the History API, which the
 * App Router keeps in step with `useSearchParams` without a server round trip.
 */
export function useUrlState(): [UrlState, (patch: Partial<UrlState>, mode?: 'push' | 'replace') => void] {
  const searchParams = useSearchParams();
  const state = useMemo(() => parseUrlState(new URLSearchParams(searchParams.toString())).state, [searchParams]);
  const update = useCallback(
    (patch: Partial<UrlState>, mode: 'push' | 'replace' = 'push') => {
      const current = parseUrlState(new URLSearchParams(window.location.search)).state;
      const query = serializeUrlState({ ...current, ...patch });
      const url = `${window.location.pathname}${query}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    },
    [],
  );
  return [state, update];
}
