import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { requestLocale } from '@/lib/i18n/request-locale.server';
import './globals.css';

export const metadata: Metadata = {
  title: 'Claims Atlas',
  description: 'Who claims what, where, and on which sources: North Korean troops in Russia, 2024-2025.',
};

/** The html shell: the language and theme proxy.ts resolved; no data loading here. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { lang, theme } = await requestLocale();
  return (
    <html lang={lang} data-theme={theme}>
      <body className="bg-white text-stone-900 dark:bg-stone-950 dark:text-stone-100">{children}</body>
    </html>
  );
}
