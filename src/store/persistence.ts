// Keeps imported datasets across reloads in IndexedDB (idb-keyval): loads them at start-up and
// saves or deletes them as the store's `datasets` change. A built-in dataset is saved too once its
// actors have moved, and only their positions are read back: its content comes from the code. A
// storage failure (quota, private mode) never loses what is in memory: it only raises a warning.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { Dataset, Position } from '../../graph-data/schema';
import { moveActors } from '../model/document';
import { jsonInParts, yieldToPage } from '../model/time-slices';
import {
  BUILT_IN_DATASETS,
  isBuiltInDataset,
  useAppStore,
  type History,
  type HistoryEntry,
} from './app-store';

/** What is kept of one dataset: it, and the last steps of its undo history. */
export interface SavedDataset {
  readonly savedAt: number;
  readonly dataset: unknown;
  readonly history?: unknown;
}

/** Where datasets are kept; IndexedDB in the app, a fake in tests. */
export interface DatasetStorage {
  load(): Promise<readonly SavedDataset[]>;
  /** The dataset and its history in one record: one IndexedDB transaction, both or neither. */
  save(dataset: Dataset, history?: History): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Steps of each dataset's history kept across a reload (docs/design.md §12: the last 100). */
export const SAVED_HISTORY_STEPS = 100;

const lastSteps = (history: History): History => ({
  past: history.past.slice(-SAVED_HISTORY_STEPS),
  future: history.future.slice(-SAVED_HISTORY_STEPS),
});

const isRecords = (x: unknown): boolean =>
  typeof x === 'object' &&
  x !== null &&
  ['added', 'updated', 'removed'].every((k) => Array.isArray((x as Record<string, unknown>)[k]));

const isStep = (x: unknown): x is HistoryEntry =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as HistoryEntry).label === 'string' &&
  isRecords((x as HistoryEntry).diff?.actors) &&
  isRecords((x as HistoryEntry).diff?.relations);

/** A saved history, if it has the shape the store writes (anything else is dropped, not trusted). */
function savedHistory(x: unknown): History | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const { past, future } = x as { past?: unknown; future?: unknown };
  if (!Array.isArray(past) || !Array.isArray(future)) return undefined;
  if (!past.every(isStep) || !future.every(isStep)) return undefined;
  return { past, future };
}

/**
 * Records (actors plus relations) above which a dataset is stored as JSON text in a Blob, made a
 * slice at a time: IndexedDB copies a plain object in one task on the page's thread, which for
 * 20k actors and 100k relations took 150–340 ms (docs/design.md §10), while a Blob is copied by
 * reference.
 */
export const BLOB_RECORDS = 20_000;

/** A stored record's dataset as IndexedDB gives it back: a plain object, or JSON in a Blob. */
async function storedDataset(value: unknown): Promise<unknown> {
  return value instanceof Blob ? JSON.parse(await value.text()) : value;
}

/**
 * A Blob of the parts' text, a part at a time: the Blob constructor encodes its strings in one
 * task (20 MB took 250 ms), while a Blob made of a Blob and one part only encodes that part.
 */
async function blobOf(parts: readonly string[]): Promise<Blob> {
  let blob = new Blob([], { type: 'application/json' });
  for (const part of parts) {
    blob = new Blob([blob, part], { type: 'application/json' });
    await yieldToPage();
  }
  return blob;
}

export function indexedDbStorage(): DatasetStorage {
  let db: UseStore | undefined;
  // Opened on first use: creating the store where IndexedDB is missing would throw at start-up.
  const store = () => (db ??= createStore('actor-graph', 'datasets'));
  return {
    async load() {
      const all = await entries<string, SavedDataset>(store());
      const saved = all
        .map(([, value]) => value)
        .filter((v) => typeof v === 'object' && v !== null);
      return Promise.all(
        saved.map(async (v) => ({ ...v, dataset: await storedDataset(v.dataset) })),
      );
    },
    save: (dataset, history) =>
      writeAfterFrame(async () => {
        const stored =
          dataset.actors.length + dataset.relations.length > BLOB_RECORDS
            ? await blobOf(await jsonInParts(dataset, ['actors', 'relations']))
            : dataset;
        await set(
          dataset.id,
          { savedAt: Date.now(), dataset: stored, ...(history && { history }) },
          store(),
        );
      }),
    remove: (id) => writeAfterFrame(() => del(id, store())),
  };
}

/** Resolves after the next frame is shown (at once where there are no frames). */
const afterNextFrame = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    } else {
      setTimeout(resolve, 0);
    }
  });

let queue: Promise<unknown> = Promise.resolve();

