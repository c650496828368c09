// Keeps datasets and their last 100 undo steps across reloads in IndexedDB (docs/design.md §12).
// Loads them at start-up, then writes each change as it is committed: only the records it touched
// and the history's new and dropped steps, in one transaction, after the next frame. Other tabs on
// the same datasets get each write over a BroadcastChannel and apply it, so neither overwrites the
// other's edits; a tab that meets a newer storage format stops writing. A built-in dataset is
// saved only once its actors have moved, and only their positions are read back. A storage
// failure (quota, private mode) never loses what is in memory: it warns and is tried again.
import type { Actor, Dataset, Position, Relation } from '../../graph-data/schema';
import { moveActors, type DatasetDiff, type DatasetHead } from '../model/document';
import {
  BUILT_IN_DATASETS,
  isBuiltInDataset,
  useAppStore,
  type History,
  type HistoryEntry,
} from './app-store';
import {
  indexedDbStorage,
  NewerFormatError,
  STORE_FORMAT,
  type DatasetStorage,
  type DatasetWrite,
  type LoadedDataset,
  type ChunkWrites,
} from './dataset-db';
import { setSaveState } from './save-status';
import { createWriteQueue, type WriteQueue } from './write-queue';

/** Steps of each dataset's history kept across a reload (docs/design.md §12: the last 100). */
export const SAVED_HISTORY_STEPS = 100;

/**
 * Steps are keyed by the tab that saved them and a count, so two tabs never write one key: each
 * tab's undo history is its own.
 */
const TAB = Math.random().toString(36).slice(2, 10);
let nextStep = 1;

/** Added records placed one by one; more at once (an import into a dataset) rewrite it whole. */
const MAX_PLACED = 64;

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
export function savedHistory(x: unknown): History | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const { past, future } = x as { past?: unknown; future?: unknown };
  if (!Array.isArray(past) || !Array.isArray(future)) return undefined;
  if (!past.every(isStep) || !future.every(isStep)) return undefined;
  return { past, future };
}

/** What changed of one dataset since the last write: ids of records, or all of it. */
interface Touched {
  readonly whole: boolean;
  readonly removed: boolean;
  readonly head: boolean;
  readonly history: boolean;
  readonly actors: ReadonlySet<string>;
  readonly relations: ReadonlySet<string>;
}

/** What the next write must store. */
interface Changes {
  readonly datasets: ReadonlyMap<string, Touched>;
  /** Format 1's record is emptied in the same transaction as its datasets are written anew. */
  readonly clearLegacy?: boolean;
}

const NOTHING = new Set<string>();
const WHOLE: Touched = {
  whole: true,
  removed: false,
  head: true,
  history: true,
  actors: NOTHING,
  relations: NOTHING,
};
const REMOVED: Touched = { ...WHOLE, whole: false, removed: true };

const union = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === 0 ? b : b.size === 0 ? a : new Set([...a, ...b]);

/** `next` marked after `previous`. */
function combine(previous: Touched, next: Touched): Touched {
  if (next.removed) return REMOVED;
  if (next.whole || previous.removed || previous.whole) return WHOLE;
  return {
    whole: false,
    removed: false,
    head: previous.head || next.head,
    history: previous.history || next.history,
    actors: union(previous.actors, next.actors),
    relations: union(previous.relations, next.relations),
  };
}

function mergeChanges(a: Changes, b: Changes): Changes {
  const datasets = new Map(a.datasets);
  for (const [id, touched] of b.datasets) {
    const before = datasets.get(id);
    datasets.set(id, before ? combine(before, touched) : touched);
  }
  return { datasets, clearLegacy: a.clearLegacy || b.clearLegacy };
}

/** The records a diff touches, by id. */
const idsOf = (diff: DatasetDiff['actors'] | DatasetDiff['relations']) => {
  const ids = new Set<string>();
  for (const r of diff.added) ids.add(r.id);
  for (const [, after] of diff.updated) ids.add(after.id);
  for (const r of diff.removed) ids.add(r.id);
  return ids;
};

