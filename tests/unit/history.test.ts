// Undo and redo: every labelled commit is a step; any sequence of edits undone step by step gives
// back the start, and redone gives back the end.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import {
  addRecords,
  changeHead,
  moveActors,
  removeRecords,
  retitle,
  updateRecords,
  type DatasetDiff,
} from '../../src/model/document';
import { deletionOf, setActorKind, setRelationType } from '../../src/model/edits';
import { validateDataset } from '../../src/model/import/validate';
import { HISTORY_LIMIT, useAppStore } from '../../src/store/app-store';
import { datasetArb } from './fixtures/dataset-arbitraries';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

/** One edit of the open dataset, chosen by numbers, always valid for the dataset it meets. */
function edit(
  dataset: Dataset,
  [kind, pick, value]: readonly [number, number, number],
): DatasetDiff {
  const actor = dataset.actors[pick % Math.max(1, dataset.actors.length)];
  const source = dataset.sources[0];
  const relation = dataset.relations[pick % Math.max(1, dataset.relations.length)];
  switch (kind % 8) {
    case 0:
      return actor
        ? moveActors(dataset, new Map([[actor.id, { x: value, y: -value }]]))
        : retitle(dataset, `t${value}`);
    case 1:
      return actor
        ? updateRecords(dataset, [{ ...actor, name: `${actor.name}+` }])
        : retitle(dataset, 'x');
    case 2:
      return actor ? removeRecords(dataset, [actor.id]) : retitle(dataset, 'y');
    case 3: {
      const id = `new-${value}-${dataset.actors.length}`;
      if (dataset.actors.some((a) => a.id === id)) return retitle(dataset, id);
      const relations =
        actor && source
          ? [
              {
                id: `${id}-r`,
                source: id,
                target: actor.id,
                type: 'attacked',
                evidence: [{ source: source.id }],
              },
            ]
          : [];
      if (relations.some((r) => dataset.relations.some((x) => x.id === r.id)))
        return retitle(dataset, id);
      return addRecords([{ id, name: `New ${value}`, kind: 'person' }], relations);
    }
    case 5: {
      // Multi-select's "Set kind" (and the table's Kind cell) on up to three actors.
      const ids = dataset.actors.slice(pick % 3, (pick % 3) + 3).map((a) => a.id);
      const result = setActorKind(dataset, ids, value % 2 === 0 ? 'militia' : 'state');
      return result.ok ? result.diff : retitle(dataset, 'kind');
    }
    case 6: {
      const result = relation
        ? setRelationType(dataset, [relation.id], value % 2 === 0 ? 'condemned' : 'allied')
        : null;
      return result?.ok ? result.diff : retitle(dataset, 'type');
    }
    case 7:
      // Deleting a selection of an actor and a relation at once.
      return deletionOf(dataset, [
        ...(actor ? [{ kind: 'actor' as const, id: actor.id }] : []),
        ...(relation ? [{ kind: 'relation' as const, id: relation.id }] : []),
      ]).diff;
    default:
      return retitle(dataset, `Title ${value}`);
  }
}

const stepArb = fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: -500, max: 500 }));

