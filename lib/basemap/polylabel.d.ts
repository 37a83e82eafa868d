/** Types for `polylabel` 2.x, which ships none: the pole of inaccessibility of a polygon (GeoJSON-style rings). */
declare module 'polylabel' {
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
