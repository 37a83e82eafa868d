import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { BasemapUrls } from '@/lib/atlas/map-sources';
import type { FontFaces, Lang } from '@/lib/basemap/region-schema';
import { actorLayers, claimLayers, claimSources } from './claim-layers';

/** Layer ids that answer clicks and taps, topmost first: a province wins over the country it lies in. */
export const INTERACTIVE_LAYER_IDS = ['province-fill', 'country-fill'] as const;

/** The font stack every label uses; its files are declared in `font-faces` and served by the app itself. */
const FONT = 'Noto Sans Regular';

/** The basemap's colours in each theme; text and halo keep at least 4.5:1 against each other. */
export const PALETTES = {
  light: {
    sea: '#d5e3ee',
    land: '#f3f1ec',
    focusLand: '#ebe6dc',
    countryLine: '#8a8478',
    provinceLine: '#b7afa2',
    selectedFill: '#2f6fb3',
    selectedLine: '#1d4f86',
    text: '#2b2a27',
    halo: '#ffffff',
    city: '#4a4740',
  },
  dark: {
    sea: '#0f1c2a',
    land: '#23252a',
    focusLand: '#2c2e33',
    countryLine: '#8d8f96',
    provinceLine: '#55585f',
    selectedFill: '#5b9be0',
    selectedLine: '#9cc7f5',
    text: '#ecebe8',
    halo: '#111214',
    city: '#d7d5d0',
  },
} as const;

export type MapTheme = keyof typeof PALETTES;
type Palette = (typeof PALETTES)[MapTheme];

/** Countries whose provinces the map carries; drawn a shade darker. */
const FOCUS_COUNTRIES = ['RUS', 'UKR', 'PRK', 'KOR'];

function basemapSources(origin: string, basemap: BasemapUrls): Record<string, SourceSpecification> {
  return {
    countries: { type: 'geojson', data: `${origin}${basemap.countries}`, promoteId: 'id', tolerance: 0.5 },
    provinces: { type: 'geojson', data: `${origin}${basemap.provinces}`, promoteId: 'id', tolerance: 0.5 },
    labels: { type: 'geojson', data: `${origin}${basemap.labels}` },
  };
}

function nameIn(lang: Lang): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
}

/** Fills, borders and the selection highlight: what the map needs with any basemap underneath. */
function regionLayers(colors: Palette, underRemote: boolean): LayerSpecification[] {
  return [
    {
      id: 'country-fill',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': ['match', ['get', 'id'], FOCUS_COUNTRIES, colors.focusLand, colors.land],
        'fill-opacity': underRemote ? 0.01 : 1,
      },
    },
    {
      id: 'province-fill',
      type: 'fill',
      source: 'provinces',
      paint: { 'fill-color': colors.focusLand, 'fill-opacity': underRemote ? 0.01 : 1 },
    },
    {
      id: 'province-line',
      type: 'line',
      source: 'provinces',
      paint: { 'line-color': colors.provinceLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 1] },
    },
    {
      id: 'country-line',
      type: 'line',
      source: 'countries',
      paint: { 'line-color': colors.countryLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.7, 6, 1.6] },
    },
    {
      id: 'selected-fill',
      type: 'fill',
      source: 'provinces',
      filter: ['==', ['get', 'id'], ''],
      paint: { 'fill-color': colors.selectedFill, 'fill-opacity': 0.28 },
    },
    {
      id: 'selected-country-fill',
      type: 'fill',
      source: 'countries',
      filter: ['==', ['get', 'id'], ''],
      paint: { 'fill-color': colors.selectedFill, 'fill-opacity': 0.2 },
    },
    {
      id: 'selected-line',
      type: 'line',
      source: 'provinces',
      filter: ['==', ['get', 'id'], ''],
      paint: { 'line-color': colors.selectedLine, 'line-width': 2.5 },
    },
    {
      id: 'selected-country-line',
      type: 'line',
      source: 'countries',
      filter: ['==', ['get', 'id'], ''],
      paint: { 'line-color': colors.selectedLine, 'line-width': 2.5 },
    },
  ];
}

