'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { loadSchemas } from '@/lib/security/load-schemas';
import type { parseUrlState, UrlState } from '@/lib/url-state';
import { serializeUrlState } from '@/lib/url-state-query';

type Parser = typeof parseUrlState;

const NOTHING_KEPT: readonly string[] = [];

/**
 * The URL state's parser (lib/url-state.ts, with zod) loads after hydration rather than with the page: the first
 * render reads the state the server parsed from the same link, so the page needs no parser to become live.
 */
let parser: Parser | null = null;
let loading: Promise<Parser> | null = null;
const listeners = new Set<() => void>();

function loadParser(): Promise<Parser> {
  loading ??= loadSchemas(() => import('@/lib/url-state')).then(
    (module) => {
      parser = module.parseUrlState;
      for (const listener of listeners) listener();
      return module.parseUrlState;
    },
    (error: unknown) => {
      loading = null; // a failed chunk load is tried again by the next write
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadParser();
  return () => listeners.delete(listener);
}

const noParserOnServer = () => null;

/**
 * The URL is the single source of truth for selection and view. Writing goes through the History API, which the
 * App Router keeps in step with `useSearchParams` without a server round trip.
 *
 * `initialState` is what the server parsed from this page's link. It stands for the URL until the URL changes; from
 * then on the parser reads it. Every write waits for the parser (it reads the current URL first), so a link the app
 * writes is never read without it; a URL changed from elsewhere before the parser arrives (a back button pressed
 * within the first moments) shows once it has.
 */
export function useUrlState(
  initialState: UrlState,
  /** Parameters outside the URL state that writing must keep as they are (the embed's options); a stable array. */
  keep: readonly string[] = NOTHING_KEPT,
): [UrlState, (patch: Partial<UrlState>, mode?: 'push' | 'replace') => void] {
  const search = useSearchParams().toString();
  const [first] = useState(() => ({ search, state: initialState }));
  // The parser's arrival re-renders the page only when the URL has moved on from the link's.
  const parse = useSyncExternalStore(subscribe, () => (search === first.search ? null : parser), noParserOnServer);
  const state = useMemo(
    () => (parse === null ? first.state : parse(new URLSearchParams(search)).state),
    [search, first, parse],
  );
  const update = useCallback(
    (patch: Partial<UrlState>, mode: 'push' | 'replace' = 'push') => {
      const write = (parseNow: Parser) => {
        const current = parseNow(new URLSearchParams(window.location.search)).state;
        const params = new URLSearchParams(serializeUrlState({ ...current, ...patch }));
        const here = new URLSearchParams(window.location.search);
        for (const name of keep) for (const value of here.getAll(name)) params.append(name, value);
        const query = params.toString();
        const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
        if (mode === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      };
      // Synchronous once the parser is here (as it is soon after hydration); writes made before keep their order.
      if (parser !== null) write(parser);
      else void loadParser().then(write);
    },
    [keep],
  );
  return [state, update];
}