/**
 * Storage writes, one after another in the order asked, each after the next frame: copying a 20k-
 * relation dataset into IndexedDB takes a while, and a dataset just opened is drawn first.
 */
export function writeAfterFrame(write: () => Promise<void>): Promise<void> {
  const done = queue.then(afterNextFrame).then(write);
  queue = done.catch(() => undefined);
  return done;
}

const reason = (error: unknown): string => {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return 'the browser’s storage is full';
  }
  return error instanceof Error ? error.message || error.name : String(error);
};

/**
 * Load the saved datasets into the store, then keep storage in step with it. Resolves once loaded,
 * with a function that stops the saving.
 */
export async function startPersistence(
  storage: DatasetStorage = indexedDbStorage(),
  store = useAppStore,
): Promise<() => void> {
  /** Storage problems go to the one notice channel, as warnings (alerts). */
  const warn = (text: string) => store.getState().addNotice('warning', text);
  /** Datasets storage already holds in exactly this version (objects are immutable in the store). */
  const stored = new WeakSet<Dataset>();
  /** The history each stored version was saved with: a step undone or redone saves again. */
  const savedWith = new WeakMap<Dataset, History | undefined>();
  let loaded: Dataset[] = [];
  /** The undo history each loaded dataset was saved with. */
  const histories = new Map<string, History>();
  /** Where the built-in datasets' actors were moved to, by dataset id. */
  const moved = new Map<string, Map<string, Position>>();
  try {
    const saved = [...(await storage.load())].sort((a, b) => a.savedAt - b.savedAt);
    if (saved.length > 0) {
      // Stored data is input like any file: check it again. Loaded lazily, as the import is.
      const { validateDataset } = await import('../model/import/validate');
      let refused = 0;
      for (const { dataset, history } of saved) {
        const result = validateDataset(dataset);
        if (!result.ok) refused += 1;
        else if (!isBuiltInDataset(result.dataset.id)) {
          loaded.push(result.dataset);
          const steps = savedHistory(history);
          if (steps) histories.set(result.dataset.id, steps);
        } else moved.set(result.dataset.id, positionsOf(result.dataset));
      }
      if (refused > 0) {
        warn(
          `${refused} saved dataset${refused > 1 ? 's were' : ' was'} damaged and could not be opened.`,
        );
      }
    }
  } catch (error) {
    loaded = [];
    warn(
      `Saved datasets could not be loaded (${reason(error)}). Imports still work but may not be kept after a reload.`,
    );
  }
  const present = new Set(store.getState().datasets.map((d) => d.id));
  for (const dataset of loaded) {
    // An import made while loading wins over an older saved copy of the same id.
    if (present.has(dataset.id)) continue;
    stored.add(dataset);
    store.getState().addDataset(dataset);
    const history = histories.get(dataset.id);
    if (history) {
      savedWith.set(dataset, history);
      store.setState((s) => ({ histories: { ...s.histories, [dataset.id]: history } }));
    }
  }
  for (const [id, positions] of moved) {
    const dataset = store.getState().datasets.find((d) => d.id === id);
    if (dataset) store.getState().commit(id, moveActors(dataset, positions));
  }
  const sync = (datasets: readonly Dataset[], previous: readonly Dataset[]) => {
    const ids = new Set(datasets.map((d) => d.id));
    const histories = store.getState().histories;
    for (const dataset of datasets) {
      // A built-in dataset as the code has it is never written; moved, it is (for its positions).
      if (BUILT_IN_DATASETS.includes(dataset)) continue;
      const history = isBuiltInDataset(dataset.id) ? undefined : histories[dataset.id];
      if (stored.has(dataset) && savedWith.get(dataset) === history) continue;
      stored.add(dataset);
      savedWith.set(dataset, history);
      storage.save(dataset, history && lastSteps(history)).catch((error: unknown) => {
        stored.delete(dataset);
        warn(
          `“${dataset.title}” could not be saved in this browser (${reason(error)}). It stays open until you close or reload the page; export it as JSON to keep it.`,
        );
      });
    }
    for (const old of previous) {
      if (ids.has(old.id) || isBuiltInDataset(old.id)) continue;
      storage.remove(old.id).catch((error: unknown) => {
        warn(`“${old.title}” could not be removed from this browser’s storage (${reason(error)}).`);
      });
    }
  };
  // Imports made before loading finished are saved too.
  sync(store.getState().datasets, []);
  return store.subscribe((state, previous) => {
    if (state.datasets !== previous.datasets || state.histories !== previous.histories) {
      sync(state.datasets, previous.datasets);
    }
  });
}

function positionsOf(dataset: Dataset): Map<string, Position> {
  const out = new Map<string, Position>();
  for (const a of dataset.actors) if (a.position) out.set(a.id, a.position);
  return out;
}
