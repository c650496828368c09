// Keeping datasets (docs/design.md §8, §11, §12) in IndexedDB (fake-indexeddb here): loaded at
// start-up, each edit written as the records it touched, the last 100 undo steps kept, never the
// built-in dataset's content; storage failures warn and keep the data in memory; format 1's
// one-record datasets migrate; a newer format stops the writing.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import {
  addRecords,
  moveActors,
  removeRecords,
  retitle,
  updateRecords,
} from '../../src/model/document';
import { useAppStore } from '../../src/store/app-store';
import {
  DB_NAME,
  indexedDbStorage,
  type DatasetStorage,
  type DatasetWrite,
} from '../../src/store/dataset-db';
import {
  CHUNK,
  SAVED_HISTORY_STEPS,
  startPersistence,
  type Persistence,
} from '../../src/store/persistence';
import { useSaveState } from '../../src/store/save-status';

const imported = (id: string, title = id): Dataset => ({ ...centcomKh2024, id, title });

/** The IndexedDB storage on one fake IndexedDB, every write recorded, failing when told to. */
function storageOn(factory: IDBFactory) {
  const real = indexedDbStorage(factory);
  const writes: DatasetWrite[][] = [];
  let failing = false;
  const storage: DatasetStorage = {
    load: () => real.load(),
    onNewerFormat: (l) => real.onNewerFormat(l),
    write: (w, options) => {
      writes.push([...w]);
      if (failing) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
      return real.write(w, options);
    },
  };
  return { storage, writes, fail: (on = true) => (failing = on) };
}

/** The storage warnings among the notices, one text. */
const warning = () =>
  useAppStore
    .getState()
    .notices.filter((n) => n.kind === 'warning')
    .map((n) => n.text)
    .join(' ');

/** Flushes run at once in these tests (no frames in node). */
const now = (flush: () => void) => setTimeout(flush, 0);
const open = (storage: DatasetStorage) =>
  startPersistence({ storage, channel: null, schedule: now, retryAfter: 10 });

let factory: IDBFactory;
let running: Persistence | undefined;

/** Reload: a fresh store, a fresh connection to the same IndexedDB. */
async function reload() {
  await running?.idle();
  running?.stop();
  useAppStore.setState(useAppStore.getInitialState(), true);
  const next = storageOn(factory);
  running = await open(next.storage);
  return next;
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  factory = new IDBFactory();
});
afterEach(() => {
  running?.stop();
  running = undefined;
});

/** Commit through the store and wait until it is written. */
async function settle() {
  await new Promise((r) => setTimeout(r, 0));
  await running!.idle();
}

