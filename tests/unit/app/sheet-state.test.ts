import { describe, expect, it } from 'vitest';
import { draggedSheetState, nextSheetState } from '@/lib/atlas/sheet-state';

describe('the feed sheet on phones', () => {
  it('cycles collapsed, half and full height on each press, and opens half height', () => {
    expect(nextSheetState('closed')).toBe('half');
    expect(nextSheetState('half')).toBe('full');
    expect(nextSheetState('full')).toBe('collapsed');
    expect(nextSheetState('collapsed')).toBe('half');
  });

  it('moves one step per drag: up grows, down shrinks, down from collapsed closes', () => {
    expect(draggedSheetState('collapsed', -80)).toBe('half');
    expect(draggedSheetState('full', -80)).toBe('full');
    expect(draggedSheetState('full', 80)).toBe('half');
    expect(draggedSheetState('collapsed', 80)).toBe('closed');
  });
});
