import { STATUSES, type Status } from '@/lib/domain/status';
import { STATUS_STYLES, type StatusIcon } from './claim-layers';
import { PALETTES, type MapTheme } from './map-style';

/** What an image id asks for; null for ids this module does not draw. */
export function parseImageId(id: string): { shape: 'arrow' | 'badge'; theme: MapTheme; status: Status } | null {
  const match = /^claims-(arrow|badge)-(light|dark)-([a-z]+)$/.exec(id);
  if (!match) return null;
  const status = STATUSES.find((candidate) => candidate === match[3]);
  return status ? { shape: match[1] as 'arrow' | 'badge', theme: match[2] as MapTheme, status } : null;
}

const SIZE = 48; // drawn at 2x; the layers scale icons down

/**
 * A fresh SIZE x SIZE canvas to draw one image on; null where the browser gives no 2D context. Each image is read
 * back once (getImageData), so the canvas is asked to live in memory (`willReadFrequently`): a GPU-backed canvas makes
 * each read wait for the GPU and copy the pixels back. In a CPU profile of the phone layout's start (software WebGL),
 * drawing the images took about 0.5 s of the main thread with GPU-backed canvases and 0.07 s with these.
 */
function drawingContext(): CanvasRenderingContext2D | null {
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  return canvas.getContext('2d', { willReadFrequently: true });
}

/** The theme of an actor-home image id (`claims-actor-<theme>`); null for any other id. */
export function parseActorImageId(id: string): MapTheme | null {
  const match = /^claims-actor-(light|dark)$/.exec(id);
  return match ? (match[1] as MapTheme) : null;
}

/**
 * An actor's home: a square in the basemap's text colour on a halo-coloured square, with a halo-coloured dot in its
 * middle; a square, so it reads apart from the round city dots and the status badges. The legend draws the same.
 */
function drawActorImage(theme: MapTheme): ImageData | null {
  const context = drawingContext();
  if (!context) return null;
  const { halo, text } = PALETTES[theme];
  context.fillStyle = halo;
  context.fillRect(6, 6, SIZE - 12, SIZE - 12);
  context.fillStyle = text;
  context.fillRect(10, 10, SIZE - 20, SIZE - 20);
  context.fillStyle = halo;
  context.beginPath();
  context.arc(SIZE / 2, SIZE / 2, 5, 0, Math.PI * 2);
  context.fill();
  return context.getImageData(0, 0, SIZE, SIZE);
}

/** The theme of a lens "denied by another party" image id (`claims-denied-<theme>`); null for any other id. */
export function parseDeniedImageId(id: string): MapTheme | null {
  const match = /^claims-denied-(light|dark)$/.exec(id);
  return match ? (match[1] as MapTheme) : null;
}

/** The lens's "denied by another party" mark: ⊖, a ring with a bar in the text colour on a halo disc. */
function drawDeniedImage(theme: MapTheme): ImageData | null {
  const context = drawingContext();
  if (!context) return null;
  const { halo, text } = PALETTES[theme];
  const c = SIZE / 2;
  context.fillStyle = halo;
  context.beginPath();
  context.arc(c, c, c - 2, 0, Math.PI * 2);
  context.fill();
  context.strokeStyle = text;
  context.fillStyle = text;
  context.lineWidth = 4;
  context.beginPath();
  context.arc(c, c, c - 8, 0, Math.PI * 2);
  context.stroke();
  context.fillRect(c - 10, c - 2.5, 20, 5);
  return context.getImageData(0, 0, SIZE, SIZE);
}

function drawBadgeShape(context: CanvasRenderingContext2D, icon: StatusIcon) {
  const c = SIZE / 2;
  context.beginPath();
  switch (icon) {
    case 'check':
      context.moveTo(c - 10, c);
      context.lineTo(c - 3, c + 8);
      context.lineTo(c + 11, c - 9);
      context.stroke();
      return;
    case 'diamond':
      context.moveTo(c, c - 11);
      context.lineTo(c + 11, c);
      context.lineTo(c, c + 11);
      context.lineTo(c - 11, c);
      context.closePath();
      context.fill();
      return;
    case 'ring':
      context.arc(c, c, 9, 0, Math.PI * 2);
      context.stroke();
      return;
    case 'warning':
      context.moveTo(c, c - 12);
      context.lineTo(c + 12, c + 10);
      context.lineTo(c - 12, c + 10);
      context.closePath();
      context.stroke();
      context.fillRect(c - 1.5, c - 5, 3, 8);
      context.fillRect(c - 1.5, c + 5, 3, 3);
      return;
    case 'cross':
      context.moveTo(c - 9, c - 9);
      context.lineTo(c + 9, c + 9);
      context.moveTo(c + 9, c - 9);
      context.lineTo(c - 9, c + 9);
      context.stroke();
      return;
  }
}

/**
 * Draws a claims image (an arrowhead, an actor home square, or a status badge: a disc in the halo colour with the status's own
 * shape in its colour), so status reads from shape as well as colour, without any image file or network request.
 */
export function drawClaimsImage(id: string): ImageData | null {
  const deniedTheme = parseDeniedImageId(id);
  if (deniedTheme) return drawDeniedImage(deniedTheme);
  const actorTheme = parseActorImageId(id);
  if (actorTheme) return drawActorImage(actorTheme);
  const spec = parseImageId(id);
  if (!spec) return null;
  const context = drawingContext();
  if (!context) return null;
  const color = STATUS_STYLES[spec.status].color[spec.theme];
  const halo = PALETTES[spec.theme].halo;
  context.lineJoin = 'round';
  context.lineCap = 'round';
  if (spec.shape === 'arrow') {
    context.beginPath();
    context.moveTo(SIZE - 6, SIZE / 2);
    context.lineTo(10, 8);
    context.lineTo(16, SIZE / 2);
    context.lineTo(10, SIZE - 8);
    context.closePath();
    context.lineWidth = 5;
    context.strokeStyle = halo;
    context.stroke();
    context.fillStyle = color;
    context.fill();
  } else {
    context.beginPath();
    context.arc(SIZE / 2, SIZE / 2, SIZE / 2 - 2, 0, Math.PI * 2);
    context.fillStyle = halo;
    context.fill();
    context.lineWidth = 3;
    context.strokeStyle = color;
    context.stroke();
    context.lineWidth = 4;
    context.fillStyle = color;
    drawBadgeShape(context, STATUS_STYLES[spec.status].icon);
  }
  return context.getImageData(0, 0, SIZE, SIZE);
}