describe('persistence', () => {
  it('loads saved datasets at start-up in the order they were first saved, and writes nothing back', async () => {
    const first = storageOn(factory);
    running = await open(first.storage);
    useAppStore.getState().addDataset(imported('first'));
    await settle();
    useAppStore.getState().addDataset(imported('second'));
    useAppStore.getState().renameDataset('first', 'First, renamed'); // keeps its place
    await settle();
    const again = await reload();
    expect(useAppStore.getState().datasets.map((d) => d.id)).toEqual([
      centcomKh2024.id,
      'first',
      'second',
    ]);
    expect(useAppStore.getState().dataset.id).toBe(centcomKh2024.id);
    await settle();
    expect(again.writes).toEqual([]); // what was loaded is not written back
  });

  it('an edit writes only the records it touched; a reload gives the same dataset back', async () => {
    const fake = storageOn(factory);
    running = await open(fake.storage);
    useAppStore.getState().addDataset(imported('mine', 'Mine'));
    await settle();
    expect(fake.writes[0]![0]).toMatchObject({ id: 'mine', replace: true });
    const mine = () => useAppStore.getState().datasets.find((d) => d.id === 'mine')!;
    const actor = mine().actors[3]!;
    useAppStore
      .getState()
      .commit('mine', updateRecords(mine(), [{ ...actor, description: 'Typed.' }]), 'edit', 'edit');
    await settle();
    const [write] = fake.writes[1]!;
    expect(write!.replace).toBeUndefined();
    expect(write!.head).toBeUndefined();
    // One chunk of actors, holding the edited one.
    expect(write!.actors!.put).toHaveLength(1);
    const [, chunk] = write!.actors!.put[0]!;
    expect(chunk.find((a) => a.id === actor.id)?.description).toBe('Typed.');
    expect(chunk.length).toBeLessThanOrEqual(CHUNK);
    expect(write!.relations).toBeUndefined();
    expect(write!.steps!.put).toHaveLength(1); // the new undo step, not the whole history
    const expected = mine();
    await reload();
    expect(mine()).toEqual(expected);
  });

  it('removing a dataset deletes every record of it', async () => {
    const fake = storageOn(factory);
    running = await open(fake.storage);
    useAppStore.getState().addDataset(imported('gone'));
    await settle();
    useAppStore.getState().removeDataset('gone');
    await settle();
    const loaded = await indexedDbStorage(factory).load();
    expect(loaded.datasets).toEqual([]);
  });

  it('never saves the built-in dataset as the code has it', async () => {
    const fake = storageOn(factory);
    running = await open(fake.storage);
    useAppStore.getState().selectDataset(centcomKh2024.id);
    useAppStore.getState().addDataset(imported('other'));
    await settle();
    expect(fake.writes.flat().map((w) => w.id)).toEqual(['other']);
  });

  it('skips a damaged saved dataset with a warning, and keeps the rest; a built-in id brings no content', async () => {
    const whole = (d: Dataset, savedAt: number): DatasetWrite => {
      const { actors, relations, ...head } = d;
      return {
        id: d.id,
        replace: true,
        savedAt,
        head,
        actors: { put: [[0, actors]], delete: [] },
        relations: { put: [[0, relations]], delete: [] },
      };
    };
    const broken = { ...imported('broken'), actors: [] }; // its relations dangle
    await indexedDbStorage(factory).write([
      whole(broken, 1),
      whole(imported(centcomKh2024.id, 'Impostor'), 2),
      whole(imported('fine'), 3),
    ]);
    running = await open(storageOn(factory).storage);
    const state = useAppStore.getState();
    expect(state.datasets.map((d) => d.id)).toEqual([centcomKh2024.id, 'fine']);
    expect(state.datasets[0]!.title).toBe(centcomKh2024.title);
    expect(warning()).toMatch(/1 saved dataset was damaged/);
  });

  it('keeps where the built-in dataset’s actors were moved, and nothing else of a saved copy', async () => {
    const first = storageOn(factory);
    running = await open(first.storage);
    const kh = centcomKh2024.actors[0]!;
    useAppStore
      .getState()
      .commit(centcomKh2024.id, moveActors(centcomKh2024, new Map([[kh.id, { x: 1234, y: -56 }]])));
    await settle();
    expect(first.writes.flat().map((w) => w.id)).toEqual([centcomKh2024.id]);
    // A second move writes only the moved actor.
    const other = centcomKh2024.actors[1]!;
    const moved = useAppStore.getState().dataset;
    useAppStore
      .getState()
      .commit(centcomKh2024.id, moveActors(moved, new Map([[other.id, { x: 5, y: 6 }]])));
    await settle();
    expect(first.writes[1]![0]!.actors!.put).toHaveLength(1);
    expect(first.writes[1]![0]!.relations).toBeUndefined();
    await reload();
    const reopened = useAppStore.getState().dataset;
    expect(reopened.title).toBe(centcomKh2024.title);
    expect(reopened.actors[0]!.position).toEqual({ x: 1234, y: -56 });
    expect(reopened.actors[1]!.position).toEqual({ x: 5, y: 6 });
    expect(reopened.actors[2]).toEqual(centcomKh2024.actors[2]);
  });

  it('warns when storage is full, keeps the dataset in memory, and saves it once storage works again', async () => {
    const fake = storageOn(factory);
    fake.fail();
    running = await open(fake.storage);
    useAppStore.getState().addDataset(imported('big', 'Big import'));
    await settle();
    expect(warning()).toMatch(
      /“Big import” could not be saved in this browser \(the browser’s storage is full\)/,
    );
    expect(useSaveState.getState().state).toBe('failed');
    expect(useAppStore.getState().datasets.map((d) => d.id)).toContain('big');
    fake.fail(false);
    await new Promise((r) => setTimeout(r, 30)); // the retry
    await settle();
    expect(useSaveState.getState().state).toBe('saved');
    await reload();
    expect(useAppStore.getState().datasets.map((d) => d.id)).toContain('big');
  });

  it('warns when saved datasets cannot be loaded, and imports still work', async () => {
    const storage: DatasetStorage = {
      ...indexedDbStorage(factory),
      load: () => Promise.reject(new Error('IndexedDB is blocked')),
    };
    running = await open(storage);
    expect(warning()).toMatch(/could not be loaded \(IndexedDB is blocked\)/);
    useAppStore.getState().addDataset(imported('later'));
    await settle();
    expect((await indexedDbStorage(factory).load()).datasets.map((d) => d.id)).toEqual(['later']);
  });

  it('an import made while loading wins over an older saved copy with the same id', async () => {
    running = await open(storageOn(factory).storage);
    useAppStore.getState().addDataset(imported('same', 'Old copy'));
    await settle();
    running.stop();
    useAppStore.setState(useAppStore.getInitialState(), true);
    const started = open(storageOn(factory).storage);
    useAppStore.getState().addDataset(imported('same', 'New import'));
    running = await started;
    const same = useAppStore.getState().datasets.filter((d) => d.id === 'same');
    expect(same.map((d) => d.title)).toEqual(['New import']);
    await reload();
    expect(useAppStore.getState().datasets.find((d) => d.id === 'same')!.title).toBe('New import');
  });

  it('any adds, removals, undos and redos reload as the same dataset, in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.record({ op: fc.constant('remove' as const), at: fc.nat(4 * CHUNK) }),
            fc.record({ op: fc.constant('add' as const), n: fc.nat(1000) }),
            fc.record({ op: fc.constant('undo' as const) }),
            fc.record({ op: fc.constant('redo' as const) }),
          ),
          { maxLength: 12 },
        ),
        async (ops) => {
          factory = new IDBFactory();
          running?.stop();
          useAppStore.setState(useAppStore.getInitialState(), true);
          running = await open(storageOn(factory).storage);
          // Three full chunks of relations: adds open a fourth, removals and undos cross them.
          const relations = Array.from({ length: 3 * CHUNK }, (_, i) => ({
            ...centcomKh2024.relations[i % centcomKh2024.relations.length]!,
            id: `r${i}`,
          }));
          useAppStore.getState().addDataset({ ...imported('prop'), relations });
          useAppStore.getState().selectDataset('prop');
          let added = 0;
          for (const step of ops) {
            const d = useAppStore.getState().dataset;
            if (step.op === 'remove' && d.relations.length > 0) {
              const r = d.relations[step.at % d.relations.length]!;
              useAppStore.getState().commit('prop', removeRecords(d, [], [r.id]), 'edit', 'remove');
            } else if (step.op === 'add') {
              const [a, b] = [d.actors[step.n % d.actors.length]!, d.actors[0]!];
              const relation = {
                ...d.relations[0]!,
                id: `new-${added++}`,
                source: a.id,
                target: b.id,
              };
              useAppStore.getState().commit('prop', addRecords([], [relation]), 'edit', 'add');
            } else if (step.op === 'undo') useAppStore.getState().undo();
            else if (step.op === 'redo') useAppStore.getState().redo();
            if (step.op !== 'redo') await new Promise((r) => setTimeout(r, 0)); // some writes apart
          }
          const expected = useAppStore.getState().dataset;
          const history = useAppStore.getState().histories.prop;
          await reload();
          const reopened = useAppStore.getState().datasets.find((d) => d.id === 'prop')!;
          expect(reopened.relations.map((r) => r.id)).toEqual(expected.relations.map((r) => r.id));
          expect(reopened).toEqual(expected);
          expect(useAppStore.getState().histories.prop?.past.map((s) => s.label) ?? []).toEqual(
            history?.past.map((s) => s.label) ?? [],
          );
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('IndexedDB writes', () => {
  const chunk = (n: number, value: unknown) => [n, [value]] as const;

  it('a write issued in many slices is still one transaction: a value that cannot be stored keeps all of it out', async () => {
    // Every request in a slice of its own (each next one from the last one's success).
    const storage = indexedDbStorage(factory, { sliceMs: 0 });
    const actors = centcomKh2024.actors;
    const good: DatasetWrite = {
      id: 'sliced',
      replace: true,
      head: { ...imported('sliced'), actors: undefined, relations: undefined } as never,
      actors: { put: actors.map((a, n) => chunk(n, a)) as never, delete: [] },
    };
    await storage.write([good]);
    const loaded = (await storage.load()).datasets[0]!;
    expect((loaded.dataset as Dataset).actors).toEqual(actors);
    expect(loaded.actorChunks).toHaveLength(actors.length);

    const bad: DatasetWrite = {
      id: 'sliced',
      actors: {
        put: [chunk(0, { ...actors[0], name: 'Changed' }), chunk(5, () => 'no')] as never,
        delete: [1, 2],
      },
    };
    await expect(storage.write([bad])).rejects.toThrow();
    const after = (await storage.load()).datasets[0]!;
    expect((after.dataset as Dataset).actors).toEqual(actors); // nothing of it kept
  });
});

describe('persistence of undo history', () => {
  it('keeps the last steps of a dataset’s history with it, so undo works after a reload', async () => {
    const fake = storageOn(factory);
    running = await open(fake.storage);
    const mine = imported('mine', 'Mine');
    useAppStore.getState().addDataset(mine);
    useAppStore.getState().selectDataset('mine');
    for (let i = 0; i < SAVED_HISTORY_STEPS + 5; i++) {
      const d = useAppStore.getState().dataset;
      useAppStore.getState().commit('mine', retitle(d, `Title ${i}`), 'edit', `rename ${i}`);
      if (i % 20 === 0) await settle();
    }
    useAppStore.getState().undo();
    await settle();
    // An undo writes the head it changes and the history's order; of the steps, only the one
    // that comes back into the last 100 (the undone one is stored already).
    useAppStore.getState().undo();
    await settle();
    const undoWrite = fake.writes.at(-1)![0]!;
    expect(undoWrite.steps!.put.map(([, step]) => (step as { label: string }).label)).toEqual([
      'rename 3',
    ]);
    expect(undoWrite.head).toBeDefined();
    useAppStore.getState().redo();
    await reload();
    useAppStore.getState().selectDataset('mine');
    const history = useAppStore.getState().histories.mine!;
    expect(history.past).toHaveLength(SAVED_HISTORY_STEPS);
    expect(history.future.map((s) => s.label)).toEqual([`rename ${SAVED_HISTORY_STEPS + 4}`]);
    expect(useAppStore.getState().dataset.title).toBe(`Title ${SAVED_HISTORY_STEPS + 3}`);
    useAppStore.getState().undo();
    expect(useAppStore.getState().dataset.title).toBe(`Title ${SAVED_HISTORY_STEPS + 2}`);
    useAppStore.getState().redo();
    useAppStore.getState().redo();
    expect(useAppStore.getState().dataset.title).toBe(`Title ${SAVED_HISTORY_STEPS + 4}`);
    // Steps past the last 100 are deleted from storage, not only left out of the order.
    await settle();
    const stored = await countSteps(factory);
    expect(stored).toBe(SAVED_HISTORY_STEPS);
  });

  it('drops a saved history that is not the shape the app writes, and keeps the dataset', async () => {
    running = await open(storageOn(factory).storage);
    useAppStore.getState().addDataset(imported('mine', 'Mine'));
    await settle();
    running.stop();
    await indexedDbStorage(factory).write([
      {
        id: 'mine',
        steps: { put: [['1', { label: 3 }]], delete: [], order: { past: ['1'], future: [] } },
      },
    ]);
    useAppStore.setState(useAppStore.getInitialState(), true);
    running = await open(storageOn(factory).storage);
    expect(useAppStore.getState().datasets.map((d) => d.id)).toContain('mine');
    expect(useAppStore.getState().histories.mine).toBeUndefined();
  });
});

/** The undo steps IndexedDB holds, of every dataset. */
function countSteps(f: IDBFactory): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = f.open(DB_NAME);
    request.onsuccess = () => {
      const db = request.result;
      const count = db.transaction('steps').objectStore('steps').count();
      count.onsuccess = () => {
        db.close();
        resolve(count.result);
      };
      count.onerror = () => reject(count.error);
    };
    request.onerror = () => reject(request.error);
  });
}

