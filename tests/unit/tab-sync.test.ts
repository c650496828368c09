// Two tabs on the same stored datasets (docs/design.md §12): each applies what the other writes,
// so neither overwrites the other's edits; a tab told of a newer storage format stops writing.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { addRecords, removeRecords, updateRecords } from '../../src/model/document';
import { createAppStore } from '../../src/store/app-store';
import { indexedDbStorage } from '../../src/store/dataset-db';
import { startPersistence, type Persistence, type TabChannel } from '../../src/store/persistence';

/** Two ends of a channel between two tabs: each message is copied, as a BroadcastChannel does. */
function channelPair(): [TabChannel, TabChannel] {
  const ends = [0, 1].map(() => ({
    onmessage: null as TabChannel['onmessage'],
    postMessage(message: unknown) {
      const other = ends[ends.indexOf(this) === 0 ? 1 : 0]!;
      const data = structuredClone(message);
      setTimeout(() => other.onmessage?.({ data } as MessageEvent), 0);
    },
    close() {},
  }));
  return [ends[0]!, ends[1]!];
}

const running: Persistence[] = [];
afterEach(() => running.splice(0).forEach((p) => p.stop()));

async function tab(factory: IDBFactory, channel: TabChannel | null) {
  const store = createAppStore();
  const persistence = await startPersistence({
    storage: indexedDbStorage(factory),
    store,
    channel,
    schedule: (flush) => setTimeout(flush, 0),
  });
  running.push(persistence);
  return { store, persistence };
}

const pause = (ms = 10) => new Promise((r) => setTimeout(r, ms));
/** Waits until `check` holds (messages and writes take a few turns of the event loop). */
async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await pause(5);
}
const shared: Dataset = { ...centcomKh2024, id: 'shared', title: 'Shared' };

/** Give an actor of the dataset a new description, as the Actor dialog does. */
function describeActor(store: ReturnType<typeof createAppStore>, index: number, text: string) {
  const dataset = store.getState().datasets.find((d) => d.id === 'shared')!;
  const actor = dataset.actors[index]!;
  store
    .getState()
    .commit('shared', updateRecords(dataset, [{ ...actor, description: text }]), 'edit', 'edit');
}

const descriptionOf = (store: ReturnType<typeof createAppStore>, index: number) =>
  store.getState().datasets.find((d) => d.id === 'shared')?.actors[index]?.description;

describe('two tabs', () => {
  it('both keep their edits: each tab applies the other’s writes, and storage holds both', async () => {
    const factory = new IDBFactory();
    const [toB, toA] = channelPair();
    const a = await tab(factory, toB);
    const b = await tab(factory, toA);
    a.store.getState().addDataset(shared);
    await until(() => b.store.getState().datasets.some((d) => d.id === 'shared'));
    expect(b.store.getState().datasets.map((d) => d.id)).toContain('shared');

    // Edits in both tabs at the same moment, to different actors.
    describeActor(a.store, 1, 'Edited in tab A.');
    describeActor(b.store, 2, 'Edited in tab B.');
    await until(
      () =>
        descriptionOf(a.store, 2) === 'Edited in tab B.' &&
        descriptionOf(b.store, 1) === 'Edited in tab A.',
    );
    await Promise.all([a.persistence.idle(), b.persistence.idle()]);
    for (const t of [a, b]) {
      expect(descriptionOf(t.store, 1)).toBe('Edited in tab A.');
      expect(descriptionOf(t.store, 2)).toBe('Edited in tab B.');
    }
    // Each tab's undo history is its own: B did not get A's step.
    expect(b.store.getState().histories.shared?.past.map((s) => s.label)).toEqual(['edit']);

    // A third tab (a reload) reads both edits from storage.
    const c = await tab(factory, null);
    expect(descriptionOf(c.store, 1)).toBe('Edited in tab A.');
    expect(descriptionOf(c.store, 2)).toBe('Edited in tab B.');
    // The history saved is one tab's whole (its steps keyed apart from the other's): its undo
    // takes back that tab's edit and leaves the other's.
    c.store.getState().selectDataset('shared');
    expect(c.store.getState().histories.shared?.past).toHaveLength(1);
    c.store.getState().undo();
    const undone = [descriptionOf(c.store, 1), descriptionOf(c.store, 2)];
    const original = [shared.actors[1]!.description, shared.actors[2]!.description];
    expect(undone[0] === original[0] || undone[1] === original[1]).toBe(true);
    expect(undone.filter((d) => d?.startsWith('Edited in tab'))).toHaveLength(1);
  });

  it('a removal in one tab and an add in the other, in the same chunk, are both kept', async () => {
    const factory = new IDBFactory();
    const [toB, toA] = channelPair();
    const a = await tab(factory, toB);
    const b = await tab(factory, toA);
    a.store.getState().addDataset(shared);
    await until(() => b.store.getState().datasets.some((d) => d.id === 'shared'));
    const gone = shared.relations[3]!;
    const added = { ...shared.relations[0]!, id: 'added-in-b' };
    a.store.getState().commit('shared', removeRecords(shared, [], [gone.id]), 'edit', 'delete');
    b.store.getState().commit('shared', addRecords([], [added]), 'edit', 'add');
    const ids = (t: { store: ReturnType<typeof createAppStore> }) =>
      t.store
        .getState()
        .datasets.find((d) => d.id === 'shared')!
        .relations.map((r) => r.id);
    await until(() => ids(a).includes('added-in-b') && !ids(b).includes(gone.id));
    await pause(30);
    await Promise.all([a.persistence.idle(), b.persistence.idle()]);
    const c = await tab(factory, null);
    for (const t of [a, b, c]) {
      expect(ids(t)).toContain('added-in-b');
      expect(ids(t)).not.toContain(gone.id);
    }
  });

  it('a dataset removed in one tab is removed in the other', async () => {
    const factory = new IDBFactory();
    const [toB, toA] = channelPair();
    const a = await tab(factory, toB);
    const b = await tab(factory, toA);
    a.store.getState().addDataset(shared);
    await until(() => b.store.getState().datasets.some((d) => d.id === 'shared'));
    b.store.getState().removeDataset('shared');
    await until(() => !a.store.getState().datasets.some((d) => d.id === 'shared'));
    await b.persistence.idle();
    expect(a.store.getState().datasets.map((d) => d.id)).not.toContain('shared');
    expect((await indexedDbStorage(factory).load()).datasets).toEqual([]);
  });

  it('a tab told that another holds a newer storage format stops writing and says so', async () => {
    const factory = new IDBFactory();
    const [toB, toA] = channelPair();
    const b = await tab(factory, toA);
    toB.postMessage({ type: 'hello', format: 99 });
    await until(() => b.store.getState().notices.length > 0);
    expect(
      b.store
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toMatch(/this tab no longer saves your edits/);
    b.store.getState().addDataset(shared);
    await pause(30);
    await b.persistence.idle();
    expect((await indexedDbStorage(factory).load()).datasets).toEqual([]);
  });

  it('a tab in an older format is told to stop: the newer tab answers its hello', async () => {
    const [toB, toA] = channelPair();
    await tab(new IDBFactory(), toA);
    const heard: unknown[] = [];
    toB.onmessage = (e) => heard.push(e.data);
    await pause();
    heard.length = 0;
    toB.postMessage({ type: 'hello', format: 1 });
    await pause();
    expect(heard).toEqual([{ type: 'hello', format: 2 }]);
  });
});