/** Records per chunk: an edit rewrites one (some 50 kB), a whole 5k/20k dataset is ~100. */
export const CHUNK = 256;

/** How a list sits in storage: its chunks, in order, and which chunk holds each record. */
interface Chunks<T> {
  order: number[];
  byNumber: Map<number, T[]>;
  of: Map<string, number>;
}

/**
 * A list cut into chunks of `CHUNK` records (a whole write), or of the lengths it was read back
 * in; null if those lengths do not add up to the list.
 */
function chunksOf<T extends { readonly id: string }>(
  list: readonly T[],
  lengths?: readonly (readonly [number, number])[],
): Chunks<T> | null {
  const chunks: Chunks<T> = { order: [], byNumber: new Map(), of: new Map() };
  const sizes =
    lengths ??
    Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, n) => [n, CHUNK] as const);
  let i = 0;
  for (const [n, length] of sizes) {
    const records = list.slice(i, i + length);
    i += length;
    chunks.order.push(n);
    chunks.byNumber.set(n, records);
    for (const r of records) chunks.of.set(r.id, n);
  }
  return i >= list.length && (!lengths || i === list.length) ? chunks : null;
}

const emptyChunks = <T>(): Chunks<T> => ({ order: [], byNumber: new Map(), of: new Map() });

const allChunks = <T>(chunks: Chunks<T>) => ({
  put: chunks.order.map((n) => [n, chunks.byNumber.get(n)!] as const),
  delete: [],
});

/** What this tab knows storage holds of a dataset: its chunks, and which steps exist. */
interface Book {
  savedAt: number;
  actors: Chunks<Actor>;
  relations: Chunks<Relation>;
  steps: Map<HistoryEntry, string>;
  /** Saved steps no history names, deleted with the next history write. */
  stray: string[];
}

const headOf = (dataset: Dataset): DatasetHead => {
  const { actors: _a, relations: _r, ...head } = dataset;
  return head;
};

/**
 * The chunks to rewrite for these records of a list: each present one replaced in its chunk (an
 * added one put after the record before it, or in a new chunk at the end), each absent one taken
 * out. Null when they cannot be placed one by one (many added at once, a chunk grown too long):
 * the dataset is then written whole.
 */
function chunkWrites<T extends { readonly id: string }>(
  list: readonly T[],
  ids: ReadonlySet<string>,
  chunks: Chunks<T>,
): ChunkWrites<T> | null {
  const index = ids.size > 8 ? new Map(list.map((r, i) => [r.id, i])) : undefined;
  const at = (id: string) => (index ? (index.get(id) ?? -1) : list.findIndex((r) => r.id === id));
  const dirty = new Set<number>();
  const fresh: number[] = [];
  for (const id of ids) {
    const i = at(id);
    const n = chunks.of.get(id);
    if (i < 0) {
      if (n === undefined) continue;
      chunks.byNumber.set(
        n,
        chunks.byNumber.get(n)!.filter((r) => r.id !== id),
      );
      chunks.of.delete(id);
      dirty.add(n);
    } else if (n === undefined) fresh.push(i);
    else {
      const chunk = chunks.byNumber.get(n)!;
      const j = chunk.findIndex((r) => r.id === id);
      if (j < 0) return null;
      chunk[j] = list[i]!;
      dirty.add(n);
    }
  }
  if (fresh.length > MAX_PLACED) return null;
  fresh.sort((a, b) => a - b);
  for (const i of fresh) {
    const record = list[i]!;
    const before = i > 0 ? list[i - 1]!.id : undefined;
    const n = before === undefined ? chunks.order[0] : chunks.of.get(before);
    if (before !== undefined && n === undefined) return null;
    const last = chunks.order.at(-1);
    const chunk = n === undefined ? undefined : chunks.byNumber.get(n)!;
    if (!chunk || (n === last && chunk.at(-1)?.id === before && chunk.length >= CHUNK)) {
      // At the end, after a full last chunk (or into an empty list): a new chunk.
      const next = last === undefined ? 0 : last + 1;
      chunks.order.push(next);
      chunks.byNumber.set(next, [record]);
      chunks.of.set(record.id, next);
      dirty.add(next);
      continue;
    }
    const j = before === undefined ? 0 : chunk.findIndex((r) => r.id === before) + 1;
    chunk.splice(j, 0, record);
    chunks.of.set(record.id, n!);
    dirty.add(n!);
    if (chunk.length > 4 * CHUNK) return null;
  }
  const put: (readonly [number, readonly T[]])[] = [];
  const gone: number[] = [];
  for (const n of dirty) {
    const chunk = chunks.byNumber.get(n)!;
    if (chunk.length > 0) put.push([n, chunk.slice()]);
    else {
      gone.push(n);
      chunks.byNumber.delete(n);
      chunks.order = chunks.order.filter((m) => m !== n);
    }
  }
  return { put, delete: gone, changed: [...ids] };
}

