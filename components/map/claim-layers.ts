import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { claimData } from '@/lib/atlas/map-sources';
import type { Lang } from '@/lib/basemap/region-schema';
import { STATUSES, type Status } from '@/lib/domain/status';
import type { MapTheme } from './map-style';

/**
 * The claims layers: movements as directed lines and deployments as circles scaled by their latest estimate. Each
 * status has its own dash pattern and icon as well as colour (never colour alone); the legend shows the same.
 */

/** Colour, dash pattern and icon of each status, per theme; lines and icons keep 3:1 against the basemap. */
export const STATUS_STYLES: Record<Status, { color: Record<MapTheme, string>; dash: number[]; icon: StatusIcon }> = {
  confirmed: { color: { light: '#047857', dark: '#34d399' }, dash: [1, 0], icon: 'check' },
  corroborated: { color: { light: '#0369a1', dark: '#38bdf8' }, dash: [4, 2], icon: 'diamond' },
  reported: { color: { light: '#57534e', dark: '#d6d3d1' }, dash: [1.5, 1.5], icon: 'ring' },
  contested: { color: { light: '#b45309', dark: '#fbbf24' }, dash: [4, 1.5, 1, 1.5], icon: 'warning' },
  retracted: { color: { light: '#78716c', dark: '#a8a29e' }, dash: [0.5, 2], icon: 'cross' },
};

export type StatusIcon = 'check' | 'diamond' | 'ring' | 'warning' | 'cross';

/** Layers that answer clicks on movements and deployments, topmost first. */
export const SUBJECT_LAYER_IDS = ['deployment-circle', 'movement-hit'] as const;

/** The layer that answers clicks on actors' homes: a wide invisible disc, so a finger can hit the small marker. */
export const ACTOR_LAYER_ID = 'actor-hit';

/** The image of an actor's home (a square, unlike any status badge), drawn by map-images.ts. */
export function actorImageId(theme: MapTheme): string {
  return `claims-actor-${theme}`;
}

/**
 * The claims sources, read from the app's own API; `query` (lib/claims/feed-query.ts's mapSubjectQuery) carries the
 * day, the feed's filters and the lens, so the map draws what the list shows.
 */
export function claimSources(origin: string, query: string): Record<string, SourceSpecification> {
  const data = claimData(query);
  return {
    movements: { type: 'geojson', data: `${origin}${data.movements}`, promoteId: 'id' },
    deployments: { type: 'geojson', data: `${origin}${data.deployments}` },
    actors: { type: 'geojson', data: `${origin}${data.actors}`, promoteId: 'id' },
  };
}

/** A `match` on the feature's status, one output per status. */
function matchStatus(output: (status: Status) => string, fallback: string): ExpressionSpecification {
  return [
    'match',
    ['get', 'status'],
    'confirmed', output('confirmed'),
    'corroborated', output('corroborated'),
    'reported', output('reported'),
    'contested', output('contested'),
    'retracted', output('retracted'),
    fallback,
  ];
}

const byStatus = (theme: MapTheme) => matchStatus((status) => STATUS_STYLES[status].color[theme], '#888888');

/** Images are drawn on demand (map-images.ts) under ids that say what to draw: `claims-<shape>-<theme>-<status>`. */
export function imageId(shape: 'arrow' | 'badge', theme: MapTheme, status: Status): string {
  return `claims-${shape}-${theme}-${status}`;
}

const imageByStatus = (shape: 'arrow' | 'badge', theme: MapTheme) =>
  matchStatus((status) => imageId(shape, theme, status), imageId(shape, theme, 'reported'));

/** Square root of the latest estimate (upper bound when a range), so a circle's area follows the number. */
const ESTIMATE_ROOT: ExpressionSpecification = ['sqrt', ['coalesce', ['get', 'estimateMax'], ['get', 'estimateMin'], 0]];

/**
 * The actors' homes: a square marker per home place (one point stands for every actor based there, see docs/api.md),
 * a wide invisible disc that takes the clicks, and, when `label` gives a font and colours, the name of the actor the
 * point stands for in the UI language, with "+N" when N more actors share the place. Drawn under the claims layers,
 * so a movement or deployment on top of a capital still wins the click.
 */
