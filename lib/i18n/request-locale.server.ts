import 'server-only';
import { headers } from 'next/headers';
import * as z from 'zod/mini';
import { LangSchema, type Lang } from '@/lib/basemap/region-schema';
import { ThemeSchema, type Theme } from '@/lib/url-state';
import { LANG_HEADER, THEME_HEADER } from './locale-headers';

/** The UI language and theme of this request, as proxy.ts resolved them from the URL and Accept-Language. */
export async function requestLocale(): Promise<{ lang: Lang; theme: Theme }> {
  const list = await headers();
  return {
    lang: z.catch(LangSchema, 'en').parse(list.get(LANG_HEADER)),
    theme: z.catch(ThemeSchema, 'auto').parse(list.get(THEME_HEADER)),
  };
}
