'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import Map from 'react-map-gl/maplibre';

/**
 * The first-load JavaScript baseline of the benchmark: a Next page holding only a react-map-gl Map (built in a temp
 * folder by scripts/bench/minimal-app.ts; never a route of the app).
 */
export default function MinimalMapPage() {
  return (
    <Map
      initialViewState={{ bounds: [22, 33, 182, 72] }}
      mapStyle={{ version: 8, sources: {}, layers: [{ id: 'background', type: 'background' }] }}
      style={{ width: '100vw', height: '100vh' }}
    />
  );
}
