'use client';

import * as maplibre from 'maplibre-gl';
import type { MapLayerMouseEvent, StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import MapGL, { Layer, NavigationControl, Source, type MapRef } from 'react-map-gl/maplibre';
import type { FeatureCollection, Point } from 'geojson';
import useSWR from 'swr';
import { fetchFontFaces } from '@/lib/api-client/fetchers';
import type { BasemapUrls } from '@/lib/atlas/map-sources';
import type { FontFaces, Lang } from '@/lib/basemap/region-schema';
import { fitPadding } from '@/lib/geo/fit-padding';
import { ACTOR_LAYER_ID, SUBJECT_LAYER_IDS } from './claim-layers';
import { drawClaimsImage } from './map-images';
import { PanControl } from './pan-control';
import {
  INTERACTIVE_LAYER_IDS,
  PALETTES,
  type MapTheme,
  SELECTION_LAYERS,
  localMapStyle,
  remoteMapStyle,
  selectionFilter,
} from './map-style';

/** The first view: Ukraine, Russia (to the Bering Strait) and the Korean peninsula. */
export const STORY_BOUNDS: [number, number, number, number] = [22, 33, 182, 72];

export type Camera = { center: [number, number]; zoom: number };

type MapViewProps = {
  lang: Lang;
  theme: MapTheme;
  /** What the map draws of the claims: the day, the feed's filters and the lens, as a query (mapSubjectQuery). */
  subjectQuery: string;
  /** Accessible name of the map. */
  label: string;
  /** Names of the pan buttons (the non-drag way to move the map); null: no pan buttons. */
  panLabels?: Record<'group' | 'north' | 'west' | 'east' | 'south', string> | null;
  selectedId: string | null;
  selectedKind: 'country' | 'province' | null;
  /** The bounds to frame when the selection changes. */
  selectedBbox: [number, number, number, number] | null;
  /** A camera from the URL, which wins over framing on first load. */
  initialCamera: Camera | null;
  /** Room the open details panel takes: on the right on wide screens, at the bottom on narrow ones. */
  panelOpen: boolean;
  /** Places to ring on the map: those of the claim being read. */
  highlight: FeatureCollection<Point> | null;
  /** Optional remote basemap style (BASEMAP_STYLE_URL); unset means fully local. */
  remoteStyleUrl: string | null;
  onSelectRegion: (id: string) => void;
  /** A movement or deployment drawn on the map was clicked or tapped. */
  onSelectSubject: (kind: 'movement' | 'deployment', id: string) => void;
  /** An actor's home drawn on the map was clicked or tapped: the actor the point stands for. */
  onSelectActor: (id: string) => void;
  onCameraChange: (camera: Camera) => void;
  onError: () => void;
  /**
   * The embed's hints: when the page runs in a frame, the host page scrolls past the map and Ctrl/⌘ + scroll or two
   * fingers move it (MapLibre's cooperative gestures, read when the map is created).
   */
  cooperativeGestures?: { windows: string; mac: string; mobile: string } | null;
  /** False: a still map (no pan, zoom or selection by pointer). Default true. */
  interactive?: boolean;
  /** A first frame from the link (`bbox`); a camera from the link wins over it. */
  initialBounds?: [number, number, number, number] | null;
  /** The basemap's font list, inlined by the server (else fetched from /basemap/font-faces.json). */
  fontFaces?: FontFaces | null;
  /** The basemap files' URLs, with their content versions (lib/atlas/map-sources.ts). */
  basemap: BasemapUrls;
};

/**
 * MapLibre is a static import of this module, so it sits in the map's own chunks: the page (app/page.tsx, via
 * next/dynamic) preloads them from the HTML, and the library downloads while the page's other scripts run.
 */
const mapLib = Promise.resolve(maplibre);
function loadMapLib() {
  return mapLib;
}

/** MapLibre's worker script, self-hosted (copied from maplibre-gl into public/ by scripts/build-basemap.ts). */
const WORKER_URL = '/maplibre-gl-worker.mjs';
// Start MapLibre's worker when this module first runs (during hydration: its chunk is preloaded from the HTML) rather
// than when the map is created after hydration, so the worker's download and start-up overlap React's work and the
// worker is ready to fetch the GeoJSON as soon as the style names it.
if (typeof window !== 'undefined') {
  maplibre.setWorkerUrl(WORKER_URL);
  maplibre.prewarm();
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function panelPadding(panelOpen: boolean) {
  const base = 24;
  if (!panelOpen || typeof window === 'undefined') return base;
  const wide = window.matchMedia('(min-width: 768px)').matches;
  return wide
    ? { top: base, bottom: base, left: base, right: 400 + base }
    : { top: base, left: base, right: base, bottom: Math.round(window.innerHeight * 0.5) };
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The one MapLibre map: style, camera, hit testing. The rest of the UI speaks region ids. */
export default function MapView(props: MapViewProps) {
  const { lang, theme, subjectQuery, selectedId, selectedKind, selectedBbox, panelOpen, remoteStyleUrl } = props;
  const mapRef = useRef<MapRef | null>(null);
  // Claims images (arrowheads, status badges) are drawn when the style first asks for them.
  const attachMap = useCallback((ref: MapRef | null) => {
    if (ref && mapRef.current !== ref) {
      const map = ref.getMap();
      map.setMissingStyleImageResolver((id) => {
        const image = drawClaimsImage(id);
        if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: 2 });
      });
    }
    mapRef.current = ref;
  }, []);
  const [busy, setBusy] = useState(true);
  const loaded = useRef(false);
  // The server inlines the font list into the page (props.fontFaces), so the style needs no request of its own.
  const { data: fontFaces } = useSWR(
    '/basemap/font-faces.json',
    fetchFontFaces,
    props.fontFaces ? { fallbackData: props.fontFaces, revalidateOnMount: false } : {},
  );
  const { data: remoteStyle } = useSWR(remoteStyleUrl, (url: string) =>
    fetchJson(url).then((json) => json as StyleSpecification),
  );

  const { basemap } = props;
  const mapStyle = useMemo(() => {
    const origin = window.location.origin;
    if (remoteStyleUrl) return remoteStyle ? remoteMapStyle(remoteStyle, origin, theme, subjectQuery, basemap) : null;
    return fontFaces ? localMapStyle(origin, lang, theme, subjectQuery, fontFaces, basemap) : null;
  }, [basemap, fontFaces, lang, remoteStyle, remoteStyleUrl, subjectQuery, theme]);

  const applySelection = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map || !map.isStyleLoaded()) return;
    for (const kind of ['province', 'country'] as const) {
      const filter = selectionFilter(kind === selectedKind ? selectedId : null);
      for (const layer of SELECTION_LAYERS[kind]) if (map.getLayer(layer)) map.setFilter(layer, filter);
    }
  }, [selectedId, selectedKind]);

  useEffect(applySelection, [applySelection]);

  // Whether the first view is framed: by the map's constructor, the link's camera, a selection, or the reader.
  const framed = useRef(false);
  /**
   * The map frames the first view in its constructor (`initialViewState`), but a map with no size yet, or smaller than
   * a panel's padding (an embed on a phone), cannot fit the bounds there and keeps MapLibre's default camera (zoom 0
   * over the Gulf of Guinea). Once loaded, and on each resize until it succeeds, this frames it again with padding
   * that fits.
   */
  const frameFirstView = () => {
    const map = mapRef.current?.getMap();
    if (!map || framed.current) return;
    const { lng, lat } = map.getCenter();
    const unframed = map.getZoom() === 0 && lng === 0 && lat === 0;
    if (props.initialCamera || !unframed) {
      framed.current = true;
      return;
    }
    const bounds = props.initialBounds ?? selectedBbox ?? STORY_BOUNDS;
    const { clientWidth, clientHeight } = map.getContainer();
    const padding = fitPadding(panelPadding(panelOpen), clientWidth, clientHeight);
    if (clientWidth === 0 || clientHeight === 0 || !map.cameraForBounds(bounds, { padding })) return;
    framed.current = true;
    map.fitBounds(bounds, { padding, duration: 0 });
  };

  const framedOnce = useRef(false);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !selectedBbox) return;
    if (!framedOnce.current) {
      framedOnce.current = true;
      if (props.initialCamera || props.initialBounds) return;
    }
    framed.current = true;
    map.fitBounds(selectedBbox, { padding: panelPadding(panelOpen), duration: prefersReducedMotion() ? 0 : 700 });
    // Framing follows the selection only; a panel opening or closing does not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedBbox]);

  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      const id = feature?.properties?.id;
      if (typeof id !== 'string') return;
      const layer = feature?.layer.id;
      if (layer === 'movement-hit') props.onSelectSubject('movement', id);
      else if (layer === 'deployment-circle') props.onSelectSubject('deployment', id);
      else if (layer === ACTOR_LAYER_ID) props.onSelectActor(id);
      else props.onSelectRegion(id);
    },
    [props],
  );

  if (!mapStyle) {
    return <div className="h-full w-full animate-pulse" style={{ background: PALETTES[theme].sea }} aria-hidden="true" />;
  }

  const initialViewState = props.initialCamera
    ? { longitude: props.initialCamera.center[0], latitude: props.initialCamera.center[1], zoom: props.initialCamera.zoom }
    : { bounds: props.initialBounds ?? selectedBbox ?? STORY_BOUNDS, fitBoundsOptions: { padding: panelPadding(panelOpen) } };

  return (
    // MapLibre's canvas is the named region (locale 'Map.Title'); the wrapper says when the map is still drawing.
    <div aria-busy={busy} className="h-full w-full" data-testid="map">
      <MapGL
        ref={attachMap}
        mapLib={loadMapLib()}
        workerUrl={WORKER_URL}
        mapStyle={mapStyle}
        initialViewState={initialViewState}
        interactiveLayerIds={[...SUBJECT_LAYER_IDS, ACTOR_LAYER_ID, ...INTERACTIVE_LAYER_IDS]}
        onClick={onClick}
        onLoad={() => {
          loaded.current = true;
          applySelection();
          frameFirstView();
        }}
        onResize={frameFirstView}
        onStyleData={applySelection}
        onMoveStart={() => setBusy(true)}
        onIdle={() => setBusy(false)}
        onMoveEnd={(event) => {
          // Only the reader's own moves (a drag, the wheel, keys, the zoom and pan buttons) go into the link: framing
          // and resizing move the camera too, and a link should not pin a view the reader never chose.
          if (!event.originalEvent) return;
          framed.current = true;
          const { lng, lat } = event.target.getCenter();
          props.onCameraChange({ center: [lng, lat], zoom: event.target.getZoom() });
        }}
        onError={(event) => {
          // Errors after the first load (a file that failed once) leave a working map; only a map that never
          // started is reported.
          if (!loaded.current) props.onError();
          console.error(event.error);
        }}
        locale={{
          'Map.Title': props.label,
          ...(props.cooperativeGestures
            ? {
                'CooperativeGesturesHandler.WindowsHelpText': props.cooperativeGestures.windows,
                'CooperativeGesturesHandler.MacHelpText': props.cooperativeGestures.mac,
                'CooperativeGesturesHandler.MobileHelpText': props.cooperativeGestures.mobile,
              }
            : {}),
        }}
        cooperativeGestures={Boolean(props.cooperativeGestures) && window.parent !== window}
        interactive={props.interactive ?? true}
        dragRotate={false}
        touchPitch={false}
        pitchWithRotate={false}
        minZoom={0}
        maxZoom={10}
        style={{ width: '100%', height: '100%' }}
        cursor="pointer"
        attributionControl={{ compact: true, customAttribution: 'Boundaries: Natural Earth · Cities: GeoNames' }}
      >
        {props.interactive === false ? null : <NavigationControl showCompass={false} position="bottom-left" />}
        {props.interactive === false || !props.panLabels ? null : <PanControl labels={props.panLabels} />}
        {props.highlight ? (
          <Source id="highlight" type="geojson" data={props.highlight}>
            <Layer
              id="highlight-ring"
              type="circle"
              paint={{
                'circle-radius': 10,
                'circle-color': 'rgba(0,0,0,0)',
                'circle-stroke-color': PALETTES[theme].selectedLine,
                'circle-stroke-width': 3,
              }}
            />
          </Source>
        ) : null}
      </MapGL>
    </div>
  );
}
