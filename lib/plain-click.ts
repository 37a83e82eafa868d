/** The parts of a click that say who should handle it (a React or DOM mouse event has them all). */
export type ClickKeys = {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
};

/**
 * Whether the page handles a click on one of its links itself: the main button, no modifier key, not already handled.
 * Any other click (Ctrl or ⌘ for a new tab, Shift for a window, Alt for a download, the middle button) is the
 * browser's, and the link's href does what the reader asked.
 */
export function isPlainClick(event: ClickKeys): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
