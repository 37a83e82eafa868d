import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Claims Atlas',
  description: 'Who claims what, where, and on which sources: North Korean troops in Russia, 2024-2025.',
};

/** The html shell; no data loading here. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
