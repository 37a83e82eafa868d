import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The map (MapLibre's canvas), by its accessible name in the English UI. */
export function mapRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Map of Ukraine, Russia and the Korean peninsula' });
}

/** Waits until MapLibre reports `idle` (the map marks itself aria-busy="false" then). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
}

/** The WebGL canvas MapLibre draws into, in any UI language. */
export function mapCanvas(page: Page): Locator {
  return page.getByTestId('map').locator('canvas');
}

/** Clicks (desktop) or taps (touch devices) the middle of the map canvas. */
export async function pressMapCentre(page: Page, isMobile: boolean): Promise<void> {
  const box = await mapCanvas(page).boundingBox();
  if (!box) throw new Error('the map canvas has no box');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const viewport = page.viewportSize();
  if (!viewport || x > viewport.width || y > viewport.height) throw new Error('the map centre is off screen');
  if (isMobile) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/**
 * A figure computed by the browser itself over a screenshot of the map canvas (only the number crosses back, not the
 * pixels): the mean luminance (0 black to 255 white), or how many distinct colours it holds (quantised to 4 bits a
 * channel; a blank or failed WebGL canvas has one or two).
 */
async function canvasFigure(page: Page, figure: 'luminance' | 'colours'): Promise<number> {
  const png = await mapCanvas(page).screenshot();
  return page.evaluate(
    async ([base64, wanted]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) return -1;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      if (wanted === 'colours') {
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4) {
          colours.add((((data[i] ?? 0) >> 4) << 8) | (((data[i + 1] ?? 0) >> 4) << 4) | ((data[i + 2] ?? 0) >> 4));
        }
        return colours.size;
      }
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) {
        sum += 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
      }
      return sum / (data.length / 4);
    },
    [png.toString('base64'), figure] as const,
  );
}

/** The mean luminance (0 black to 255 white) of the map canvas as drawn: tells a dark map from a light one. */
export function meanCanvasLuminance(page: Page): Promise<number> {
  return canvasFigure(page, 'luminance');
}

/** How many distinct colours the map canvas holds, quantised: a blank or failed WebGL canvas has one or two. */
export function distinctCanvasColours(page: Page): Promise<number> {
  return canvasFigure(page, 'colours');
}

/** Axe's serious and critical findings on the page as it is now: no rule disabled, nothing excluded. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
