'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import useSWR from 'swr';
import { fetchClaim } from '@/lib/api-client/claim-response';
import { placeFeatures } from '@/lib/claims/place-features';
import type { InitialView } from '@/lib/atlas/initial-view';
import type { Lang } from '@/lib/basemap/region-schema';
import { feedFilters, type FeedFilters } from '@/lib/claims/feed-query';
import { messagesFor } from '@/lib/i18n/messages';
import { regionDetails } from '@/lib/regions/region-details';
import { ClaimsFeed } from './feed/claims-feed';
import { MapLegend } from './map/map-legend';
import type { Camera } from './map/map-view';
import { ClaimPanel } from './panels/claim-panel';
import { DetailsPanel } from './panels/details-panel';
import { RegionClaims } from './panels/region-claims';
import { RegionFacts } from './panels/region-facts';
import { SubjectPanel } from './panels/subject-panel';
import { RegionSearch } from './region-search';
import { ShareButton } from './share-button';
import { AsOfControl } from './timeline/as-of-control';
import { Notice } from './ui/notice';
import { useRegionIndex } from './use-region-index';
import { useResolvedTheme } from './use-resolved-theme';
import { useSelection } from './use-selection';
import { useUrlState } from './use-url-state';

const MapView = dynamic(() => import('./map/map-view'), {
  ssr: false,
  loading: () => <div className="h-full w-full animate-pulse bg-[#d5e3ee] dark:bg-[#0f1c2a]" aria-hidden="true" />,
});

type AtlasProps = {
  /** Server-rendered heading and text: readable before any script runs. */
  header: ReactNode;
  /** The language the server chose (the link's `lang`, else the browser's Accept-Language). */
  initialLang: Lang;
  view: InitialView;
  remoteStyleUrl: string | null;
};

