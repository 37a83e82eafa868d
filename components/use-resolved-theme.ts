'use client';

import { useSyncExternalStore } from 'react';
import type { Theme } from '@/lib/url-state';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The theme actually shown: `auto` follows the system's colour scheme, live. */
export function useResolvedTheme(theme: Theme): 'light' | 'dark' {
  const systemDark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
  if (theme === 'auto') return systemDark ? 'dark' : 'light';
  return theme;
}
