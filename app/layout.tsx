import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { loadAssetManifest } from '@/lib/basemap/manifest.server';
import { koreanStylesheetUrl, needsKoreanStylesheet } from '@/lib/fonts/korean-stylesheet';
import { requestLocale } from '@/lib/i18n/request-locale.server';
import './globals.css';

export const metadata: Metadata = {
  title: 'Claims Atlas',
  description: 'Who claims what, where, and on which sources: North Korean troops in Russia, 2024-2025.',
};

/**
 * The html shell: the language and theme proxy.ts resolved; no data loading here. Korean pages also link the Hangul
 * font's stylesheet (lib/fonts/korean-stylesheet.ts), which React puts in the head and waits for like globals.css.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { lang, theme } = await requestLocale();
  const koreanStylesheet = needsKoreanStylesheet(lang) ? koreanStylesheetUrl(await loadAssetManifest()) : null;
  return (
    <html lang={lang} data-theme={theme}>
      <body className="bg-white text-stone-900 dark:bg-stone-950 dark:text-stone-100">
        {koreanStylesheet !== null ? <link rel="stylesheet" href={koreanStylesheet} precedence="fonts" /> : null}
        {children}
      </body>
    </html>
  );
}
