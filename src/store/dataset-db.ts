// Datasets in IndexedDB in small pieces (docs/design.md §12): per dataset a head record, its
// actors and relations in chunks of a few hundred keyed [datasetId, n] (read back in n's order),
// its undo steps keyed [datasetId, step] and a history record naming which steps are past and
// future. An edit rewrites the chunks it touched; a write is one transaction (all of it or none).
// The database's version is the storage format: a newer one seen means this tab stops writing.
import type { Actor, Relation } from '../../graph-data/schema';
import type { DatasetHead } from '../model/document';

/** The storage format, the IndexedDB version: 1 kept a dataset and its history in one record. */
export const STORE_FORMAT = 2;
export const DB_NAME = 'actor-graph';
/** Format 1's store (idb-keyval's): read once and emptied when its datasets are migrated. */
const LEGACY = 'datasets';
const HEADS = 'heads';
const ACTORS = 'actors';
const RELATIONS = 'relations';
const STEPS = 'steps';
const HISTORIES = 'histories';
const STORES = [HEADS, ACTORS, RELATIONS, STEPS, HISTORIES] as const;
const KEYED = [ACTORS, RELATIONS, STEPS] as const;
/** The longest the page spends issuing one slice of a write's requests (ms). */
const SLICE_MS = 8;

/** What one write does to one kind of keyed record of a dataset. */
export interface RecordWrites<K, T> {
  readonly put: readonly (readonly [key: K, value: T])[];
  readonly delete: readonly K[];
}

/**
 * Chunks of a list rewritten or deleted, by number (ascending numbers are the list's order); with
 * the ids of the records the edit changed (for other tabs, which apply just those as a diff).
 */
export interface ChunkWrites<T> extends RecordWrites<number, readonly T[]> {
  readonly changed?: readonly string[];
}

/** Which saved steps are the past and the future of a dataset's history (oldest first). */
export interface StepOrder {
  readonly past: readonly string[];
  readonly future: readonly string[];
}

/** What one write changes of one dataset. */
export interface DatasetWrite {
  readonly id: string;
  /** Every record the dataset had is deleted first (a whole write, or `removed` alone). */
  readonly replace?: boolean;
  /** The dataset is gone: nothing else is written for it. */
  readonly removed?: boolean;
  readonly head?: DatasetHead;
  /** When the dataset was first saved (datasets are listed in that order). */
  readonly savedAt?: number;
  readonly actors?: ChunkWrites<Actor>;
  readonly relations?: ChunkWrites<Relation>;
  /** Undo steps by key (unique to the tab that wrote them); `order` null deletes the history. */
  readonly steps?: RecordWrites<string, unknown> & { readonly order: StepOrder | null };
}

/** One dataset as read back, not yet checked: storage is input like any file. */
export interface LoadedDataset {
  readonly id: string;
  readonly savedAt: number;
  /** The head's fields with the actors and relations, in their saved order. */
  readonly dataset: unknown;
  /** The number and length of each chunk of actors and of relations, in order. */
  readonly actorChunks: readonly (readonly [number, number])[];
  readonly relationChunks: readonly (readonly [number, number])[];
  /** Its history as saved: past and future steps, each with its key. */
  readonly history?: {
    readonly past: readonly (readonly [string, unknown])[];
    readonly future: readonly (readonly [string, unknown])[];
  };
  /** Saved steps its history does not name (another tab's, whose history was written over). */
  readonly straySteps: readonly string[];
}

/** Format 1's record: a dataset with its history. */
export interface LegacyDataset {
  readonly savedAt: number;
  readonly dataset: unknown;
  readonly history?: unknown;
}

export interface LoadedStorage {
  readonly datasets: readonly LoadedDataset[];
  /** Datasets still in format 1's record, to be written again in this format. */
  readonly legacy: readonly LegacyDataset[];
}

