'use client';

import type { MapLayerMouseEvent, StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import MapGL, { Layer, NavigationControl, Source, type MapRef } from 'react-map-gl/maplibre';
import type { FeatureCollection, Point } from 'geojson';
import useSWR from 'swr';
import { FontFacesSchema, type Lang } from '@/lib/basemap/region-schema';
import { SUBJECT_LAYER_IDS } from './claim-layers';
import { drawClaimsImage } from './map-images';
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
  /** The day whose claims the map draws; null: the latest. */
  asOf: string | null;
  /** Accessible name of the map. */
  label: string;
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
  onCameraChange: (camera: Camera) => void;
  onError: () => void;
};

let mapLib: Promise<typeof import('maplibre-gl')> | undefined;
/** MapLibre is loaded once per page, starting as soon as this module runs: in parallel with the style's font list. */
function loadMapLib() {
  mapLib ??= import('maplibre-gl');
  return mapLib;
}
if (typeof window !== 'undefined') void loadMapLib();

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
  const { lang, theme, asOf, selectedId, selectedKind, selectedBbox, panelOpen, remoteStyleUrl } = props;
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
  const { data: fontFaces } = useSWR('/basemap/font-faces.json', (url: string) =>
    fetchJson(url).then((json) => FontFacesSchema.parse(json)),
  );
  const { data: remoteStyle } = useSWR(remoteStyleUrl, (url: string) =>
    fetchJson(url).then((json) => json as StyleSpecification),
  );

  const mapStyle = useMemo(() => {
    const origin = window.location.origin;
    if (remoteStyleUrl) return remoteStyle ? remoteMapStyle(remoteStyle, origin, theme, asOf) : null;
    return fontFaces ? localMapStyle(origin, lang, theme, asOf, fontFaces) : null;
  }, [asOf, fontFaces, lang, remoteStyle, remoteStyleUrl, theme]);

  const applySelection = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map || !map.isStyleLoaded()) return;
    for (const kind of ['province', 'country'] as const) {
      const filter = selectionFilter(kind === selectedKind ? selectedId : null);
      for (const layer of SELECTION_LAYERS[kind]) if (map.getLayer(layer)) map.setFilter(layer, filter);
    }
  }, [selectedId, selectedKind]);

  useEffect(applySelection, [applySelection]);

  const framedOnce = useRef(false);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !selectedBbox) return;
    if (!framedOnce.current) {
      framedOnce.current = true;
      if (props.initialCamera) return;
    }
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
      else props.onSelectRegion(id);
    },
    [props],
  );

  if (!mapStyle) {
    return <div className="h-full w-full animate-pulse" style={{ background: PALETTES[theme].sea }} aria-hidden="true" />;
  }

  const initialViewState = props.initialCamera
    ? { longitude: props.initialCamera.center[0], latitude: props.initialCamera.center[1], zoom: props.initialCamera.zoom }
    : { bounds: selectedBbox ?? STORY_BOUNDS, fitBoundsOptions: { padding: panelPadding(panelOpen) } };

  return (
    // MapLibre's canvas is the named region (locale 'Map.Title'); the wrapper says when the map is still drawing.
    <div aria-busy={busy} className="h-full w-full" data-testid="map">
      <MapGL
        ref={attachMap}
        mapLib={loadMapLib()}
        workerUrl="/maplibre-gl-worker.mjs"
        mapStyle={mapStyle}
        initialViewState={initialViewState}
        interactiveLayerIds={[...SUBJECT_LAYER_IDS, ...INTERACTIVE_LAYER_IDS]}
        onClick={onClick}
        onLoad={() => {
          loaded.current = true;
          applySelection();
        }}
        onStyleData={applySelection}
        onMoveStart={() => setBusy(true)}
        onIdle={() => setBusy(false)}
        onMoveEnd={(event) => {
          const { lng, lat } = event.target.getCenter();
          props.onCameraChange({ center: [lng, lat], zoom: event.target.getZoom() });
        }}
        onError={(event) => {
          // Errors after the first load (a file that failed once) leave a working map; only a map that never
          // started is reported.
          if (!loaded.current) props.onError();
          console.error(event.error);
        }}
        locale={{ 'Map.Title': props.label }}
        dragRotate={false}
        touchPitch={false}
        pitchWithRotate={false}
        minZoom={0}
        maxZoom={10}
        style={{ width: '100%', height: '100%' }}
        cursor="pointer"
        attributionControl={{ compact: true, customAttribution: 'Boundaries: Natural Earth · Cities: GeoNames' }}
      >
        <NavigationControl showCompass={false} position="bottom-left" />
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
