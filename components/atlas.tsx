'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import useSWR from 'swr';
import { RegionIndexSchema, type Lang, type Region } from '@/lib/basemap/region-schema';
import { messagesFor } from '@/lib/i18n/messages';
import { regionDetails } from '@/lib/regions/region-details';
import type { Camera } from './map/map-view';
import type { RegionDossier } from '@/lib/api/region-dossier';
import type { Names } from '@/lib/domain/schemas';
import { RegionClaims } from './panels/region-claims';
import { MapLegend } from './map/map-legend';
import { DetailsPanel } from './panels/details-panel';
import { RegionFacts } from './panels/region-facts';
import { SubjectPanel } from './panels/subject-panel';
import { RegionSearch } from './region-search';
import { Notice } from './ui/notice';
import { useResolvedTheme } from './use-resolved-theme';
import { useUrlState } from './use-url-state';

const MapView = dynamic(() => import('./map/map-view'), {
  ssr: false,
  loading: () => <div className="h-full w-full animate-pulse bg-[#d5e3ee] dark:bg-[#0f1c2a]" aria-hidden="true" />,
});

/** Why the first render shows a notice: decided on the server from the link. */
export type InitialNotice = 'unknownSelection' | 'badLink' | null;

type AtlasProps = {
  /** Server-rendered heading and text: readable before any script runs. */
  header: ReactNode;
  /** The language the server chose (the link's `lang`, else the browser's Accept-Language). */
  initialLang: Lang;
  /** Region records the first render needs (the selection, its country), before the full index arrives. */
  seedRegions: Region[];
  initialNotice: InitialNotice;
  /** The selected region's dossier, rendered with the page. */
  initialDossier: RegionDossier | null;
  /** A movement or deployment id in the link that the data does not have: not opened. */
  unknownSubjectId: string | null;
  /** Names of the parties (top-level actors), for counts by party. */
  partyNames: Readonly<Record<string, Names>>;
  remoteStyleUrl: string | null;
};

async function fetchRegionIndex(url: string): Promise<Map<string, Region>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const list = RegionIndexSchema.parse(await response.json());
  return new Map(list.map((region) => [region.id, region]));
}

/** The map page: search, map and details panel, all driven by the URL state. */
export function Atlas(props: AtlasProps) {
  const { header, initialLang, seedRegions, initialNotice, initialDossier, unknownSubjectId, partyNames, remoteStyleUrl } =
    props;
  const [state, update] = useUrlState();
  const lang = state.lang ?? initialLang;
  const theme = useResolvedTheme(state.theme);
  const messages = messagesFor(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = state.theme;
  }, [lang, state.theme]);
  const { data: index } = useSWR('/basemap/regions.json', fetchRegionIndex, { revalidateOnFocus: false });
  const seed = useMemo(() => new Map(seedRegions.map((region) => [region.id, region])), [seedRegions]);
  const lookup = useCallback((id: string) => index?.get(id) ?? seed.get(id), [index, seed]);
  const regions = useMemo(() => (index ? [...index.values()] : seedRegions), [index, seedRegions]);

  const selected = state.region ? lookup(state.region) : undefined;
  const subject =
    state.movement && state.movement !== unknownSubjectId
      ? ({ kind: 'movement', id: state.movement } as const)
      : state.deployment && state.deployment !== unknownSubjectId
        ? ({ kind: 'deployment', id: state.deployment } as const)
        : null;
  const unknownSelection = state.region !== null && index !== undefined && !index.has(state.region);
  const [dismissed, setDismissed] = useState(false);
  const [mapFailed, setMapFailed] = useState(false);
  const noticeKey = mapFailed ? 'mapUnavailable' : (initialNotice ?? (unknownSelection ? 'unknownSelection' : null));

  const [initialCamera] = useState<Camera | null>(() =>
    state.center && state.zoom !== null ? { center: state.center, zoom: state.zoom } : null,
  );
  const returnFocus = useRef<Element | null>(null);

  const rememberFocus = () => {
    const active = document.activeElement;
    if (active && active !== document.body && !active.closest('[data-testid=details-panel]')) returnFocus.current = active;
  };

  const select = useCallback(
    (id: string) => {
      rememberFocus();
      update({ region: id, movement: null, deployment: null, center: null, zoom: null });
    },
    [update],
  );

  const selectSubject = useCallback(
    (kind: 'movement' | 'deployment', id: string) => {
      rememberFocus();
      update({ region: null, movement: kind === 'movement' ? id : null, deployment: kind === 'deployment' ? id : null });
    },
    [update],
  );

  const close = useCallback(() => {
    update({ region: null, movement: null, deployment: null });
    const target = returnFocus.current;
    returnFocus.current = null;
    const fallback = document.querySelector<HTMLElement>('.maplibregl-canvas');
    if (target instanceof HTMLElement && target.isConnected) target.focus();
    else fallback?.focus();
  }, [update]);

  const onCameraChange = useCallback((camera: Camera) => update(camera, 'replace'), [update]);
  const onMapError = useCallback(() => setMapFailed(true), []);

  return (
    <div className="flex h-dvh flex-col">
      <header className="z-30 flex flex-col gap-2 border-b border-stone-300 bg-white px-4 py-2 md:flex-row md:items-center md:justify-between dark:border-stone-700 dark:bg-stone-900">
        {header}
        <RegionSearch regions={regions} lookup={lookup} lang={lang} messages={messages} onSelect={select} />
      </header>
      <main className="relative min-h-0 flex-1">
        <MapView
          lang={lang}
          theme={theme}
          label={messages.mapLabel}
          selectedId={selected?.id ?? null}
          selectedKind={selected?.kind ?? null}
          selectedBbox={selected?.bbox ?? null}
          initialCamera={initialCamera}
          panelOpen={selected !== undefined || subject !== null}
          remoteStyleUrl={remoteStyleUrl}
          onSelectRegion={select}
          onSelectSubject={selectSubject}
          onCameraChange={onCameraChange}
          onError={onMapError}
        />
        <div className="pointer-events-none absolute bottom-8 left-14 z-10 hidden w-64 md:block">
          <MapLegend theme={theme} messages={messages} open />
        </div>
        <div className="pointer-events-none absolute top-2 right-2 z-10 w-56 md:hidden">
          <MapLegend theme={theme} messages={messages} open={false} />
        </div>
        {noticeKey && !dismissed ? (
          <div className="pointer-events-none absolute inset-x-0 top-2 z-20 flex justify-center px-2">
            <Notice text={messages[noticeKey]} dismissLabel={messages.dismiss} onDismiss={() => setDismissed(true)} />
          </div>
        ) : null}
        {subject ? (
          <SubjectPanel
            kind={subject.kind}
            id={subject.id}
            partyNames={partyNames}
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
                initialDossier={initialDossier}
                partyNames={partyNames}
                lang={lang}
                messages={messages}
              />
            </div>
          </DetailsPanel>
        ) : null}
      </main>
    </div>
  );
}
