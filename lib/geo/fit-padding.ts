/** Padding around framed bounds, in pixels, side by side (MapLibre's `PaddingOptions`). */
export type Padding = { top: number; bottom: number; left: number; right: number };

/** The share of the map's width and of its height the padding may take at most: the rest shows the framed bounds. */
const MAX_PADDED_SHARE = 0.5;

/**
 * `padding` shrunk, keeping its proportions, so that it takes at most half of the map's width and half of its height.
 * A panel's padding is sized for the window (a 400 px panel, half the screen for a sheet), and a map in a small frame
 * (an embed on a phone) can be smaller than that: MapLibre then cannot fit the bounds at all and stays at zoom 0 over
 * the Gulf of Guinea.
 */
export function fitPadding(padding: number | Padding, width: number, height: number): Padding {
  const sides = typeof padding === 'number' ? { top: padding, bottom: padding, left: padding, right: padding } : padding;
  const shrink = (a: number, b: number, size: number): [number, number] => {
    const room = Math.max(0, size) * MAX_PADDED_SHARE;
    const total = a + b;
    return total <= room ? [a, b] : [(a * room) / total, (b * room) / total];
  };
  const [top, bottom] = shrink(sides.top, sides.bottom, height);
  const [left, right] = shrink(sides.left, sides.right, width);
  return { top, bottom, left, right };
}
