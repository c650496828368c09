// Keeping imported datasets (docs/design.md §8, §11): loaded at start-up, saved and deleted as the store
// changes, never the built-in one; storage failures warn and keep the data in memory.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { moveActors, retitle } from '../../src/model/document';
import { useAppStore } from '../../src/store/app-store';
import {
  SAVED_HISTORY_STEPS,
  startPersistence,
  type SavedDataset,
  writeAfterFrame,
  type DatasetStorage,
} from '../../src/store/persistence';

const imported = (id: string, title = id): Dataset => ({ ...centcomKh2024, id, title });

/** An in-memory storage that can be told to fail like a full disk. */
function fakeStorage(initial: { savedAt: number; dataset: unknown }[] = []) {
  const kept = new Map<string, { savedAt: number; dataset: unknown }>();
  initial.forEach((e) => kept.set((e.dataset as Dataset).id ?? String(e.savedAt), e));
  const calls: string[] = [];
  let failSaves = false;
  let failLoad = false;
  const storage: DatasetStorage = {
    load: () =>
      failLoad
        ? Promise.reject(new Error('IndexedDB is blocked'))
        : Promise.resolve([...kept.values()]),
    save: (d) => {
      calls.push(`save ${d.id}`);
      if (failSaves) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
      kept.set(d.id, { savedAt: Date.now(), dataset: d });
      return Promise.resolve();
    },
    remove: (id) => {
      calls.push(`remove ${id}`);
      kept.delete(id);
      return Promise.resolve();
    },
  };
  return {
    storage,
    kept,
    calls,
    failSaves: () => (failSaves = true),
    failLoad: () => (failLoad = true),
  };
}

/** The storage warnings among the notices, one text. */
const warning = () =>
  useAppStore
    .getState()
    .notices.filter((n) => n.kind === 'warning')
    .map((n) => n.text)
    .join(' ');

const flush = () => new Promise((r) => setTimeout(r, 0));
let stop: (() => void) | undefined;

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});
afterEach(() => stop?.());

describe('persistence', () => {
  it('loads saved datasets at start-up, oldest first, after the built-in one', async () => {
    const fake = fakeStorage([
      { savedAt: 2, dataset: imported('second') },
      { savedAt: 1, dataset: imported('first') },
    ]);
    stop = await startPersistence(fake.storage);
    expect(useAppStore.getState().datasets.map((d) => d.id)).toEqual([
      centcomKh2024.id,
      'first',
      'second',
    ]);
    expect(useAppStore.getState().dataset.id).toBe(centcomKh2024.id);
    expect(fake.calls).toEqual([]); // what was loaded is not written back
  });

  it('saves an imported dataset, saves it again when renamed, and deletes it when removed', async () => {
    const fake = fakeStorage();
    stop = await startPersistence(fake.storage);
    const app = useAppStore.getState();
    app.addDataset(imported('mine', 'Mine'));
    app.renameDataset('mine', 'Renamed');
    app.removeDataset('mine');
    await flush();
    expect(fake.calls).toEqual(['save mine', 'save mine', 'remove mine']);
    expect(fake.kept.size).toBe(0);
  });

  it('never saves the built-in dataset', async () => {
    const fake = fakeStorage();
    stop = await startPersistence(fake.storage);
    useAppStore.getState().selectDataset(centcomKh2024.id);
    useAppStore.getState().addDataset(imported('other'));
    await flush();
    expect(fake.calls).toEqual(['save other']);
  });

  it('skips a damaged saved dataset with a warning, and keeps the rest; a built-in id brings no content', async () => {
    const fake = fakeStorage([
      { savedAt: 1, dataset: { ...imported('broken'), actors: 'not a list' } },
      { savedAt: 2, dataset: imported(centcomKh2024.id, 'Impostor') },
      { savedAt: 3, dataset: imported('fine') },
    ]);
    stop = await startPersistence(fake.storage);
    const state = useAppStore.getState();
    expect(state.datasets.map((d) => d.id)).toEqual([centcomKh2024.id, 'fine']);
    expect(state.datasets[0]).toBe(centcomKh2024);
    expect(warning()).toMatch(/1 saved dataset was damaged/);
  });

  it('keeps where the built-in dataset’s actors were moved, and nothing else of a saved copy', async () => {
    const first = fakeStorage();
    stop = await startPersistence(first.storage);
    const kh = centcomKh2024.actors[0]!;
    useAppStore
      .getState()
      .commit(centcomKh2024.id, moveActors(centcomKh2024, new Map([[kh.id, { x: 1234, y: -56 }]])));
    await flush();
    expect(first.calls).toEqual([`save ${centcomKh2024.id}`]);
    stop();
    // A reload: the store starts from the code's dataset; a saved copy also claims another title.
    useAppStore.setState(useAppStore.getInitialState(), true);
    const saved = first.kept.get(centcomKh2024.id)!;
    const second = fakeStorage([
      { ...saved, dataset: { ...(saved.dataset as Dataset), title: 'Impostor' } },
    ]);
    stop = await startPersistence(second.storage);
    const reopened = useAppStore.getState().dataset;
    expect(reopened.title).toBe(centcomKh2024.title);
    expect(reopened.actors[0]!.position).toEqual({ x: 1234, y: -56 });
    expect(reopened.actors[1]).toEqual(centcomKh2024.actors[1]);
  });

  it('warns when storage is full and keeps the dataset in memory', async () => {
    const fake = fakeStorage();
    fake.failSaves();
    stop = await startPersistence(fake.storage);
    useAppStore.getState().addDataset(imported('big', 'Big import'));
    await flush();
    expect(warning()).toMatch(
      /“Big import” could not be saved in this browser \(the browser’s storage is full\)/,
    );
    expect(useAppStore.getState().datasets.map((d) => d.id)).toContain('big');
  });

  it('warns when saved datasets cannot be loaded, and imports still work', async () => {
    const fake = fakeStorage();
    fake.failLoad();
    stop = await startPersistence(fake.storage);
    expect(warning()).toMatch(/could not be loaded \(IndexedDB is blocked\)/);
    useAppStore.getState().addDataset(imported('later'));
    await flush();
    expect(fake.calls).toEqual(['save later']);
  });

  it('an import made while loading wins over an older saved copy with the same id', async () => {
    const fake = fakeStorage([{ savedAt: 1, dataset: imported('same', 'Old copy') }]);
    const started = startPersistence(fake.storage);
    useAppStore.getState().addDataset(imported('same', 'New import'));
    stop = await started;
    const same = useAppStore.getState().datasets.filter((d) => d.id === 'same');
    expect(same.map((d) => d.title)).toEqual(['New import']);
    await flush();
    expect((fake.kept.get('same')?.dataset as Dataset).title).toBe('New import');
  });
});

