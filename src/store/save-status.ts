// Whether the datasets' latest edits are stored (docs/design.md §12): set by persistence, shown by
// the save state in the toolbar. Its own small store, so the app store stays about the data.
import { create } from 'zustand';
import type { SaveState } from './write-queue';

export interface SaveStatus {
  readonly state: SaveState;
  /** The state before the write in progress began (what a quick write leaves shown). */
  readonly settled: Exclude<SaveState, 'saving'>;
  /** Counts the writes begun, so a view can tell one long write from the next. */
  readonly write: number;
}

export const useSaveState = create<SaveStatus>(() => ({
  state: 'saved',
  settled: 'saved',
  write: 0,
}));

export const setSaveState = (state: SaveState): void =>
  useSaveState.setState((s) =>
    state === 'saving' ? { state, write: s.write + 1 } : { state, settled: state },
  );
