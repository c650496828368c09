// Every keyboard action in one table (as excalidraw's action registry): the key handler runs
// them and the "Keyboard shortcuts" dialog lists them, so the two can never disagree.

export interface ShortcutContext {
  focusSearch(): void;
  clear(): void;
  fit(): void;
  openShortcuts(): void;
  toggleTable(): void;
  leaveFocus(): void;
}

export interface KeyAction {
  readonly id: string;
  /** Keys as `KeyboardEvent.key` reports them. */
  readonly keys: readonly string[];
  readonly label: string;
  /** Works even while typing in a field (only Escape does). */
  readonly whileTyping?: boolean;
  run(context: ShortcutContext): void;
}

export const KEY_ACTIONS: readonly KeyAction[] = [
  { id: 'search', keys: ['/'], label: 'Search actors', run: (c) => c.focusSearch() },
  {
    id: 'clear',
    keys: ['Escape'],
    label: 'Clear the search, then the selection; close a dialog',
    whileTyping: true,
    run: (c) => c.clear(),
  },
  { id: 'fit', keys: ['f'], label: 'Fit the graph to the window', run: (c) => c.fit() },
  {
    id: 'table',
    keys: ['t'],
    label: 'Switch between graph and table',
    run: (c) => c.toggleTable(),
  },
  { id: 'leave-focus', keys: ['u'], label: 'Leave focus', run: (c) => c.leaveFocus() },
  { id: 'shortcuts', keys: ['?'], label: 'Show keyboard shortcuts', run: (c) => c.openShortcuts() },
];

/** Keys that are not actions of their own but that the dialog should still explain. */
export const KEY_HINTS: readonly { keys: readonly string[]; label: string }[] = [
  { keys: ['Enter'], label: 'In search: select and centre the actor' },
  { keys: ['↑', '↓'], label: 'In search: move through the matches' },
  { keys: ['Tab', 'Shift+Tab'], label: 'Move through every control' },
  { keys: ['Enter', 'Space'], label: 'On a timeline mark: select its relationship' },
];

export function actionForKey(key: string, typing: boolean): KeyAction | undefined {
  return KEY_ACTIONS.find((a) => a.keys.includes(key) && (!typing || a.whileTyping));
}
