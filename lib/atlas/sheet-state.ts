/** The feed's bottom sheet on phones: closed (a button on the map opens it), collapsed, half or full height. */
export type SheetState = 'closed' | 'collapsed' | 'half' | 'full';
export type OpenSheetState = Exclude<SheetState, 'closed'>;

const ORDER: readonly OpenSheetState[] = ['collapsed', 'half', 'full'];

/** The next state when the handle is pressed: collapsed, half, full, then collapsed again; a closed sheet opens half. */
export function nextSheetState(state: SheetState): OpenSheetState {
  if (state === 'closed') return 'half';
  return ORDER[(ORDER.indexOf(state) + 1) % ORDER.length] as OpenSheetState;
}

/** The state after dragging the handle `dy` pixels (up is negative): one step per drag; down from collapsed closes. */
export function draggedSheetState(state: OpenSheetState, dy: number): SheetState {
  const index = ORDER.indexOf(state);
  if (dy < 0) return ORDER[Math.min(index + 1, ORDER.length - 1)] as OpenSheetState;
  return index === 0 ? 'closed' : (ORDER[index - 1] as OpenSheetState);
}