describe('writeAfterFrame', () => {
  it('runs writes one after another in the order asked, none before the caller returns', async () => {
    const log: string[] = [];
    let finishFirst = () => {};
    const first = writeAfterFrame(
      () =>
        new Promise<void>((resolve) => {
          log.push('first starts');
          finishFirst = () => {
            log.push('first ends');
            resolve();
          };
        }),
    );
    const second = writeAfterFrame(async () => {
      log.push('second');
    });
    expect(log).toEqual([]); // deferred: the frame comes first
    await flush();
    await flush();
    expect(log).toEqual(['first starts']); // the second waits for the first
    finishFirst();
    await Promise.all([first, second]);
    expect(log).toEqual(['first starts', 'first ends', 'second']);
  });

  it('keeps going after a write fails, and reports the failure to its caller', async () => {
    const failed = writeAfterFrame(() => Promise.reject(new Error('quota')));
    const next = writeAfterFrame(() => Promise.resolve());
    await expect(failed).rejects.toThrow('quota');
    await expect(next).resolves.toBeUndefined();
  });
});

describe('persistence of undo history', () => {
  it('keeps the last steps of a dataset’s history with it, so undo works after a reload', async () => {
    const kept = new Map<string, SavedDataset>();
    const storage: DatasetStorage = {
      load: () => Promise.resolve([...kept.values()]),
      save: (dataset, history) => {
        kept.set(dataset.id, { savedAt: Date.now(), dataset, history });
        return Promise.resolve();
      },
      remove: (id) => {
        kept.delete(id);
        return Promise.resolve();
      },
    };
    stop = await startPersistence(storage);
    const mine = imported('mine', 'Mine');
    useAppStore.getState().addDataset(mine);
    useAppStore.getState().selectDataset('mine');
    for (let i = 0; i < SAVED_HISTORY_STEPS + 5; i++) {
      const d = useAppStore.getState().dataset;
      useAppStore.getState().commit('mine', retitle(d, `Title ${i}`), 'edit', `rename ${i}`);
    }
    useAppStore.getState().undo();
    await flush();
    stop();

    // A reload: a fresh store, the same storage.
    useAppStore.setState(useAppStore.getInitialState(), true);
    stop = await startPersistence(storage);
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
  });

  it('drops a saved history that is not the shape the app writes, and keeps the dataset', async () => {
    const fake = fakeStorage([
      {
        savedAt: 1,
        dataset: imported('mine', 'Mine'),
        history: { past: [{ label: 3 }], future: [] },
      },
    ] as unknown as { savedAt: number; dataset: unknown }[]);
    stop = await startPersistence(fake.storage);
    expect(useAppStore.getState().datasets.map((d) => d.id)).toContain('mine');
    expect(useAppStore.getState().histories.mine).toBeUndefined();
  });
});
