// The benchmark's baseline: MapLibre GL JS alone, with the self-hosted worker the app uses, drawing the GeoJSON
// files named in the query (`src`, repeated) as fill, line and circle layers, framed on `bounds` with `padding`.
// When the map first goes idle it sets `window.__benchIdle` (ms since navigation) and marks the map
// `aria-busy="false"`, as the app's map does.
import { Map, setWorkerUrl } from './maplibre-gl.mjs';

const params = new URLSearchParams(window.location.search);
const bounds = (params.get('bounds') ?? '22,33,182,72').split(',').map(Number);
const padding = Number(params.get('padding') ?? '0');
setWorkerUrl(params.get('worker') ?? '/maplibre-gl-worker.mjs');

const POLYGONS = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const POINTS = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];

const style = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#d5e3ee' } }],
};
params.getAll('src').forEach((url, index) => {
  const id = `source-${index}`;
  style.sources[id] = { type: 'geojson', data: new URL(url, window.location.href).href };
  style.layers.push(
    { id: `${id}-fill`, type: 'fill', source: id, filter: POLYGONS, paint: { 'fill-color': '#f3f1ec' } },
    { id: `${id}-line`, type: 'line', source: id, filter: ['!', POINTS], paint: { 'line-color': '#8a8478', 'line-width': 1 } },
    { id: `${id}-circle`, type: 'circle', source: id, filter: POINTS, paint: { 'circle-radius': 4, 'circle-color': '#b45309' } },
  );
});

const container = document.getElementById('map');
const map = new Map({ container, style, bounds, fitBoundsOptions: { padding }, minZoom: 0, maxZoom: 10 });
map.once('idle', () => {
  window.__benchIdle = performance.now();
  container.setAttribute('aria-busy', 'false');
});
map.on('error', (event) => console.error(event.error));