/** Another tab's write of a list's chunks, in this tab's knowledge of them. */
function takeChunks<T extends { readonly id: string }>(
  chunks: Chunks<T>,
  write: ChunkWrites<T> | undefined,
): void {
  if (!write) return;
  const drop = (n: number) => {
    for (const r of chunks.byNumber.get(n) ?? [])
      if (chunks.of.get(r.id) === n) chunks.of.delete(r.id);
    chunks.byNumber.delete(n);
  };
  write.delete.forEach(drop);
  for (const [n, records] of write.put) {
    drop(n);
    chunks.byNumber.set(n, [...records]);
    for (const r of records) chunks.of.set(r.id, n);
  }
  chunks.order = [...chunks.byNumber.keys()].sort((a, b) => a - b);
}

/** The history's writes: its new steps, the steps it no longer has, and its order. */
function stepWrites(book: Book, history: History | undefined): NonNullable<DatasetWrite['steps']> {
  const stray = book.stray.splice(0);
  if (!history || (history.past.length === 0 && history.future.length === 0)) {
    const gone = [...book.steps.values(), ...stray];
    book.steps = new Map();
    return { put: [], delete: gone, order: null };
  }
  const kept = lastSteps(history);
  const steps = new Map<HistoryEntry, string>();
  const put: [string, unknown][] = [];
  const keyOf = (entry: HistoryEntry) => {
    let key = book.steps.get(entry) ?? steps.get(entry);
    if (key === undefined) {
      key = `${TAB}-${nextStep++}`;
      put.push([key, entry]);
    }
    steps.set(entry, key);
    return key;
  };
  const order = { past: kept.past.map(keyOf), future: kept.future.map(keyOf) };
  const gone = [...book.steps].filter(([entry]) => !steps.has(entry)).map(([, key]) => key);
  book.steps = steps;
  return { put, delete: [...gone, ...stray], order };
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The records of `list` another tab's chunks lost: written over with its older copy (an edit of
 * this tab's in the same chunk), left out (added here), or kept (removed here). This tab writes
 * them again, so neither tab's edit is lost.
 */
function overwritten<T extends { readonly id: string }>(
  list: readonly T[],
  chunks: Chunks<T>,
  write: ChunkWrites<T> | undefined,
): Set<string> {
  const lost = new Set<string>();
  if (!write) return lost;
  const changed = new Set(write.changed ?? []);
  const byId = new Map(list.map((r) => [r.id, r]));
  for (const [n, chunk] of write.put) {
    const there = new Set<string>();
    for (const record of chunk) {
      there.add(record.id);
      if (changed.has(record.id)) continue;
      const mine = byId.get(record.id);
      if (!mine || !same(mine, record)) lost.add(record.id);
    }
    for (const record of chunks.byNumber.get(n) ?? []) {
      if (!there.has(record.id) && !changed.has(record.id) && byId.has(record.id)) {
        lost.add(record.id);
      }
    }
  }
  return lost;
}

/** The dataset a whole write stored, rebuilt from that write (another tab's). */
function datasetOfWrite(write: DatasetWrite): Dataset {
  const records = <T>(changes: ChunkWrites<T> | undefined) =>
    [...(changes?.put ?? [])].sort((a, b) => a[0] - b[0]).flatMap(([, chunk]) => chunk);
  return {
    ...write.head,
    id: write.id,
    actors: records(write.actors),
    relations: records(write.relations),
  } as Dataset;
}

/** A diff that brings `dataset` to what another tab wrote of its records: idempotent. */
function diffOfWrite(dataset: Dataset, write: DatasetWrite): DatasetDiff {
  const records = <T extends { readonly id: string }>(
    list: readonly T[],
    changes: ChunkWrites<T> | undefined,
  ) => {
    const byId = new Map(list.map((r) => [r.id, r]));
    const written = new Map<string, T>();
    for (const [, chunk] of changes?.put ?? []) for (const r of chunk) written.set(r.id, r);
    const added: T[] = [];
    const updated: (readonly [T, T])[] = [];
    const removed: T[] = [];
    // Only what the other tab changed: the rest of its chunks is what it knew, maybe older.
    for (const id of changes?.changed ?? []) {
      const before = byId.get(id);
      const record = written.get(id);
      if (!record) {
        if (before) removed.push(before);
      } else if (!before) added.push(record);
      else if (!same(before, record)) updated.push([before, record]);
    }
    return { added, updated, removed };
  };
  return {
    actors: records(dataset.actors, write.actors),
    relations: records(dataset.relations, write.relations),
    ...(write.head && {
      head: [headOf(dataset), { ...write.head, id: dataset.id }] as const,
    }),
  };
}

/** What one tab tells the others: it is here in this format, or it has written this. */
type Message =
  | { readonly type: 'hello'; readonly format: number }
  | { readonly type: 'written'; readonly format: number; readonly writes: readonly DatasetWrite[] };

/** The part of a BroadcastChannel used here (a stand-in in tests). */
export interface TabChannel {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export interface PersistenceOptions {
  readonly storage?: DatasetStorage;
  readonly store?: typeof useAppStore;
  /** The channel to other tabs; null for none. */
  readonly channel?: TabChannel | null;
  /** Runs a flush soon (after the next frame, by default). */
  readonly schedule?: (flush: () => void) => void;
  /** How long after a failed write the next is tried (ms). */
  readonly retryAfter?: number;
}

export interface Persistence {
  /** Stop saving and listening (what is queued stays unwritten). */
  stop(): void;
  /** Resolves once everything marked so far is written (or cannot be). */
  idle(): Promise<void>;
  /** Write what is queued now (the page is being hidden or closed). */
  flushNow(): void;
}

const reason = (error: unknown): string => {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return 'the browser’s storage is full';
  }
  return error instanceof Error ? error.message || error.name : String(error);
};

const defaultChannel = (): TabChannel | null =>
  typeof BroadcastChannel === 'function' ? new BroadcastChannel('actor-graph-datasets') : null;

/**
 * Load the saved datasets into the store, then keep storage in step with it. Resolves once loaded.
 */
export async function startPersistence(options: PersistenceOptions = {}): Promise<Persistence> {
  const store = options.store ?? useAppStore;
  const storage = options.storage ?? indexedDbStorage();
  const channel = options.channel === undefined ? defaultChannel() : options.channel;
  /** Storage problems go to the one notice channel, as warnings (alerts). */
  const warn = (text: string) => store.getState().addNotice('warning', text);
  const books = new Map<string, Book>();
  /** A write from another tab is being applied: it is stored already. */
  let applyingRemote = false;
  let stopped = false;
  /** A failure has been reported and no write has succeeded since. */
  let failureTold = false;

  // Messages from other tabs wait until this tab has loaded (tldraw's lesson: one sent while we
  // read may not be in what we read).
  const early: MessageEvent[] = [];
  if (channel) channel.onmessage = (event) => early.push(event);

  const stopWriting = () => {
    if (stopped) return;
    stopped = true;
    queue.stop();
    warn(
      'A newer version of Actor Graph is open in another tab: this tab no longer saves your edits. Export what you need as JSON, then reload the page.',
    );
  };
  storage.onNewerFormat(() => stopWriting());

  const writesFor = (changes: Changes): DatasetWrite[] => {
    const { datasets, histories } = store.getState();
    const writes: DatasetWrite[] = [];
    for (const [id, touched] of changes.datasets) {
      const dataset = datasets.find((d) => d.id === id);
      if (!dataset || touched.removed) {
        if (isBuiltInDataset(id) || dataset) continue;
        books.delete(id);
        writes.push({ id, removed: true });
        continue;
      }
      // A built-in dataset as the code has it is never written; moved, it is (for its positions).
      if (BUILT_IN_DATASETS.includes(dataset)) continue;
      const history = isBuiltInDataset(id) ? undefined : histories[id];
      const book = books.get(id);
      const incremental =
        book && !touched.whole
          ? {
              actors: chunkWrites(dataset.actors, touched.actors, book.actors),
              relations: chunkWrites(dataset.relations, touched.relations, book.relations),
            }
          : undefined;
      if (book && incremental?.actors && incremental.relations) {
        writes.push({
          id,
          savedAt: book.savedAt,
          ...(touched.head && { head: headOf(dataset) }),
          ...(touched.actors.size > 0 && { actors: incremental.actors }),
          ...(touched.relations.size > 0 && { relations: incremental.relations }),
          ...(touched.history && { steps: stepWrites(book, history) }),
        });
        continue;
      }
      // New, replaced, or not placeable record by record: the whole dataset, its old records gone.
      const whole: Book = {
        savedAt: book?.savedAt ?? Date.now(),
        actors: chunksOf(dataset.actors)!,
        relations: chunksOf(dataset.relations)!,
        steps: new Map(),
        stray: [],
      };
      books.set(id, whole);
      writes.push({
        id,
        replace: true,
        savedAt: whole.savedAt,
        head: headOf(dataset),
        actors: allChunks(whole.actors),
        relations: allChunks(whole.relations),
        steps: stepWrites(whole, history),
      });
    }
    return writes;
  };

  const queue: WriteQueue<Changes> = createWriteQueue<Changes>({
    merge: mergeChanges,
    // After a failed write this tab no longer knows what storage holds of those datasets.
    failed: (changes) => ({
      datasets: new Map([...changes.datasets].map(([id, t]) => [id, t.removed ? t : WHOLE])),
      clearLegacy: changes.clearLegacy,
    }),
    schedule: options.schedule,
    retryAfter: options.retryAfter,
    onState: (state) => setSaveState(state),
    write: async (changes) => {
      const t0 = performance.now();
      const writes = writesFor(changes);
      if (writes.length === 0 && !changes.clearLegacy) return;
      const built = performance.now();
      try {
        await storage.write(writes, { clearLegacy: changes.clearLegacy });
      } catch (error) {
        if (!failureTold) {
          failureTold = true;
          const { datasets } = store.getState();
          for (const w of writes) {
            const dataset = datasets.find((d) => d.id === w.id);
            if (!dataset) continue;
            warn(
              `“${dataset.title}” could not be saved in this browser (${reason(error)}). It stays open until you close or reload the page; export it as JSON to keep it.`,
            );
          }
        }
        throw error;
      }
      failureTold = false;
      measureWrite(writes, t0, built);
      // The other tabs apply what was written; each keeps its own undo history. A whole dataset
      // is not copied into the message (20 MB at 20k/100k, a long task): they read it back.
      const shared = writes.map(({ steps: _steps, ...w }) =>
        w.replace ? { id: w.id, replace: true, savedAt: w.savedAt } : w,
      );
      channel?.postMessage({
        type: 'written',
        format: STORE_FORMAT,
        writes: shared,
      } satisfies Message);
    },
  });

  const mark = (id: string, touched: Touched) => {
    if (!stopped) queue.mark({ datasets: new Map([[id, touched]]) });
  };

  // ---- load
  let loaded: LoadedDataset[] = [];
  let legacy: { savedAt: number; dataset: unknown; history?: unknown }[] = [];
  try {
    ({ datasets: loaded, legacy } = await storage.load().then((l) => ({
      datasets: [...l.datasets],
      legacy: [...l.legacy],
    })));
  } catch (error) {
    if (error instanceof NewerFormatError) {
      stopped = true;
      queue.stop();
      warn(
        'Your saved datasets were stored by a newer version of Actor Graph: this tab cannot open them and saves nothing. Reload the page.',
      );
    } else {
      warn(
        `Saved datasets could not be loaded (${reason(error)}). Imports still work but may not be kept after a reload.`,
      );
    }
  }
  type Candidate = { savedAt: number; dataset: unknown; history?: unknown; from?: LoadedDataset };
  const known = new Set(loaded.map((l) => l.id));
  const candidates: Candidate[] = [
    ...loaded.map((l) => ({
      savedAt: l.savedAt,
      dataset: l.dataset,
      history: l.history && {
        past: l.history.past.map(([, step]) => step),
        future: l.history.future.map(([, step]) => step),
      },
      from: l,
    })),
    // Format 1's records are migrated: written anew (whole) and emptied in one transaction.
    ...legacy.filter((l) => !known.has((l.dataset as { id?: string } | null)?.id ?? '')),
  ].sort((a, b) => a.savedAt - b.savedAt);
  const opened: { dataset: Dataset; history?: History; from?: LoadedDataset }[] = [];
  const moved = new Map<string, { positions: Map<string, Position>; from?: LoadedDataset }>();
  if (candidates.length > 0) {
    // Stored data is input like any file: check it again. Loaded lazily, as the import is.
    const { validateDataset } = await import('../model/import/validate');
    let refused = 0;
    for (const { dataset, history, from } of candidates) {
      const result = validateDataset(dataset);
      if (!result.ok) refused += 1;
      else if (!isBuiltInDataset(result.dataset.id)) {
        opened.push({ dataset: result.dataset, history: savedHistory(history), from });
      } else moved.set(result.dataset.id, { positions: positionsOf(result.dataset), from });
    }
    if (refused > 0) {
      warn(
        `${refused} saved dataset${refused > 1 ? 's were' : ' was'} damaged and could not be opened.`,
      );
    }
  }
  /** What storage holds of a dataset just read back (undefined if its chunks do not fit it). */
  const bookOf = (
    from: LoadedDataset,
    dataset: Dataset,
    history: History | undefined,
  ): Book | undefined => {
    const actors = chunksOf(dataset.actors, from.actorChunks);
    const relations = chunksOf(dataset.relations, from.relationChunks);
    if (!actors || !relations) return undefined;
    const steps = new Map<HistoryEntry, string>();
    if (history) {
      history.past.forEach((e, i) => steps.set(e, from.history!.past[i]![0]));
      history.future.forEach((e, i) => steps.set(e, from.history!.future[i]![0]));
    }
    return {
      savedAt: from.savedAt,
      actors,
      relations,
      steps,
      stray: [...from.straySteps],
    };
  };
  /** Datasets as this tab last wrote or read them: a different object in the store is a change. */
  const present = new Set(store.getState().datasets.map((d) => d.id));
  const pristine = new Set<Dataset>();
  const startup: Changes = { datasets: new Map(), clearLegacy: legacy.length > 0 };
  const startTouched = startup.datasets as Map<string, Touched>;
  for (const { dataset, history, from } of opened) {
    // An import made while loading wins over an older saved copy of the same id.
    if (present.has(dataset.id)) continue;
    store.getState().addDataset(dataset);
    if (history) store.setState((s) => ({ histories: { ...s.histories, [dataset.id]: history } }));
    pristine.add(dataset);
    const book = from && (history || !from.history) ? bookOf(from, dataset, history) : undefined;
    if (book) books.set(dataset.id, book);
    else startTouched.set(dataset.id, WHOLE); // migrated, or its saved history was dropped
  }
  for (const [id, { positions, from }] of moved) {
    const dataset = store.getState().datasets.find((d) => d.id === id);
    if (!dataset) continue;
    store.getState().commit(id, moveActors(dataset, positions));
    const placed = store.getState().datasets.find((d) => d.id === id)!;
    pristine.add(placed);
    const book = from && bookOf(from, placed, undefined);
    if (book) books.set(id, book);
    else startTouched.set(id, WHOLE);
  }
  // Imports (or moves) made before loading finished are saved too.
  for (const dataset of store.getState().datasets) {
    if (!pristine.has(dataset) && !BUILT_IN_DATASETS.includes(dataset)) {
      startTouched.set(dataset.id, WHOLE);
    }
  }
  if (!stopped) queue.mark(startup);

  // ---- keep storage in step with the store
  const unsubscribe = store.subscribe((state, previous) => {
    if (applyingRemote || stopped) return;
    if (state.datasets !== previous.datasets) {
      const before = new Map(previous.datasets.map((d) => [d.id, d]));
      const change = state.lastChange;
      for (const dataset of state.datasets) {
        const old = before.get(dataset.id);
        before.delete(dataset.id);
        if (old === dataset) continue;
        if (old && change?.after === dataset && change.before === old) {
          mark(dataset.id, {
            whole: false,
            removed: false,
            head: change.diff.head !== undefined,
            history: false,
            actors: idsOf(change.diff.actors),
            relations: idsOf(change.diff.relations),
          });
        } else mark(dataset.id, WHOLE);
      }
      for (const id of before.keys()) if (!isBuiltInDataset(id)) mark(id, REMOVED);
    }
    if (state.histories !== previous.histories) {
      for (const id of Object.keys(state.histories)) {
        if (state.histories[id] === previous.histories[id] || isBuiltInDataset(id)) continue;
        if (!state.datasets.some((d) => d.id === id)) continue;
        mark(id, { ...WHOLE, whole: false, head: false, history: true });
      }
    }
  });

  // ---- other tabs
  /** Read back a dataset another tab wrote whole, and apply it as that tab's write. */
  const readWhole = async (id: string) => {
    const { datasets } = await storage.load();
    const from = datasets.find((d) => d.id === id);
    if (!from || stopped) return;
    const { validateDataset } = await import('../model/import/validate');
    const result = validateDataset(from.dataset);
    if (!result.ok) return;
    const book = bookOf(from, result.dataset, undefined);
    applyingRemote = true;
    try {
      if (isBuiltInDataset(id)) {
        const current = store.getState().datasets.find((d) => d.id === id);
        if (current) store.getState().commit(id, moveActors(current, positionsOf(result.dataset)));
      } else {
        store.getState().addDataset(result.dataset);
      }
    } finally {
      applyingRemote = false;
    }
    if (book) books.set(id, { ...book, steps: new Map() });
    else books.delete(id);
  };
  const applyRemote = (write: DatasetWrite) => {
    if (write.replace && !write.head) {
      void readWhole(write.id).catch(() => undefined);
      return;
    }
    const { datasets } = store.getState();
    const current = datasets.find((d) => d.id === write.id);
    let lost: { actors: Set<string>; relations: Set<string> } | undefined;
    applyingRemote = true;
    try {
      if (write.removed) {
        books.delete(write.id);
        if (current) store.getState().removeDataset(write.id);
        return;
      }
      const known = books.get(write.id);
      if (!write.replace && !current) return; // records of a dataset this tab does not have
      // This tab's records that the other's chunks wrote over, found before this tab's view of
      // those chunks changes: written again below.
      lost =
        current && known && !write.replace
          ? {
              actors: overwritten(current.actors, known.actors, write.actors),
              relations: overwritten(current.relations, known.relations, write.relations),
            }
          : undefined;
      const book: Book =
        known && !write.replace
          ? known
          : {
              // A whole write deletes every saved record and step of the dataset, this tab's too.
              savedAt: write.savedAt ?? Date.now(),
              actors: emptyChunks(),
              relations: emptyChunks(),
              steps: new Map(),
              stray: [],
            };
      takeChunks(book.actors, write.actors);
      takeChunks(book.relations, write.relations);
      books.set(write.id, book);
      if (isBuiltInDataset(write.id)) {
        // Only positions of a built-in dataset are ever written: those the other tab changed.
        if (!current) return;
        const changed = write.replace ? undefined : new Set(write.actors?.changed ?? []);
        const actors = datasetOfWrite(write).actors.filter((a) => !changed || changed.has(a.id));
        store.getState().commit(write.id, moveActors(current, positionsOf({ actors })));
      } else if (write.replace) {
        store.getState().addDataset(datasetOfWrite(write));
      } else if (current) {
        store.getState().commit(write.id, diffOfWrite(current, write));
      }
    } finally {
      applyingRemote = false;
    }
    if (lost && lost.actors.size + lost.relations.size > 0) {
      mark(write.id, {
        whole: false,
        removed: false,
        head: false,
        history: false,
        actors: lost.actors,
        relations: lost.relations,
      });
    }
  };
  const onMessage = (event: MessageEvent) => {
    const message = event.data as Partial<Message> | null;
    if (stopped || typeof message?.format !== 'number') return;
    if (message.format > STORE_FORMAT) return stopWriting();
    if (message.format < STORE_FORMAT) {
      // An older tab: tell it, so it stops writing.
      channel?.postMessage({ type: 'hello', format: STORE_FORMAT } satisfies Message);
      return;
    }
    if (message.type === 'written' && Array.isArray(message.writes)) {
      for (const write of message.writes) applyRemote(write);
    }
  };
  if (channel) {
    channel.onmessage = onMessage;
    for (const event of early.splice(0)) onMessage(event);
    channel.postMessage({ type: 'hello', format: STORE_FORMAT } satisfies Message);
  }

  // ---- closing the page writes what is queued at once
  const onHide = () => queue.flushNow();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') queue.flushNow();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
  }

  if (!stopped) queue.start();
  // Ask the browser to keep this site's storage under pressure (it may say no; nothing changes).
  if (typeof navigator !== 'undefined' && navigator.storage?.persist) {
    navigator.storage.persist().catch(() => undefined);
  }

  return {
    stop() {
      unsubscribe();
      if (channel) {
        channel.onmessage = null;
        if (options.channel === undefined) channel.close();
      }
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
      }
      stopped = true;
      queue.stop();
    },
    idle: () => queue.idle(),
    flushNow: () => queue.flushNow(),
  };
}

/** Times each write for the storage benchmark (bench/storage.mjs): what it wrote and how long. */
function measureWrite(writes: readonly DatasetWrite[], t0: number, built: number) {
  if (typeof performance.measure !== 'function') return;
  const records = writes.reduce(
    (n, w) =>
      n +
      (w.actors?.put.length ?? 0) +
      (w.relations?.put.length ?? 0) +
      (w.steps?.put.length ?? 0) +
      (w.head ? 1 : 0),
    0,
  );
  const whole = writes.some((w) => w.replace);
  performance.measure('actor-graph:save', {
    start: t0,
    end: performance.now(),
    // The size of what an edit wrote, as JSON (not counted for whole writes: that costs a frame).
    detail: {
      records,
      whole,
      buildMs: built - t0,
      bytes: whole ? 0 : JSON.stringify(writes).length,
    },
  });
}

function positionsOf(dataset: Pick<Dataset, 'actors'>): Map<string, Position> {
  const out = new Map<string, Position>();
  for (const a of dataset.actors) if (a.position) out.set(a.id, a.position);
  return out;
}