/** The map page: search, timeline, claims feed, map and details panel, all driven by the URL state. */
export function Atlas({ header, initialLang, view, remoteStyleUrl }: AtlasProps) {
  const [state, update] = useUrlState();
  const lang = state.lang ?? initialLang;
  const theme = useResolvedTheme(state.theme);
  const messages = messagesFor(lang);
  const { lookup, regions, loaded } = useRegionIndex(view.seedRegions);
  const { selectRegion, selectSubject, selectClaim, close } = useSelection(update);
  const [feedOpen, setFeedOpen] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [mapFailed, setMapFailed] = useState(false);
  const [initialCamera] = useState<Camera | null>(() =>
    state.center && state.zoom !== null ? { center: state.center, zoom: state.zoom } : null,
  );

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = state.theme;
  }, [lang, state.theme]);

  const selected = state.region ? lookup(state.region) : undefined;
  const unknownId = view.unknownSubjectId;
  const subject =
    state.movement && state.movement !== unknownId
      ? ({ kind: 'movement', id: state.movement } as const)
      : state.deployment && state.deployment !== unknownId
        ? ({ kind: 'deployment', id: state.deployment } as const)
        : null;
  const unknownRegion = state.region !== null && loaded && !selected;
  const noticeKey = mapFailed ? 'mapUnavailable' : (view.notice ?? (unknownRegion ? 'unknownSelection' : null));
  const filters: FeedFilters = { ...feedFilters(state), ...Object.fromEntries(view.invalidFilters.map((name) => [name, null])) };

  // The claim being read (the panel fetches it under the same key, so this is no second request) rings its places.
  const { data: openClaim } = useSWR(state.claim ? `/api/v1/claims/${encodeURIComponent(state.claim)}` : null, fetchClaim, {
    revalidateOnFocus: false,
  });
  const highlight = useMemo(() => (state.claim && openClaim ? placeFeatures(openClaim.places) : null), [state.claim, openClaim]);

  const onCameraChange = useCallback((camera: Camera) => update(camera, 'replace'), [update]);
  const onAsOfChange = useCallback((asOf: string | null, mode: 'push' | 'replace') => update({ asOf }, mode), [update]);
  const onFiltersChange = useCallback((patch: Partial<FeedFilters>) => update(patch, 'replace'), [update]);
  const onMapError = useCallback(() => setMapFailed(true), []);

  const feed = (
    <ClaimsFeed
      filters={filters}
      initialPage={view.initialFeed}
      partyNames={view.partyNames}
      lang={lang}
      messages={messages}
      onFiltersChange={onFiltersChange}
      onOpenClaim={(id) => {
        selectClaim(id);
        setFeedOpen(false);
      }}
    />
  );

  return (
    <div className="flex h-dvh flex-col">
      <header className="z-30 flex flex-col gap-2 border-b border-stone-300 bg-white px-4 py-2 md:flex-row md:items-center md:justify-between dark:border-stone-700 dark:bg-stone-900">
        {header}
        <div className="flex items-center gap-2 md:w-[28rem]">
          <RegionSearch regions={regions} lookup={lookup} lang={lang} messages={messages} onSelect={selectRegion} />
          <ShareButton messages={messages} />
        </div>
      </header>
      <AsOfControl timeline={view.timeline} asOf={state.asOf} lang={lang} messages={messages} onChange={onAsOfChange} />
      <div className="flex min-h-0 flex-1">
        <section
          aria-labelledby="feed-heading"
          className={`${feedOpen ? 'fixed inset-x-0 bottom-0 z-40 h-[75dvh] rounded-t-2xl shadow-2xl' : 'hidden'} flex-col overflow-y-auto border-stone-300 bg-white p-3 md:static md:z-auto md:flex md:h-auto md:w-[360px] md:shrink-0 md:rounded-none md:border-r md:shadow-none dark:border-stone-700 dark:bg-stone-900`}
        >
          <div className="flex items-center justify-between">
            <h2 id="feed-heading" className="text-base font-semibold">
              {messages.feedHeading}
            </h2>
            <button
              type="button"
              onClick={() => setFeedOpen(false)}
              aria-label={messages.closeFeed}
              className="flex min-h-11 min-w-11 items-center justify-center text-2xl md:hidden"
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
          {feed}
        </section>
        <main className="relative min-h-0 flex-1">
          <MapView
            lang={lang}
            theme={theme}
            asOf={state.asOf}
            label={messages.mapLabel}
            selectedId={selected?.id ?? null}
            selectedKind={selected?.kind ?? null}
            selectedBbox={selected?.bbox ?? null}
            initialCamera={initialCamera}
            panelOpen={selected !== undefined || subject !== null || state.claim !== null}
            highlight={highlight}
            remoteStyleUrl={remoteStyleUrl}
            onSelectRegion={selectRegion}
            onSelectSubject={selectSubject}
            onCameraChange={onCameraChange}
            onError={onMapError}
          />
          <div className="pointer-events-none absolute bottom-8 left-14 z-10 hidden w-52 md:block">
            <MapLegend theme={theme} messages={messages} open />
          </div>
          <div className="pointer-events-none absolute top-2 right-2 z-10 flex w-56 flex-col items-end gap-2 md:hidden">
            <button
              type="button"
              onClick={() => setFeedOpen(true)}
              className="pointer-events-auto min-h-11 rounded-md border border-stone-300 bg-white px-3 text-sm font-semibold shadow dark:border-stone-600 dark:bg-stone-900"
            >
              {messages.openFeed}
            </button>
            <MapLegend theme={theme} messages={messages} open={false} />
          </div>
          {noticeKey && !dismissed ? (
            <div className="pointer-events-none absolute inset-x-0 top-2 z-20 flex justify-center px-2">
              <Notice text={messages[noticeKey]} dismissLabel={messages.dismiss} onDismiss={() => setDismissed(true)} />
            </div>
          ) : null}
          {state.claim ? (
            <ClaimPanel
              id={state.claim}
              lang={lang}
              messages={messages}
              onOpenClaim={selectClaim}
              onOpenSubject={selectSubject}
              onClose={close}
            />
          ) : subject ? (
            <SubjectPanel
              kind={subject.kind}
              id={subject.id}
              asOf={state.asOf}
              partyNames={view.partyNames}
              lang={lang}
              messages={messages}
              onClose={close}
            />
          ) : selected ? (
            <DetailsPanel
              title={selected.names[lang]}
              itemKey={selected.id}
              label={messages.panelLabel}
              closeLabel={messages.closePanel}
              onClose={close}
            >
              <RegionFacts details={regionDetails(selected, lookup, lang, messages)} messages={messages} />
              <div className="mt-5">
                <RegionClaims
                  regionId={selected.id}
                  asOf={state.asOf}
                  initialDossier={view.initialDossier}
                  partyNames={view.partyNames}
                  lang={lang}
                  messages={messages}
                />
              </div>
            </DetailsPanel>
          ) : null}
        </main>
      </div>
    </div>
  );
}
