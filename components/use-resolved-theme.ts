'use client';

import type { Theme } from '@/lib/url-state';
import { useMediaQuery } from './use-media-query';

/** The theme actually shown: `auto` follows the system's colour scheme, live. */
export function useResolvedTheme(theme: Theme): 'light' | 'dark' {
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  if (theme === 'auto') return systemDark ? 'dark' : 'light';
  return theme;
}
