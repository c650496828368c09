// Every user action in one registry (as excalidraw's): its description, its keys, the toolbar
// button that offers it, and what it does. The key handler, the toolbar and the "Keyboard
// shortcuts" dialog all read this table, so they can never disagree.
import { createContext, useContext } from 'react';

/** What actions act on: provided once by the app (App.tsx). */
export interface ActionContext {
  focusSearch(): void;
  clear(): void;
  fit(): void;
  openShortcuts(): void;
  toggleTable(): void;
  leaveFocus(): void;
  rerunLayout(): void;
  openExport(): void;
  undo(): void;
  redo(): void;
  /** The "History" list of the open dataset's steps. */
  openHistory(): void;
  addActor(): void;
  /** The "Relationship" dialog for a new relation (from the selected actor, if one is). */
  addRelation(): void;
  /** Ask to delete the selected actor or relationship. */
  deleteSelection(): void;
  /** "Merge datasets…": another saved dataset into the open one (docs/design.md §14). */
  openMergeDatasets(): void;
}

export interface AppAction {
  readonly id: string;
  /** What it does, as the "Keyboard shortcuts" dialog says it. */
  readonly label: string;
  /** Keys as `KeyboardEvent.key` reports them; none for actions offered only as buttons. */
  readonly keys: readonly string[];
  /** Works even while typing in a field (only Escape does). */
  readonly whileTyping?: boolean;
  /** The toolbar button that offers it, if any. */
  readonly button?: {
    readonly text: string;
    /** The accessible name, when the text is a symbol. */
    readonly name?: string;
    readonly primary?: boolean;
    /**
     * Offered in the toolbar's "More" menu (toolbar-menu.tsx) rather than on the bar, under its
     * name: for rarely used actions, so the bar keeps to one row.
     */
    readonly menu?: boolean;
  };
  run(context: ActionContext): void;
}

export const ACTIONS: readonly AppAction[] = [
  { id: 'search', keys: ['/'], label: 'Search actors', run: (c) => c.focusSearch() },
  {
    id: 'clear',
    keys: ['Escape'],
    label: 'Clear the search, then the selection; close a dialog',
    whileTyping: true,
    run: (c) => c.clear(),
  },
  {
    id: 'rerun-layout',
    keys: [],
    label: 'Run the layout again',
    button: { text: '↻', name: 'Re-run layout' },
    run: (c) => c.rerunLayout(),
  },
  {
    id: 'fit',
    keys: ['f'],
    label: 'Fit the graph to the window',
    button: { text: 'Fit' },
    run: (c) => c.fit(),
  },
  {
    id: 'table',
    keys: ['t'],
    label: 'Switch between graph and table',
    run: (c) => c.toggleTable(),
  },
  { id: 'leave-focus', keys: ['u'], label: 'Leave focus', run: (c) => c.leaveFocus() },
  {
    id: 'add-actor',
    keys: [],
    label: 'Add an actor',
    button: { text: 'Add actor' },
    run: (c) => c.addActor(),
  },
  {
    id: 'add-relation',
    keys: [],
    label: 'Add a relationship',
    button: { text: 'Add relationship' },
    run: (c) => c.addRelation(),
  },
  {
    id: 'delete',
    keys: ['Delete'],
    label: 'Delete the selected actor or relationship (asks first)',
    run: (c) => c.deleteSelection(),
  },
  // Ctrl stands for ⌘ too on a Mac. Buttons of their own (history-buttons.tsx) say what they undo.
  { id: 'undo', keys: ['Ctrl+Z'], label: 'Undo the last edit', run: (c) => c.undo() },
  {
    id: 'redo',
    keys: ['Ctrl+Shift+Z', 'Ctrl+Y'],
    label: 'Redo what was undone',
    run: (c) => c.redo(),
  },
  {
    id: 'history',
    keys: ['h'],
    label: 'Show the history of edits, to go back to any step',
    button: { text: 'History', menu: true },
    run: (c) => c.openHistory(),
  },
  {
    id: 'merge-datasets',
    keys: [],
    label: 'Merge another dataset into this one',
    // In the toolbar's "More", and on the open dataset's details (merge-into-button.tsx).
    button: { text: 'Merge datasets…', menu: true },
    run: (c) => c.openMergeDatasets(),
  },
  {
    id: 'export',
    keys: [],
    label: 'Export an image or the data',
    button: { text: 'Export', primary: true },
    run: (c) => c.openExport(),
  },
  {
    id: 'shortcuts',
    keys: ['?'],
    label: 'Show keyboard shortcuts',
    button: { text: '?', name: 'Keyboard shortcuts', menu: true },
    run: (c) => c.openShortcuts(),
  },
];

/** The actions that have keys: what the key handler runs and the dialog lists. */
export const KEY_ACTIONS: readonly AppAction[] = ACTIONS.filter((a) => a.keys.length > 0);

/** Keys that are not actions of their own but that the dialog should still explain. */
export const KEY_HINTS: readonly { keys: readonly string[]; label: string }[] = [
  { keys: ['Enter'], label: 'In search: select and centre the actor' },
  { keys: ['↑', '↓'], label: 'In search: move through the matches' },
  { keys: ['Tab', 'Shift+Tab'], label: 'Move through every control' },
  { keys: ['Enter', 'Space'], label: 'On a timeline mark: select its relationship' },
  { keys: ['Shift+click'], label: 'On the graph: add an element to the selection, or take it out' },
  { keys: ['Shift+drag'], label: 'On the graph’s background: select what a box holds' },
  { keys: ['F2'], label: 'In the Actors table: rename the selected actor' },
];

/**
 * A key press as the registry writes keys: `f`, `?`, `Escape`, or `Ctrl+Z` / `Ctrl+Shift+Z` when
 * Ctrl or ⌘ is held. Null for Alt combinations, which belong to the browser and the system.
 */
export function keyOf(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): string | null {
  if (e.altKey) return null;
  if (!e.ctrlKey && !e.metaKey) return e.key;
  return `Ctrl+${e.shiftKey ? 'Shift+' : ''}${e.key.toUpperCase()}`;
}

export function actionForKey(key: string, typing: boolean): AppAction | undefined {
  return KEY_ACTIONS.find((a) => a.keys.includes(key) && (!typing || a.whileTyping));
}

export function actionById(id: string): AppAction {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`no action '${id}'`);
  return action;
}

const noop = () => {};
/** The app's action context; components below App read it to run actions. */
export const ActionContextOf = createContext<ActionContext>({
  focusSearch: noop,
  clear: noop,
  fit: noop,
  openShortcuts: noop,
  toggleTable: noop,
  leaveFocus: noop,
  rerunLayout: noop,
  openExport: noop,
  undo: noop,
  redo: noop,
  openHistory: noop,
  addActor: noop,
  addRelation: noop,
  deleteSelection: noop,
  openMergeDatasets: noop,
});

export const useActionContext = () => useContext(ActionContextOf);