/** Where datasets are kept: IndexedDB in the app (a fake IndexedDB or a stand-in in tests). */
export interface DatasetStorage {
  load(): Promise<LoadedStorage>;
  /** All these writes in one transaction; `clearLegacy` empties format 1's record in it too. */
  write(writes: readonly DatasetWrite[], options?: { clearLegacy?: boolean }): Promise<void>;
  /** Called once if another tab opens the database in a newer format: this one must stop. */
  onNewerFormat(listener: () => void): void;
}

/** Thrown by `load` when the database was written by a newer version of the app. */
export class NewerFormatError extends Error {
  constructor() {
    super('the saved data is in a newer format');
    this.name = 'NewerFormatError';
  }
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const transactionDone = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('The write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('The write was aborted'));
  });

/** Every key [datasetId, …] of one dataset: arrays sort after strings and numbers. */
const ofDataset = (id: string) => IDBKeyRange.bound([id], [id, []]);

export function indexedDbStorage(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  { sliceMs = SLICE_MS }: { sliceMs?: number } = {},
): DatasetStorage {
  let opening: Promise<IDBDatabase> | undefined;
  let newer: (() => void) | undefined;
  const open = () =>
    (opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (!factory) return reject(new Error('this browser keeps no IndexedDB here'));
      const request = factory.open(DB_NAME, STORE_FORMAT);
      request.onupgradeneeded = () => {
        const db = request.result;
        for (const name of STORES)
          if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab opens a newer format: let it upgrade, and write no more from this one.
        db.onversionchange = () => {
          db.close();
          newer?.();
        };
        resolve(db);
      };
      request.onerror = () =>
        reject(request.error?.name === 'VersionError' ? new NewerFormatError() : request.error);
    }));

  return {
    onNewerFormat: (listener) => {
      newer = listener;
    },
    async load() {
      const db = await open();
      const names = [...STORES, ...(db.objectStoreNames.contains(LEGACY) ? [LEGACY] : [])];
      const tx = db.transaction(names, 'readonly');
      const all = (name: string) =>
        Promise.all([done(tx.objectStore(name).getAllKeys()), done(tx.objectStore(name).getAll())]);
      const [heads, actors, relations, steps, histories, legacy] = await Promise.all([
        all(HEADS),
        all(ACTORS),
        all(RELATIONS),
        all(STEPS),
        all(HISTORIES),
        names.includes(LEGACY)
          ? all(LEGACY)
          : Promise.resolve([[], []] as [IDBValidKey[], unknown[]]),
      ]);
      const byDataset = ([keys, values]: [IDBValidKey[], unknown[]]) => {
        const out = new Map<string, [string | number, unknown][]>();
        keys.forEach((key, i) => {
          const [datasetId, id] = key as [string, string | number];
          let list = out.get(datasetId);
          if (!list) out.set(datasetId, (list = []));
          list.push([id, values[i]]);
        });
        return out;
      };
      const actorsOf = byDataset(actors);
      const relationsOf = byDataset(relations);
      const stepsOf = byDataset(steps);
      const historyOf = new Map(histories[0].map((k, i) => [k as string, histories[1][i]]));
      const datasets = heads[0].map((key, i): LoadedDataset => {
        const id = key as string;
        const { savedAt, head } = (heads[1][i] ?? {}) as { savedAt?: number; head?: object };
        // Keys come back in order: [id, 0] < [id, 1] < … as numbers.
        const ordered = (list: [string | number, unknown][] = []) => {
          const chunks = list.map(([n, value]) => [Number(n), Array.isArray(value) ? value : []]);
          return {
            records: chunks.flatMap(([, records]) => records as unknown[]),
            chunks: chunks.map(
              ([n, records]) => [n as number, (records as unknown[]).length] as const,
            ),
          };
        };
        const a = ordered(actorsOf.get(id));
        const r = ordered(relationsOf.get(id));
        const stepById = new Map(
          (stepsOf.get(id) ?? []).map(([key, step]) => [String(key), step] as const),
        );
        const order = historyOf.get(id) as Partial<StepOrder> | undefined;
        const keyed = (list: unknown) =>
          Array.isArray(list) ? list.map((n) => [String(n), stepById.get(String(n))] as const) : [];
        const named = new Set([...keyed(order?.past), ...keyed(order?.future)].map(([k]) => k));
        return {
          id,
          savedAt: typeof savedAt === 'number' ? savedAt : 0,
          dataset: { ...head, actors: a.records, relations: r.records },
          actorChunks: a.chunks,
          relationChunks: r.chunks,
          ...(order && { history: { past: keyed(order.past), future: keyed(order.future) } }),
          straySteps: [...stepById.keys()].filter((k) => !named.has(k)),
        };
      });
      return {
        datasets,
        legacy: legacy[1].filter((v): v is LegacyDataset => typeof v === 'object' && v !== null),
      };
    },
    async write(writes, options = {}) {
      const db = await open();
      const names = [
        ...STORES,
        ...(options.clearLegacy && db.objectStoreNames.contains(LEGACY) ? [LEGACY] : []),
      ];
      const tx = db.transaction(names, 'readwrite');
      const finished = transactionDone(tx);
      const store = (name: string) => tx.objectStore(name);
      /** The write's requests, issued in order. */
      const requests: (() => IDBRequest)[] = [];
      if (names.includes(LEGACY)) requests.push(() => store(LEGACY).clear());
      for (const w of writes) {
        if (w.replace || w.removed) {
          for (const name of KEYED) requests.push(() => store(name).delete(ofDataset(w.id)));
          requests.push(() => store(HEADS).delete(w.id));
          requests.push(() => store(HISTORIES).delete(w.id));
        }
        if (w.removed) continue;
        const { head } = w;
        if (head) {
          const savedAt = w.savedAt ?? Date.now();
          requests.push(() => store(HEADS).put({ savedAt, head }, w.id));
        }
        const chunks = (name: string, changes: ChunkWrites<unknown> | undefined) => {
          for (const n of changes?.delete ?? []) requests.push(() => store(name).delete([w.id, n]));
          for (const [n, value] of changes?.put ?? []) {
            requests.push(() => store(name).put(value, [w.id, n]));
          }
        };
        chunks(ACTORS, w.actors);
        chunks(RELATIONS, w.relations);
        const { steps } = w;
        if (steps) {
          for (const key of steps.delete) requests.push(() => store(STEPS).delete([w.id, key]));
          for (const [key, step] of steps.put) {
            requests.push(() => store(STEPS).put(step, [w.id, key]));
          }
          requests.push(() =>
            steps.order ? store(HISTORIES).put(steps.order, w.id) : store(HISTORIES).delete(w.id),
          );
        }
      }
      // IndexedDB copies each value as it is put, on the page's thread. The requests go in slices
      // of a few milliseconds, each next slice from the success of the last request before it
      // (the transaction stays open while a request is pending): a whole 20k-actor dataset does
      // not hold the page in one long task, and the write is still one transaction.
      let failure: unknown;
      let busy = 0;
      let longest = 0;
      const issuedAt = performance.now();
      const issue = (from: number) => {
        const start = performance.now();
        let i = from;
        try {
          while (i < requests.length) {
            const request = requests[i++]!();
            if (i < requests.length && performance.now() - start >= sliceMs) {
              request.onsuccess = () => issue(i);
              break;
            }
          }
        } catch (error) {
          // A value that cannot be stored throws at once: nothing of this write is kept.
          failure = error;
          tx.abort();
        }
        const spent = performance.now() - start;
        busy += spent;
        longest = Math.max(longest, spent);
      };
      issue(0);
      try {
        await finished;
      } catch (error) {
        throw failure ?? error;
      }
      performance.measure?.('actor-graph:save-requests', {
        start: issuedAt,
        duration: busy,
        detail: { longest },
      });
    },
  };
}
