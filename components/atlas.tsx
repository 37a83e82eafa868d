'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import useSWR from 'swr';
import { fetchClaim } from '@/lib/api-client/fetchers';
import { placeFeatures } from '@/lib/claims/place-features';
import { appliedFilters, type InitialView } from '@/lib/atlas/initial-view';
import type { Lang } from '@/lib/basemap/region-schema';
import { mapSubjectQuery, type FeedFilters } from '@/lib/claims/feed-query';
import { EMBED_PARAMS, selectionHref, type EmbedOptions } from '@/lib/embed/embed-link';
import type { Command } from '@/lib/embed/messages';
import { selectionOf, selectionPatch } from '@/lib/embed/protocol';
import { messagesFor } from '@/lib/i18n/messages';
import type { UrlState } from '@/lib/url-state';
import { serializeUrlState } from '@/lib/url-state-query';
import { EmbedAttribution, EmbedTitleBar } from './embed/embed-chrome';
import { LensPanel } from './lens/lens-panel';
import { MapItems } from './map/map-items';
import { useEmbedMessaging } from './embed/use-embed-messaging';
import { MapLegend } from './map/map-legend';
import { OpenActorContext } from './claims/actor-link';
import { ClaimHrefContext } from './claims/claim-href';
import { SheetHandle, sheetClass, type SheetState } from './feed/feed-sheet';
import type { Camera } from './map/map-view';
import { Notice } from './ui/notice';
import { useActorList } from './use-actor-list';
import { useMapSubjects } from './use-map-subjects';
import { useRegionIndex } from './use-region-index';
import { useResolvedTheme } from './use-resolved-theme';
import { useSelection } from './use-selection';
import { useUrlState } from './use-url-state';

// Panels, feed, timeline, search and share load as their own chunks, when a view first shows them: the embed, which
// shows fewer of them, loads fewer. Each still renders on the server, so the text arrives before any script.
const ClaimsFeed = dynamic(() => import('./feed/claims-feed').then((m) => m.ClaimsFeed));
const ClaimPanel = dynamic(() => import('./panels/claim-panel').then((m) => m.ClaimPanel));
const RegionClaims = dynamic(() => import('./panels/region-claims').then((m) => m.RegionClaims));
const SubjectPanel = dynamic(() => import('./panels/subject-panel').then((m) => m.SubjectPanel));
const ActorPanel = dynamic(() => import('./panels/actor-panel').then((m) => m.ActorPanel));
const RegionSearch = dynamic(() => import('./region-search').then((m) => m.RegionSearch));
const ShareDialog = dynamic(() => import('./share-dialog').then((m) => m.ShareDialog));
const AsOfControl = dynamic(() => import('./timeline/as-of-control').then((m) => m.AsOfControl));
// So does a region's panel, like the other panels: only a selected region shows it.
const DetailsPanel = dynamic(() => import('./panels/details-panel').then((m) => m.DetailsPanel));
const RegionFactsOf = dynamic(() => import('./panels/region-facts').then((m) => m.RegionFactsOf));

const NO_ORIGINS: readonly string[] = [];

// Every page with an atlas shows its map: in the browser, start loading the map's module (MapLibre, whose chunks the
// HTML preloads) as this module runs, before hydration, rather than when hydration reaches the map. Its worker then
// starts (map-view.tsx) while React hydrates the text. The loader below imports the same module, so it is loaded once.
if (typeof window !== 'undefined') void import('./map/map-view');

const MapView = dynamic(() => import('./map/map-view'), {
  ssr: false,
  loading: () => <div className="h-full w-full animate-pulse bg-[#d5e3ee] dark:bg-[#0f1c2a]" aria-hidden="true" />,
});