export function actorLayers(
  theme: MapTheme,
  lang: Lang,
  label: { font: string; text: string; halo: string } | null,
): LayerSpecification[] {
  const others: ExpressionSpecification = ['get', 'othersCount'];
  const layers: LayerSpecification[] = [
    {
      id: ACTOR_LAYER_ID,
      type: 'circle',
      source: 'actors',
      paint: { 'circle-radius': 22, 'circle-color': '#000000', 'circle-opacity': 0, 'circle-stroke-width': 0 },
    },
    {
      id: 'actor-marker',
      type: 'symbol',
      source: 'actors',
      layout: {
        'icon-image': actorImageId(theme),
        'icon-size': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 6, 0.8],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
  ];
  if (!label) return layers;
  return [
    ...layers,
    {
      id: 'actor-label',
      type: 'symbol',
      source: 'actors',
      minzoom: 2.5,
      layout: {
        'text-field': [
          'concat',
          ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']],
          ['case', ['>', others, 0], ['concat', ' +', ['to-string', others]], ''],
        ],
        'text-font': [label.font],
        'text-size': 12,
        'text-anchor': 'bottom',
        'text-offset': [0, -0.8],
        'text-max-width': 9,
        'text-optional': true,
      },
      paint: { 'text-color': label.text, 'text-halo-color': label.halo, 'text-halo-width': 1.6 },
    },
  ];
}

/** The claims layers, above the basemap and below its labels. */
export function claimLayers(theme: MapTheme, halo: string): LayerSpecification[] {
  const lines: LayerSpecification[] = STATUSES.map((status) => ({
    id: `movement-line-${status}`,
    type: 'line',
    source: 'movements',
    filter: ['==', ['get', 'status'], status],
    layout: { 'line-cap': 'butt', 'line-join': 'round' },
    paint: {
      'line-color': STATUS_STYLES[status].color[theme],
      'line-width': ['interpolate', ['linear'], ['zoom'], 2, 2, 6, 3.5],
      'line-dasharray': STATUS_STYLES[status].dash,
      'line-opacity': status === 'retracted' ? 0.7 : 1,
    },
  }));
  return [
    {
      id: 'movement-casing',
      type: 'line',
      source: 'movements',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': halo, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 4, 6, 6.5], 'line-opacity': 0.8 },
    },
    ...lines,
    {
      id: 'movement-arrow',
      type: 'symbol',
      source: 'movements',
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 70,
        'icon-image': imageByStatus('arrow', theme),
        'icon-size': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 6, 0.75],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      // A wide, invisible line so a finger can hit a thin movement.
      id: 'movement-hit',
      type: 'line',
      source: 'movements',
      paint: { 'line-color': '#000000', 'line-width': 16, 'line-opacity': 0 },
    },
    {
      id: 'deployment-circle',
      type: 'circle',
      source: 'deployments',
      paint: {
        'circle-radius': ['interpolate', ['linear'], ESTIMATE_ROOT, 0, 8, 100, 16, 200, 26],
        'circle-color': byStatus(theme),
        'circle-opacity': 0.25,
        'circle-stroke-color': byStatus(theme),
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: 'deployment-icon',
      type: 'symbol',
      source: 'deployments',
      layout: {
        'icon-image': imageByStatus('badge', theme),
        'icon-size': 0.75,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    // Under a lens: ⊖ beside what another party denies (the features carry `deniedByOthers` only under a lens).
    {
      id: 'deployment-denied',
      type: 'symbol',
      source: 'deployments',
      filter: ['==', ['get', 'deniedByOthers'], true],
      layout: {
        'icon-image': deniedImageId(theme),
        'icon-size': 0.6,
        'icon-offset': [30, -30],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: 'movement-denied',
      type: 'symbol',
      source: 'movements',
      filter: ['==', ['get', 'deniedByOthers'], true],
      layout: {
        'symbol-placement': 'line-center',
        'icon-image': deniedImageId(theme),
        'icon-size': 0.55,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
  ];
}

/** The image of the lens's "denied by another party" mark (⊖), drawn by map-images.ts. */
export function deniedImageId(theme: MapTheme): string {
  return `claims-denied-${theme}`;
}
