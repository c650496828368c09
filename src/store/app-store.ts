// The one source of truth: dataset, filters, selection, layout and view settings (zustand slices).
import { create, type StateCreator } from 'zustand';
import type { Dataset } from '../../graph-data/schema';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import {
  applyDiff,
  invertDiff,
  isEmptyDiff,
  onlyMovesActors,
  retitle,
  shareContent,
  type DatasetDiff,
  type DatasetHead,
} from '../model/document';
import { DEFAULT_FILTERS, type Filters } from '../model/filters';
import type { Highlight, Selection } from '../model/element-classes';
import type { SizeMeasure } from '../model/analysis/metrics';

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst' | 'circle' | 'grid';
export type Theme = 'system' | 'light' | 'dark';
export type MainTab = 'graph' | 'table';

export const BUILT_IN_DATASETS: readonly Dataset[] = [centcomKh2024];

/** Where a change came from: the canvas (a drag, a layout) has drawn it already. */
export type ChangeOrigin = 'canvas' | 'edit';

/** The last change committed: which dataset, the diff, and the dataset before and after it. */
export interface DocumentChange {
  readonly revision: number;
  readonly datasetId: string;
  readonly diff: DatasetDiff;
  readonly origin: ChangeOrigin;
  readonly before: Dataset;
  readonly after: Dataset;
}

/** One undoable step: what it did, in the words of its button ("delete Kataib Hezbollah"). */
export interface HistoryEntry {
  readonly label: string;
  readonly diff: DatasetDiff;
  /**
   * What was selected before the step, and (once it has been undone) after it: undo and redo give
   * the analyst back the selection they had, as well as the data.
   */
  readonly selection?: { readonly before: Selection | null; readonly after?: Selection | null };
}

export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
}

/** Steps kept per dataset (docs/design.md §12: at least 200). */
export const HISTORY_LIMIT = 250;

export const EMPTY_HISTORY: History = { past: [], future: [] };

export interface DatasetSlice {
  /** Built-in datasets first, then imported ones; the open one is `dataset`, the same object. */
  datasets: readonly Dataset[];
  dataset: Dataset;
  /** Bumped by every change to any dataset. */
  revision: number;
  /** The last change committed through `commit`; consumers apply its diff by id. */
  lastChange: DocumentChange | null;
  /**
   * The one path for changing a dataset: a diff applied to it, in `datasets` and (when open) in
   * `dataset` alike. Drags, layouts, renames and (next) every edit go through here.
   */
  commit: (datasetId: string, diff: DatasetDiff, origin?: ChangeOrigin, label?: string) => void;
  /** Undo and redo history per dataset id; a commit with a label is a step. */
  histories: Readonly<Record<string, History>>;
  /** Undo the open dataset's last step; redo the last undone one. */
  undo: () => void;
  redo: () => void;
  /**
   * Go to the point of the open dataset's history where `applied` steps are done (0: before the
   * oldest kept step): undo or redo one step at a time until there ("History").
   */
  goToStep: (applied: number) => void;
  selectDataset: (id: string) => void;
  /** Add (or replace, by id) an imported dataset; built-in ones are never replaced. */
  addDataset: (dataset: Dataset) => void;
  renameDataset: (id: string, title: string) => void;
  /** Remove an imported dataset; the built-in ones stay. Falls back to the first dataset. */
  removeDataset: (id: string) => void;
}

export const isBuiltInDataset = (id: string): boolean => BUILT_IN_DATASETS.some((d) => d.id === id);

export interface FiltersSlice {
  filters: Filters;
  setRelationTypeShown: (type: string, shown: boolean) => void;
  setRelationTypesHidden: (types: readonly string[]) => void;
  setActorKindShown: (kind: string, shown: boolean) => void;
  setActorKindsHidden: (kinds: readonly string[]) => void;
  setDateRange: (from: string | undefined, to: string | undefined) => void;
  setIncludeUndated: (include: boolean) => void;
  setHideUnconnected: (hide: boolean) => void;
  /** The "Sources" fieldset (docs/design.md §14). */
  setSourceShown: (source: string, shown: boolean) => void;
  setSourcesHidden: (sources: readonly string[]) => void;
  resetFilters: () => void;
}

