'use client';

import useSWR from 'swr';
import type { RegionDossier } from '@/lib/api/region-dossier';
import { fetchRegionDossier } from '@/lib/api-client/fetchers';
import type { Lang } from '@/lib/basemap/region-schema';
import type { Names } from '@/lib/domain/schemas';
import type { Messages } from '@/lib/i18n/messages';
import { LoadError } from '../ui/load-error';
import { RegionDossierView } from './region-dossier';

type RegionClaimsProps = {
  regionId: string;
  /** The day to read it as of; null: the latest. */
  asOf: string | null;
  /** The dossier the server rendered with the page, for the region and day the link selected. */
  initialDossier: { asOf: string | null; dossier: RegionDossier } | null;
  partyNames: Readonly<Record<string, Names>>;
  lang: Lang;
  messages: Messages;
};

/** The selected region's dossier from the API, with a skeleton while it loads and a retry when it fails. */
export function RegionClaims({ regionId, asOf, initialDossier, partyNames, lang, messages }: RegionClaimsProps) {
  const key = `/api/v1/regions/${encodeURIComponent(regionId)}${asOf ? `?asOf=${asOf}` : ''}`;
  const fromServer = initialDossier?.dossier.region.id === regionId && initialDossier.asOf === asOf;
  const { data, error, isValidating, mutate } = useSWR(key, fetchRegionDossier, {
    fallbackData: fromServer ? initialDossier.dossier : undefined,
    keepPreviousData: true,
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
  if (data) {
    return (
      <RegionDossierView
        dossier={data}
        partyName={(id) => partyNames[id]?.[lang] ?? id}
        lang={lang}
        messages={messages}
      />
    );
  }
  if (error) {
    return <LoadError text={messages.loadFailed} retryLabel={messages.retry} retrying={isValidating} onRetry={() => void mutate()} />;
  }
  return (
    <div aria-busy="true" className="space-y-2">
      <div className="h-4 w-2/3 animate-pulse rounded bg-stone-200 dark:bg-stone-700" />
      <div className="h-20 animate-pulse rounded bg-stone-100 dark:bg-stone-800" />
      <div className="h-20 animate-pulse rounded bg-stone-100 dark:bg-stone-800" />
    </div>
  );
}