function labelLayers(colors: Palette, lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'city-dot',
      type: 'circle',
      source: 'labels',
      filter: ['!=', ['get', 'kind'], 'country'],
      minzoom: 2.5,
      paint: {
        'circle-radius': ['match', ['get', 'kind'], 'capital', 3.5, 2.5],
        'circle-color': colors.city,
        'circle-stroke-color': colors.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'city-label',
      type: 'symbol',
      source: 'labels',
      filter: ['!=', ['get', 'kind'], 'country'],
      minzoom: 2.5,
      layout: {
        'text-field': nameIn(lang),
        'text-font': [FONT],
        'text-size': ['match', ['get', 'kind'], 'capital', 13, 11.5],
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        'symbol-sort-key': ['get', 'rank'],
        'text-optional': true,
      },
      paint: { 'text-color': colors.text, 'text-halo-color': colors.halo, 'text-halo-width': 1.4 },
    },
    {
      id: 'country-label',
      type: 'symbol',
      source: 'labels',
      filter: ['==', ['get', 'kind'], 'country'],
      layout: {
        'text-field': nameIn(lang),
        'text-font': [FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 5, 15],
        'text-transform': 'none',
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': colors.text, 'text-halo-color': colors.halo, 'text-halo-width': 1.6 },
    },
  ];
}

/** The local basemap: no request leaves the app's own origin. */
export function localMapStyle(
  origin: string,
  lang: Lang,
  theme: MapTheme,
  /** The subjects' query: day, feed filters and lens (mapSubjectQuery). */
  subjectQuery: string,
  fontFaces: FontFaces,
  /** The basemap files' URLs (with their content versions). */
  basemap: BasemapUrls,
): StyleSpecification {
  const colors = PALETTES[theme];
  const absoluteFaces = Object.fromEntries(
    Object.entries(fontFaces).map(([family, faces]) => [
      family,
      faces.map((face) => ({ ...face, url: `${origin}${face.url}` })),
    ]),
  );
  return {
    version: 8,
    name: 'Claims Atlas (local)',
    'font-faces': absoluteFaces,
    sources: { ...basemapSources(origin, basemap), ...claimSources(origin, subjectQuery) },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': colors.sea } },
      ...regionLayers(colors, false),
      ...actorLayers(theme, lang, { font: FONT, text: colors.text, halo: colors.halo }),
      ...claimLayers(theme, colors.halo),
      ...labelLayers(colors, lang),
    ],
  };
}

/**
 * A remote basemap (BASEMAP_STYLE_URL) with the app's region layers on top, nearly transparent but still
 * answering clicks, and the selection highlight.
 */
export function remoteMapStyle(
  remote: StyleSpecification,
  origin: string,
  theme: MapTheme,
  /** The subjects' query: day, feed filters and lens (mapSubjectQuery). */
  subjectQuery: string,
  /** The basemap files' URLs (with their content versions). */
  basemap: BasemapUrls,
): StyleSpecification {
  return {
    ...remote,
    sources: { ...remote.sources, ...basemapSources(origin, basemap), ...claimSources(origin, subjectQuery) },
    layers: [
      ...remote.layers,
      ...regionLayers(PALETTES[theme], true),
      ...actorLayers(theme, 'en', null),
      ...claimLayers(theme, PALETTES[theme].halo),
    ],
  };
}

/** The filter that shows a selection highlight layer only for the selected region. */
export function selectionFilter(selectedId: string | null): ExpressionSpecification {
  return ['==', ['get', 'id'], selectedId ?? ''];
}

/** The highlight layers, by the kind of region they draw. */
export const SELECTION_LAYERS = {
  province: ['selected-fill', 'selected-line'],
  country: ['selected-country-fill', 'selected-country-line'],
} as const;