export interface SelectionSlice {
  /** The one selected element, whose details show; null when none or when several are selected. */
  selection: Selection | null;
  /** Several elements selected together (Shift-click, Shift-drag a box): two or more, or none. */
  multiSelection: readonly Selection[];
  /** Elements an analysis wants drawn bright (a path); null when none. */
  highlight: Highlight | null;
  select: (selection: Selection | null) => void;
  /** Add an element to the selection, or take it out if it is in (Shift-click). */
  toggleSelected: (item: Selection) => void;
  /** Add elements to the selection (a box). */
  addToSelection: (items: readonly Selection[]) => void;
  setHighlight: (highlight: Highlight | null) => void;
}

/** Everything selected now, one element or several. */
export const selectedElements = (s: Pick<AppState, 'selection' | 'multiSelection'>) =>
  s.multiSelection.length > 0 ? s.multiSelection : s.selection ? [s.selection] : [];

/** The selection as the store keeps it: one element in `selection`, several in `multiSelection`. */
function selectionOf(items: readonly Selection[]): Pick<AppState, 'selection' | 'multiSelection'> {
  const seen = new Set<string>();
  const unique = items.filter((i) => {
    const key = `${i.kind}:${i.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.length > 1
    ? { selection: null, multiSelection: unique }
    : { selection: unique[0] ?? null, multiSelection: [] };
}

/** "Focus": only the actor's neighbourhood within `hops` of what the filters show. */
export interface Focus {
  readonly actorId: string;
  readonly hops: number;
}

export interface AnalysisSlice {
  focus: Focus | null;
  sizeBy: SizeMeasure;
  /** Draw actors inside their `parent` (compound nodes). */
  grouped: boolean;
  /** "Edge width by sources": better-attested relations drawn thicker (docs/design.md §14). */
  edgeWidthBySources: boolean;
  setEdgeWidthBySources: (on: boolean) => void;
  setFocus: (focus: Focus | null) => void;
  setSizeBy: (measure: SizeMeasure) => void;
  setGrouped: (grouped: boolean) => void;
}

export interface Notice {
  readonly id: number;
  readonly kind: 'info' | 'warning';
  readonly text: string;
}

export interface NoticesSlice {
  /** Messages for the user that are not tied to one panel (ignored link values, storage). */
  notices: readonly Notice[];
  addNotice: (kind: Notice['kind'], text: string) => void;
  dismissNotice: (id: number) => void;
}

export interface LayoutSlice {
  layout: LayoutName;
  /** Bumped to ask the graph to run `layout` again, even when its name is unchanged. */
  layoutRequest: number;
  runLayout: (layout: LayoutName) => void;
}

export interface ViewSlice {
  theme: Theme;
  tab: MainTab;
  setTheme: (theme: Theme) => void;
  setTab: (tab: MainTab) => void;
}

export type AppState = DatasetSlice &
  FiltersSlice &
  SelectionSlice &
  AnalysisSlice &
  NoticesSlice &
  LayoutSlice &
  ViewSlice;

/** What a new dataset starts with: nothing filtered, selected or focused. */
const FRESH_VIEW = {
  filters: DEFAULT_FILTERS,
  selection: null,
  multiSelection: [],
  highlight: null,
  focus: null,
} as const;

/** Whether the selected actor or relation is in the dataset. */
const exists = (dataset: Dataset, selection: Selection): boolean =>
  selection.kind === 'actor'
    ? dataset.actors.some((a) => a.id === selection.id)
    : dataset.relations.some((r) => r.id === selection.id);

const sameSelection = (a: Selection | null, b: Selection | null | undefined): boolean =>
  b !== undefined && (a === null ? b === null : b !== null && a.kind === b.kind && a.id === b.id);

const without = (list: readonly string[], item: string) => list.filter((x) => x !== item);
const withItem = (list: readonly string[], item: string) =>
  list.includes(item) ? list : [...list, item];

/** A built-in dataset's copy for editing: "<title> (edited)", under an id no dataset has. */
function editableCopy(dataset: Dataset, datasets: readonly Dataset[]): Dataset {
  const taken = new Set(datasets.map((d) => d.id));
  let id = `${dataset.id}-edited`;
  for (let n = 2; taken.has(id); n++) id = `${dataset.id}-edited-${n}`;
  return { ...dataset, id, title: `${dataset.title} (edited)` };
}

/** The histories with a new step on a dataset's: the oldest go past the limit; redo is gone. */
function recorded(
  histories: Readonly<Record<string, History>>,
  datasetId: string,
  entry: HistoryEntry,
): Readonly<Record<string, History>> {
  const past = [...(histories[datasetId]?.past ?? []), entry].slice(-HISTORY_LIMIT);
  return { ...histories, [datasetId]: { past, future: [] } };
}

const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set, get) => {
  /** Undo (-1) or redo (+1) one step of the open dataset: its diff, or its inverse, committed. */
  const travel = (direction: -1 | 1) => {
    const { dataset, histories, commit, selection } = get();
    const history = histories[dataset.id] ?? EMPTY_HISTORY;
    const from = direction < 0 ? history.past : history.future;
    const entry = from.at(-1);
    if (!entry) return;
    const rest = from.slice(0, -1);
    // An undone step remembers what was selected after it, for its redo.
    // (A step is a new object only when there is a new selection to keep: storage writes a step
    // again when it changes.)
    const moved: HistoryEntry =
      direction < 0 && selection !== null && !sameSelection(selection, entry.selection?.after)
        ? { ...entry, selection: { before: entry.selection?.before ?? null, after: selection } }
        : entry;
    const to = [...(direction < 0 ? history.future : history.past), moved];
    // The step moves between the stacks, and the selection it had comes back, in the same update
    // as the change it makes: storage saves the dataset and its history once, together, and the
    // canvas restyles once.
    pending = {
      datasetId: dataset.id,
      history: direction < 0 ? { past: rest, future: to } : { past: to, future: rest },
      restore: (direction < 0 ? entry.selection?.before : entry.selection?.after) ?? null,
      untouched: direction < 0 ? entry.selection?.after : entry.selection?.before,
    };
    try {
      commit(dataset.id, direction < 0 ? invertDiff(entry.diff) : entry.diff);
    } finally {
      pending = null;
    }
  };
  /**
   * What the commit in progress (an undo or a redo) leaves its dataset's history, and the selection
   * it gives back: the one the step had on its other side, when the analyst's selection is the one
   * the step left (`untouched`) or the change removes it.
   */
  let pending: {
    datasetId: string;
    history: History;
    restore: Selection | null;
    untouched: Selection | null | undefined;
  } | null = null;
  const historiesAfter = (datasetId: string, entry: HistoryEntry | undefined) =>
    pending?.datasetId === datasetId
      ? { histories: { ...get().histories, [datasetId]: pending.history } }
      : entry
        ? { histories: recorded(get().histories, datasetId, entry) }
        : {};
  /** The selection after a change: an undo's or redo's own, or none if the change removed it. */
  const selectionAfter = (
    diff: DatasetDiff,
    after: Dataset,
  ): Partial<Pick<AppState, 'selection' | 'multiSelection'>> => {
    const { selection, multiSelection } = get();
    const gone = (s: Selection) =>
      s.kind === 'actor'
        ? diff.actors.removed.some((a) => a.id === s.id)
        : diff.relations.removed.some((r) => r.id === s.id);
    const removed = selection !== null && gone(selection);
    if (pending && (removed || sameSelection(selection, pending.untouched))) {
      const wanted = pending.restore;
      return { selection: wanted && exists(after, wanted) ? wanted : null, multiSelection: [] };
    }
    if (
      multiSelection.length > 0 &&
      (diff.actors.removed.length > 0 || diff.relations.removed.length > 0)
    ) {
      const kept = multiSelection.filter((s) => !gone(s));
      if (kept.length < multiSelection.length) return selectionOf(kept);
    }
    return removed ? { selection: null } : {};
  };
  const step = (label: string | undefined, diff: DatasetDiff): HistoryEntry | undefined =>
    label ? { label, diff, selection: { before: get().selection } } : undefined;
  return {
    datasets: BUILT_IN_DATASETS,
    dataset: BUILT_IN_DATASETS[0]!,
    revision: 0,
    lastChange: null,
    histories: {},
    undo: () => travel(-1),
    redo: () => travel(1),
    goToStep: (applied) => {
      const { dataset, histories } = get();
      const history = histories[dataset.id] ?? EMPTY_HISTORY;
      const target = Math.max(0, Math.min(applied, history.past.length + history.future.length));
      for (let at = history.past.length; at > target; at--) travel(-1);
      for (let at = history.past.length; at < target; at++) travel(1);
    },
    commit: (datasetId, diff, origin = 'edit', label) => {
      const { datasets, dataset: open, revision } = get();
      const before = datasets.find((d) => d.id === datasetId);
      if (!before || isEmptyDiff(diff)) return;
      if (isBuiltInDataset(datasetId) && !onlyMovesActors(diff)) {
        // A built-in dataset never changes: the first edit goes into a copy, opened in its place.
        const copy = editableCopy(before, datasets);
        // A change of the dataset's own fields is made to the copy's (its id and title kept).
        const onCopy = (head: DatasetHead): DatasetHead => ({
          ...head,
          id: copy.id,
          title: head.title === before.title ? copy.title : head.title,
        });
        const rebased: DatasetDiff = diff.head
          ? { ...diff, head: [onCopy(diff.head[0]), onCopy(diff.head[1])] }
          : diff;
        const after = applyDiff(copy, rebased);
        set({
          datasets: [...datasets, after],
          ...(open === before ? { dataset: after } : {}),
          revision: revision + 1,
          // The copy has the same records: the canvas applies the diff to what it shows.
          lastChange: {
            revision: revision + 1,
            datasetId: after.id,
            diff: rebased,
            origin,
            before,
            after,
          },
          ...historiesAfter(after.id, step(label, rebased)),
        });
        get().addNotice(
          'info',
          `“${before.title}” is built in and stays as it is: your edit is in a copy, “${after.title}”, now open.`,
        );
        return;
      }
      const after = applyDiff(before, diff);
      // A move of actors leaves what filters, counts and the timeline read as it was.
      if (onlyMovesActors(diff)) shareContent(after, before);
      set({
        datasets: datasets.map((d) => (d === before ? after : d)),
        ...(open === before ? { dataset: after, ...selectionAfter(diff, after) } : {}),
        revision: revision + 1,
        lastChange: { revision: revision + 1, datasetId, diff, origin, before, after },
        ...historiesAfter(datasetId, step(label, diff)),
      });
    },
    selectDataset: (id) => {
      const next = get().datasets.find((d) => d.id === id);
      if (!next || next === get().dataset) return;
      set({ dataset: next, ...FRESH_VIEW });
    },
    addDataset: (dataset) => {
      if (isBuiltInDataset(dataset.id)) return;
      const { datasets, dataset: open, revision } = get();
      const others = datasets.filter((d) => d.id !== dataset.id);
      set({
        datasets: [...others, dataset],
        revision: revision + 1,
        // Replacing the open dataset opens the new version: one object, never two.
        ...(open.id === dataset.id ? { dataset, ...FRESH_VIEW } : {}),
      });
    },
    renameDataset: (id, title) => {
      const dataset = get().datasets.find((d) => d.id === id);
      if (!dataset || isBuiltInDataset(id) || !title.trim() || title.trim() === dataset.title)
        return;
      get().commit(id, retitle(dataset, title.trim()));
    },
    removeDataset: (id) => {
      if (isBuiltInDataset(id)) return;
      const datasets = get().datasets.filter((d) => d.id !== id);
      if (get().dataset.id === id) {
        set({ datasets, dataset: datasets[0]!, ...FRESH_VIEW });
      } else {
        set({ datasets });
      }
    },
  };
};

const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => {
  const setFilters = (change: (f: Filters) => Filters) =>
    set((s) => ({ filters: change(s.filters) }));
  return {
    filters: DEFAULT_FILTERS,
    setRelationTypeShown: (type, shown) =>
      setFilters((f) => ({
        ...f,
        hiddenRelationTypes: shown
          ? without(f.hiddenRelationTypes, type)
          : withItem(f.hiddenRelationTypes, type),
      })),
    setRelationTypesHidden: (types) =>
      setFilters((f) => ({ ...f, hiddenRelationTypes: [...types] })),
    setActorKindShown: (kind, shown) =>
      setFilters((f) => ({
        ...f,
        hiddenActorKinds: shown
          ? without(f.hiddenActorKinds, kind)
          : withItem(f.hiddenActorKinds, kind),
      })),
    setActorKindsHidden: (kinds) => setFilters((f) => ({ ...f, hiddenActorKinds: [...kinds] })),
    setDateRange: (dateFrom, dateTo) => setFilters((f) => ({ ...f, dateFrom, dateTo })),
    setIncludeUndated: (includeUndated) => setFilters((f) => ({ ...f, includeUndated })),
    setHideUnconnected: (hideUnconnected) => setFilters((f) => ({ ...f, hideUnconnected })),
    setSourceShown: (source, shown) =>
      setFilters((f) => {
        const hidden = f.hiddenSources ?? [];
        return { ...f, hiddenSources: shown ? without(hidden, source) : withItem(hidden, source) };
      }),
    setSourcesHidden: (sources) => setFilters((f) => ({ ...f, hiddenSources: [...sources] })),
    resetFilters: () => set({ filters: DEFAULT_FILTERS }),
  };
};

const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selection: null,
  multiSelection: [],
  highlight: null,
  select: (selection) => set({ selection, multiSelection: [] }),
  toggleSelected: (item) => {
    const now = selectedElements(get());
    const has = now.some((s) => s.kind === item.kind && s.id === item.id);
    set(
      selectionOf(
        has ? now.filter((s) => s.kind !== item.kind || s.id !== item.id) : [...now, item],
      ),
    );
  },
  addToSelection: (items) => set(selectionOf([...selectedElements(get()), ...items])),
  setHighlight: (highlight) => set({ highlight }),
});

const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set) => ({
  focus: null,
  sizeBy: 'none',
  grouped: false,
  edgeWidthBySources: false,
  setEdgeWidthBySources: (edgeWidthBySources) => set({ edgeWidthBySources }),
  setFocus: (focus) => set({ focus }),
  setSizeBy: (sizeBy) => set({ sizeBy }),
  setGrouped: (grouped) => set({ grouped }),
});

let nextNoticeId = 1;

const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  addNotice: (kind, text) =>
    set((s) => ({ notices: [...s.notices, { id: nextNoticeId++, kind, text }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});

const createLayoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set) => ({
  layout: 'fcose',
  layoutRequest: 0,
  runLayout: (layout) => set((s) => ({ layout, layoutRequest: s.layoutRequest + 1 })),
});

const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  theme: 'system',
  tab: 'graph',
  setTheme: (theme) => set({ theme }),
  setTab: (tab) => set({ tab }),
});

/** A store of its own (the app has one, `useAppStore`; tests of tabs side by side make two). */
export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createDatasetSlice(...a),
    ...createFiltersSlice(...a),
    ...createSelectionSlice(...a),
    ...createAnalysisSlice(...a),
    ...createNoticesSlice(...a),
    ...createLayoutSlice(...a),
    ...createViewSlice(...a),
  }));

export const useAppStore = createAppStore();
