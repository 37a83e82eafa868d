import { describe, expect, it } from 'vitest';
import { STATUS_STYLES } from '@/components/map/claim-layers';
import { PALETTES } from '@/components/map/map-style';
import { contrastRatio } from '@/lib/color/contrast';
import { STATUSES } from '@/lib/domain/status';

/** WCAG 2.2 AA on the map: text 4.5:1, symbols (lines, circles, badges) 3:1 against whatever they are drawn on. */
describe.each(['light', 'dark'] as const)('the %s map', (theme) => {
  const palette = PALETTES[theme];
  const grounds = { sea: palette.sea, land: palette.land, 'focus land': palette.focusLand };

  it('draws label text at 4.5:1 or more against its halo and against land and sea', () => {
    expect(contrastRatio(palette.text, palette.halo)).toBeGreaterThanOrEqual(4.5);
    for (const ground of Object.values(grounds)) expect(contrastRatio(palette.text, ground)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([...STATUSES])('draws %s movements and deployments at 3:1 or more against land and sea', (status) => {
    const colour = STATUS_STYLES[status].color[theme];
    for (const [name, ground] of Object.entries(grounds)) {
      expect(contrastRatio(colour, ground), `${status} on ${name}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws the selected region outline at 3:1 or more against land', () => {
    expect(contrastRatio(palette.selectedLine, palette.land)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(palette.selectedLine, palette.focusLand)).toBeGreaterThanOrEqual(3);
  });
});

describe('contrastRatio', () => {
  it('gives 21 for black on white and 1 for a colour on itself, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#767676')).toBe(1);
    // The classic AA boundary: #767676 on white is 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('rejects what is not a #rrggbb colour', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/not a #rrggbb colour/);
  });
});