type AtlasProps = {
  /** Server-rendered heading and text: readable before any script runs. */
  header: ReactNode;
  /** The language the server chose (the link's `lang`, else the browser's Accept-Language). */
  initialLang: Lang;
  /** The URL state the server parsed from the page's link (the browser's parser loads after hydration). */
  initialState: UrlState;
  view: InitialView;
  remoteStyleUrl: string | null;
  /** Set on `/embed`: the embed's options and who may command it (docs/embed.md). */
  embed?: { options: EmbedOptions; commandOrigins: readonly string[] };
};

/** The map page: search, timeline, claims feed, map and details panel, all driven by the URL state. */
export function Atlas({ header, initialLang, initialState, view, remoteStyleUrl, embed }: AtlasProps) {
  const embedded = embed !== undefined;
  const [state, writeUrl] = useUrlState(initialState, embedded ? EMBED_PARAMS : undefined);
  // An embed never adds entries to the host page's history: Back leaves the article, it does not replay the map.
  const update = useCallback(
    (patch: Partial<UrlState>, mode?: 'push' | 'replace') => writeUrl(patch, embedded ? 'replace' : mode),
    [embedded, writeUrl],
  );
  const lang = state.lang ?? initialLang;
  const theme = useResolvedTheme(state.theme);
  const messages = messagesFor(lang);
  const { lookup, regions, loaded } = useRegionIndex(view.seedRegions, view.basemap.regions);
  const { selectRegion, selectSubject, selectClaim, selectActor, close } = useSelection(update);
  // The feed on phones is a bottom sheet: closed, collapsed, half or full height (components/feed/feed-sheet.tsx).
  const [sheet, setSheet] = useState<SheetState>('closed');
  const setFeedOpen = useCallback((open: boolean) => setSheet(open ? 'half' : 'closed'), []);
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
  // The claimant lens (a link's unknown actor is ignored); a second lens only beside a first.
  const { filters, lens, lens2 } = appliedFilters(state, view);
  const subjectQuery = mapSubjectQuery(filters, lens);
  const subjectQuery2 = lens2 === null ? null : mapSubjectQuery(filters, lens2);
  const { subjects: mapSubjects } = useMapSubjects(subjectQuery);
  const { actors } = useActorList();
  const actorName = useCallback(
    (id: string) => actors?.find((actor) => actor.id === id)?.names[lang] ?? view.partyNames[id]?.[lang] ?? id,
    [actors, lang, view.partyNames],
  );

  // The claim being read (the panel fetches it under the same key, so this is no second request) rings its places.
  const { data: openClaim } = useSWR(state.claim ? `/api/v1/claims/${encodeURIComponent(state.claim)}` : null, fetchClaim, {
    fallbackData: view.initialClaim?.id === state.claim ? view.initialClaim : undefined,
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
  const highlight = useMemo(() => (state.claim && openClaim ? placeFeatures(openClaim.places) : null), [state.claim, openClaim]);

  const onCameraChange = useCallback((camera: Camera) => update(camera, 'replace'), [update]);
  const onAsOfChange = useCallback((asOf: string | null, mode: 'push' | 'replace') => update({ asOf }, mode), [update]);
  const onFiltersChange = useCallback((patch: Partial<FeedFilters>) => update(patch, 'replace'), [update]);
  const onMapError = useCallback(() => setMapFailed(true), []);
  // A claimant's name opens its panel; from the feed sheet, the sheet makes way for the panel.
  const openActor = useCallback(
    (id: string) => {
      selectActor(id);
      setSheet((current) => (current === 'closed' ? current : 'collapsed'));
    },
    [selectActor],
  );
  const ignoreCamera = useCallback(() => undefined, []);
  // A claim's "Open claim" link: this view with the claim selected, on the full map or in the same embed.
  const embedOptions = embed?.options ?? null;
  const claimHref = useCallback(
    (id: string) => selectionHref(state, { kind: 'claim', target: id }, embedOptions),
    [state, embedOptions],
  );

  const rootRef = useRef<HTMLDivElement>(null);
  const onCommand = useCallback(
    (command: Command) =>
      update(
        {
          ...(command.select !== undefined ? selectionPatch(command.select) : {}),
          ...(command.asOf !== undefined ? { asOf: command.asOf } : {}),
        },
        'replace',
      ),
    [update],
  );
  useEmbedMessaging({
    enabled: embedded,
    id: embed?.options.id ?? '',
    root: rootRef,
    selection: selectionOf(state),
    commandOrigins: embed?.commandOrigins ?? NO_ORIGINS,
    onCommand,
  });
  const showFeed = !embed || embed.options.feed;
  const showLegend = !embed || embed.options.legend;
  const showTimeline = !embed || embed.options.timeline;

  // What every map of the page shares (two maps when comparing lenses).
  const mapProps = {
    lang,
    theme,
    panLabels: messages.view.pan,
    selectedId: selected?.id ?? null,
    selectedKind: selected?.kind ?? null,
    selectedBbox: selected?.bbox ?? null,
    initialCamera,
    highlight,
    remoteStyleUrl,
    fontFaces: view.fontFaces,
    basemap: view.basemap,
    onSelectRegion: selectRegion,
    onSelectSubject: selectSubject,
    onSelectActor: selectActor,
    onError: onMapError,
    cooperativeGestures: embedded
      ? { windows: messages.embed.gestureWindows, mac: messages.embed.gestureMac, mobile: messages.embed.gestureMobile }
      : null,
    interactive: embed?.options.interactive ?? true,
    initialBounds: embed?.options.bbox ?? null,
  };

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
    // The embed's height follows its width (the host sizes the frame from its height messages); the app fills the window.
    <OpenActorContext value={openActor}>
    <ClaimHrefContext value={claimHref}>
    <div ref={rootRef} className={embedded ? 'flex flex-col' : 'flex h-dvh flex-col'}>
      {embedded ? (
        <EmbedTitleBar title={header} fullMapHref={`/${serializeUrlState(state)}`} messages={messages} />
      ) : (
        <header className="z-30 flex flex-col gap-2 border-b border-stone-300 bg-white px-4 py-2 md:flex-row md:items-center md:justify-between dark:border-stone-700 dark:bg-stone-900">
          {header}
          <div className="flex items-center gap-2 md:w-[28rem]">
            <RegionSearch regions={regions} lookup={lookup} lang={lang} messages={messages} onSelect={selectRegion} />
            <ShareDialog messages={messages} state={state} />
          </div>
        </header>
      )}
      {showTimeline ? (
        <AsOfControl timeline={view.timeline} asOf={state.asOf} lang={lang} messages={messages} onChange={onAsOfChange} />
      ) : null}
      <div className={embedded ? 'flex h-[clamp(280px,62.5vw,640px)]' : 'flex min-h-0 flex-1'}>
        {showFeed ? (
        <section
          aria-labelledby="feed-heading"
          className={`${sheetClass(sheet)} flex-col overflow-y-auto border-stone-300 bg-white p-3 md:static md:z-auto md:flex md:h-auto md:w-[360px] md:shrink-0 md:rounded-none md:border-r md:shadow-none dark:border-stone-700 dark:bg-stone-900`}
        >
          <SheetHandle state={sheet} messages={messages} onChange={setSheet} />
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
          {embedded ? null : (
            <LensPanel
              lens={lens}
              lens2={lens2}
              queries={{ lens: subjectQuery, lens2: subjectQuery2 ?? '' }}
              actors={actors}
              actorName={actorName}
              lang={lang}
              messages={messages}
              onChange={(patch) => update(patch, 'replace')}
              onSelectSubject={selectSubject}
            />
          )}
          {feed}
        </section>
        ) : null}
        <main className={`relative min-h-0 flex-1 ${lens2 ? 'flex flex-col md:flex-row' : ''}`}>
          {/* Comparing two lenses, each map has its own box and caption; otherwise the wrapper takes no box at all. */}
          <div className={lens2 ? LENS_BOX : 'contents'}>
          {lens2 ? <LensCaption text={messages.view.lensCaption(actorName(lens ?? ''))} /> : null}
          <MapView
            {...mapProps}
            subjectQuery={subjectQuery}
            label={messages.mapLabel}
            panelOpen={selected !== undefined || subject !== null || state.claim !== null || (state.actor !== null && state.actor !== unknownId)}
            onCameraChange={onCameraChange}
          />
          </div>
          {subjectQuery2 !== null ? (
            <div className={`${LENS_BOX} border-t-4 border-stone-300 md:border-t-0 md:border-l-4 dark:border-stone-600`}>
              <LensCaption text={messages.view.lensCaption(actorName(lens2 ?? ''))} />
              {/* The second lens's map: the same view, its own query; the link's camera follows the first map only. */}
              <MapView
                {...mapProps}
                subjectQuery={subjectQuery2}
                label={`${messages.mapLabel}: ${messages.view.lensCaption(actorName(lens2 ?? ''))}`}
                panelOpen={false}
                onCameraChange={ignoreCamera}
              />
            </div>
          ) : null}
          {embedded ? null : (
            <div
              className={`pointer-events-none absolute ${lens2 ? 'top-10' : 'top-2'} left-2 z-10 w-72 max-w-[calc(100%-9rem)] md:max-w-[calc(100%-1rem)]`}
            >
              <MapItems
                subjects={mapSubjects}
                partyName={actorName}
                lang={lang}
                messages={messages}
                onSelectSubject={selectSubject}
                onSelectActor={selectActor}
              />
            </div>
          )}
          {showLegend ? (
            <div className="pointer-events-none absolute bottom-8 left-14 z-10 hidden w-52 md:block">
              <MapLegend theme={theme} messages={messages} open lens={lens !== null} />
            </div>
          ) : null}
          <div
            className={`pointer-events-none absolute ${lens2 ? 'top-10' : 'top-2'} right-2 z-10 flex w-56 flex-col items-end gap-2 md:hidden`}
          >
            {showFeed ? (
              <button
                type="button"
                onClick={() => setFeedOpen(true)}
                className="pointer-events-auto min-h-11 rounded-md border border-stone-300 bg-white px-3 text-sm font-semibold shadow dark:border-stone-600 dark:bg-stone-900"
              >
                {messages.openFeed}
              </button>
            ) : null}
            {showLegend ? <MapLegend theme={theme} messages={messages} open={false} lens={lens !== null} /> : null}
          </div>
          {noticeKey && !dismissed ? (
            <div className="pointer-events-none absolute inset-x-0 top-2 z-20 flex justify-center px-2">
              <Notice text={messages[noticeKey]} dismissLabel={messages.dismiss} onDismiss={() => setDismissed(true)} />
            </div>
          ) : null}
          {state.claim ? (
            <ClaimPanel
              id={state.claim}
              initialClaim={view.initialClaim}
              lang={lang}
              messages={messages}
              onOpenClaim={selectClaim}
              onOpenSubject={selectSubject}
              onClose={close}
            />
          ) : state.actor && state.actor !== unknownId ? (
            <ActorPanel
              id={state.actor}
              asOf={state.asOf}
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
              <RegionFactsOf region={selected} lookup={lookup} lang={lang} messages={messages} />
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
      {embedded ? <EmbedAttribution messages={messages} /> : null}
    </div>
    </ClaimHrefContext>
    </OpenActorContext>
  );
}

/** Comparing two lenses: each map in its own box, its caption in a bar above it. */
const LENS_BOX = 'relative grid min-h-0 flex-1 grid-rows-[auto_minmax(0,1fr)]';

/** The name of a lens above its map, in comparison mode. */
function LensCaption({ text }: { text: string }) {
  return (
    <p className="border-b border-stone-300 bg-stone-50 px-3 py-1 text-sm font-semibold dark:border-stone-700 dark:bg-stone-900">
      {text}
    </p>
  );
}