describe('history', () => {
  it('undoes any sequence of edits back to the start, and redoes it to the end, never invalid', () => {
    fc.assert(
      fc.property(datasetArb(), fc.array(stepArb, { maxLength: 12 }), (start, steps) => {
        useAppStore.setState(useAppStore.getInitialState(), true);
        const store = useAppStore.getState();
        store.addDataset(start);
        store.selectDataset(start.id);
        steps.forEach((step, i) => {
          const open = useAppStore.getState().dataset;
          useAppStore.getState().commit(open.id, edit(open, step), 'edit', `step ${i}`);
          expect(validateDataset(useAppStore.getState().dataset).ok).toBe(true);
        });
        const end = useAppStore.getState().dataset;
        for (let i = 0; i < steps.length; i++) useAppStore.getState().undo();
        expect(useAppStore.getState().dataset).toEqual(start);
        for (let i = 0; i < steps.length; i++) useAppStore.getState().redo();
        expect(useAppStore.getState().dataset).toEqual(end);
      }),
      { numRuns: 60 },
    );
  });

  it('names each step, forgets redo on a new edit, and keeps at least 200 steps', () => {
    const { commit } = useAppStore.getState();
    const mine = { ...centcomKh2024, id: 'mine', title: 'Mine' };
    useAppStore.getState().addDataset(mine);
    useAppStore.getState().selectDataset('mine');
    commit('mine', retitle(mine, 'One'), 'edit', 'rename to One');
    commit('mine', retitle(useAppStore.getState().dataset, 'Two'), 'edit', 'rename to Two');
    const history = () => useAppStore.getState().histories.mine!;
    expect(history().past.map((e) => e.label)).toEqual(['rename to One', 'rename to Two']);
    useAppStore.getState().undo();
    expect(useAppStore.getState().dataset.title).toBe('One');
    expect(history().future.map((e) => e.label)).toEqual(['rename to Two']);
    commit('mine', retitle(useAppStore.getState().dataset, 'Three'), 'edit', 'rename to Three');
    expect(history().future).toEqual([]);
    for (let i = 0; i < 260; i++) {
      commit('mine', retitle(useAppStore.getState().dataset, `T${i}`), 'edit', `rename ${i}`);
    }
    expect(history().past.length).toBeGreaterThanOrEqual(200);
    expect(history().past.length).toBe(HISTORY_LIMIT);
    expect(history().past.at(-1)!.label).toBe('rename 259');
  });

  it('does not record a layout’s positions, only labelled steps', () => {
    const mine = { ...centcomKh2024, id: 'mine', title: 'Mine' };
    useAppStore.getState().addDataset(mine);
    const kh = mine.actors[0]!;
    useAppStore
      .getState()
      .commit('mine', moveActors(mine, new Map([[kh.id, { x: 1, y: 1 }]])), 'canvas');
    expect(useAppStore.getState().histories.mine).toBeUndefined();
  });

  it('undoes the built-in dataset’s first edit inside its copy, and the built-in stays as it is', () => {
    const kh = centcomKh2024.actors.find((a) => a.id === 'kh')!;
    useAppStore
      .getState()
      .commit(
        centcomKh2024.id,
        updateRecords(centcomKh2024, [{ ...kh, name: 'KH!' }]),
        'edit',
        'edit Kataib Hezbollah',
      );
    const copyId = `${centcomKh2024.id}-edited`;
    expect(useAppStore.getState().dataset.id).toBe(copyId);
    useAppStore.getState().undo();
    expect(useAppStore.getState().dataset.id).toBe(copyId);
    expect(useAppStore.getState().dataset.actors).toEqual(centcomKh2024.actors);
    expect(useAppStore.getState().datasets[0]).toBe(centcomKh2024);
  });
});

describe('a built-in dataset’s first edit of its own fields', () => {
  it('goes into the copy, which keeps its id and title, and undoes there', () => {
    const next = {
      ...centcomKh2024,
      sources: centcomKh2024.sources.map((s) => ({ ...s, text: 'The report.' })),
    };
    useAppStore
      .getState()
      .commit(centcomKh2024.id, changeHead(centcomKh2024, next), 'edit', 'attach text');
    const copy = useAppStore.getState().dataset;
    expect(copy.id).toBe(`${centcomKh2024.id}-edited`);
    expect(copy.title).toBe(`${centcomKh2024.title} (edited)`);
    expect(copy.sources[0]!.text).toBe('The report.');
    useAppStore.getState().undo();
    const undone = useAppStore.getState().dataset;
    expect(undone.id).toBe(copy.id);
    expect(undone.title).toBe(copy.title);
    expect(undone.sources[0]!.text).toBeUndefined();
    expect(useAppStore.getState().datasets.map((d) => d.id)).toEqual([centcomKh2024.id, copy.id]);
  });
});

describe('selection and removal', () => {
  it('clears the selection of an element that an undone add removes', () => {
    const mine = { ...centcomKh2024, id: 'mine', title: 'Mine' };
    useAppStore.getState().addDataset(mine);
    useAppStore.getState().selectDataset('mine');
    useAppStore
      .getState()
      .commit('mine', addRecords([{ id: 'new', name: 'New', kind: 'person' }]), 'edit', 'add New');
    useAppStore.getState().select({ kind: 'actor', id: 'new' });
    useAppStore.getState().undo();
    expect(useAppStore.getState().selection).toBeNull();
    useAppStore.getState().redo();
    useAppStore.getState().select({ kind: 'actor', id: 'kh' });
    useAppStore.getState().undo();
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'kh' });
  });

  it('gives back the selection a step had: undo an added relation, the actor is selected again', () => {
    const mine = { ...centcomKh2024, id: 'mine', title: 'Mine' };
    useAppStore.getState().addDataset(mine);
    useAppStore.getState().selectDataset('mine');
    useAppStore.getState().select({ kind: 'actor', id: 'kh' });
    const relation = { ...centcomKh2024.relations[0]!, id: 'r-new' };
    useAppStore.getState().commit('mine', addRecords([], [relation]), 'edit', 'add relation');
    useAppStore.getState().select({ kind: 'relation', id: 'r-new' });
    useAppStore.getState().undo();
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'kh' });
    useAppStore.getState().redo();
    expect(useAppStore.getState().selection).toEqual({ kind: 'relation', id: 'r-new' });
    // Once the analyst selects something else, undo leaves it alone (it is not removed).
    useAppStore.getState().select({ kind: 'actor', id: 'iran' });
    useAppStore.getState().undo();
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'iran' });
  });
});
