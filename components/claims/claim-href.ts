'use client';

import { createContext } from 'react';

/**
 * The link that opens a claim on the page the reader is on, provided by the atlas (lib/embed/embed-link.ts's
 * selectionHref, which keeps the rest of the view). Without a provider, a link to the claim alone on the same page.
 */
export const ClaimHrefContext = createContext<(id: string) => string>((id) => `?${new URLSearchParams({ claim: id })}`);
