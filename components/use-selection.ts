'use client';

import { useCallback, useRef } from 'react';
import type { UrlState } from '@/lib/url-state';

type Update = (patch: Partial<UrlState>, mode?: 'push' | 'replace') => void;

/**
 * One selection at a time (a region, a movement, a deployment, a claim or an actor), kept in the URL. Closing the details returns focus to
 * where it was when the selection was made (the search box, a list item), else to the map.
 */
export function useSelection(update: Update) {
  const returnFocus = useRef<Element | null>(null);

  const rememberFocus = () => {
    const active = document.activeElement;
    if (active && active !== document.body && !active.closest('[data-testid=details-panel]')) returnFocus.current = active;
  };

  const selectRegion = useCallback(
    (id: string) => {
      rememberFocus();
      update({ region: id, movement: null, deployment: null, claim: null, actor: null, center: null, zoom: null });
    },
    [update],
  );

  const selectSubject = useCallback(
    (kind: 'movement' | 'deployment', id: string) => {
      rememberFocus();
      update({
        region: null,
        movement: kind === 'movement' ? id : null,
        deployment: kind === 'deployment' ? id : null,
        claim: null,
        actor: null,
      });
    },
    [update],
  );

  const selectClaim = useCallback(
    (id: string) => {
      rememberFocus();
      update({ region: null, movement: null, deployment: null, claim: id, actor: null });
    },
    [update],
  );

  const selectActor = useCallback(
    (id: string) => {
      rememberFocus();
      update({ region: null, movement: null, deployment: null, claim: null, actor: id });
    },
    [update],
  );

  const close = useCallback(() => {
    update({ region: null, movement: null, deployment: null, claim: null, actor: null });
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
    else document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus();
  }, [update]);

  return { selectRegion, selectSubject, selectClaim, selectActor, close };
}