describe('storage formats', () => {
  /** Format 1: idb-keyval's store, one record per dataset with its history. */
  function writeFormat1(f: IDBFactory, records: unknown[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = f.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('datasets');
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction('datasets', 'readwrite');
        records.forEach((r) =>
          tx.objectStore('datasets').put(r, (r as { dataset: Dataset }).dataset.id),
        );
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }

  it('opens datasets saved in format 1 (one record each) with their history, and writes them in this format', async () => {
    const old = imported('old', 'Old');
    const renamed = retitle(old, 'Old, renamed');
    await writeFormat1(factory, [
      {
        savedAt: 1,
        dataset: { ...old, title: 'Old, renamed' },
        history: { past: [{ label: 'rename Old', diff: renamed }], future: [] },
      },
    ]);
    const fake = storageOn(factory);
    running = await open(fake.storage);
    await settle();
    expect(useAppStore.getState().datasets.find((d) => d.id === 'old')?.title).toBe('Old, renamed');
    expect(fake.writes[0]![0]).toMatchObject({ id: 'old', replace: true });
    const loaded = await indexedDbStorage(factory).load();
    expect(loaded.legacy).toEqual([]); // emptied in the same transaction
    expect(loaded.datasets.map((d) => d.id)).toEqual(['old']);
    await reload();
    useAppStore.getState().selectDataset('old');
    expect(useAppStore.getState().histories.old?.past.map((s) => s.label)).toEqual(['rename Old']);
    useAppStore.getState().undo();
    expect(useAppStore.getState().dataset.title).toBe('Old');
  });

  it('a tab that finds storage in a newer format writes nothing and says so', async () => {
    await new Promise<void>((resolve) => {
      const request = factory.open(DB_NAME, 99);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const fake = storageOn(factory);
    running = await open(fake.storage);
    expect(warning()).toMatch(/newer version of Actor Graph/);
    useAppStore.getState().addDataset(imported('mine'));
    await settle();
    expect(fake.writes).toEqual([]);
    expect(useSaveState.getState().state).toBe('stopped');
  });

  it('a tab open when another opens the storage in a newer format stops writing', async () => {
    const fake = storageOn(factory);
    running = await open(fake.storage);
    useAppStore.getState().addDataset(imported('before'));
    await settle();
    await new Promise<void>((resolve) => {
      const request = factory.open(DB_NAME, 99); // the newer tab; ours lets it upgrade
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    expect(useSaveState.getState().state).toBe('stopped');
    expect(warning()).toMatch(/this tab no longer saves your edits/);
    const count = fake.writes.length;
    useAppStore.getState().addDataset(imported('after'));
    await settle();
    expect(fake.writes).toHaveLength(count);
    expect(useAppStore.getState().datasets.map((d) => d.id)).toContain('after'); // kept in memory
  });
});
