// The store-to-Cytoscape adapter on a headless Cytoscape: what the filters hide is hidden (a
// `display` bypass), what they show again comes back with the stylesheet's own display, and the
// other state classes stay classes.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { GraphAdapter } from '../../src/graph/adapter';
import { SLICED_ABOVE, useCanvasProgress } from '../../src/graph/canvas-work';
import { addRecords, removeRecords, updateRecords } from '../../src/model/document';
import { graphStylesheet, LIGHT_PALETTE } from '../../src/graph/stylesheet';
import { useAppStore } from '../../src/store/app-store';

const small: Dataset = {
  format: 'actor-graph',
  version: 1,
  id: 'small',
  title: 'Small',
  sources: [],
  actors: [
    { id: 'a', name: 'Alpha', kind: 'person', position: { x: 0, y: 0 } },
    { id: 'b', name: 'Bravo', kind: 'person', position: { x: 100, y: 0 } },
    { id: 'c', name: 'Charlie', kind: 'state', position: { x: 0, y: 100 } },
  ],
  relations: [
    { id: 'a-b', source: 'a', target: 'b', type: 'attacked', evidence: [] },
    { id: 'b-c', source: 'b', target: 'c', type: 'allied', evidence: [] },
    { id: 'c-a', source: 'c', target: 'a', type: 'attacked', evidence: [] },
  ],
};

let cy: Core;
let adapter: GraphAdapter;

/** An empty headless Cytoscape, as react-cytoscapejs leaves it, and the adapter opening `dataset`. */
function mount(dataset: Dataset) {
  useAppStore.getState().addDataset(dataset);
  useAppStore.getState().selectDataset(dataset.id);
  cy = cytoscape({ headless: true, styleEnabled: true, style: graphStylesheet(LIGHT_PALETTE) });
  adapter = new GraphAdapter(cy);
  adapter.start();
}

const shownIds = () =>
  cy
    .elements()
    .filter((e) => e.visible())
    .map((e) => e.id())
    .sort();

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

afterEach(() => {
  adapter.destroy();
  cy.destroy();
});

describe('GraphAdapter', () => {
  it('hides the relations of a hidden type and shows them again', () => {
    mount(small);
    expect(shownIds()).toEqual(['a', 'a-b', 'b', 'b-c', 'c', 'c-a']);
    useAppStore.getState().setRelationTypeShown('attacked', false);
    expect(shownIds()).toEqual(['a', 'b', 'b-c', 'c']);
    expect(cy.getElementById('a-b').style('display')).toBe('none');
    useAppStore.getState().setRelationTypeShown('attacked', true);
    expect(shownIds()).toEqual(['a', 'a-b', 'b', 'b-c', 'c', 'c-a']);
    expect(cy.getElementById('a-b').style('display')).toBe('element');
  });

  it('hides an actor kind with its relations, and keeps selection and fading as classes', () => {
    mount(small);
    useAppStore.getState().select({ kind: 'actor', id: 'a' });
    expect(cy.getElementById('a').hasClass('selected')).toBe(true);
    expect(cy.getElementById('b-c').hasClass('faded')).toBe(true);
    useAppStore.getState().setActorKindShown('state', false);
    expect(shownIds()).toEqual(['a', 'a-b', 'b']);
    // Hidden, not faded: one state at a time.
    expect(cy.getElementById('b-c').hasClass('faded')).toBe(false);
    useAppStore.getState().setActorKindShown('state', true);
    expect(shownIds()).toEqual(['a', 'a-b', 'b', 'b-c', 'c', 'c-a']);
    expect(cy.getElementById('b-c').hasClass('faded')).toBe(true);
    expect(cy.getElementById('a').hasClass('selected')).toBe(true);
  });

  it('keeps what is hidden hidden when a stylesheet replaces the old one', () => {
    mount(small);
    useAppStore.getState().setRelationTypeShown('attacked', false);
    cy.style(graphStylesheet(LIGHT_PALETTE));
    expect(shownIds()).toEqual(['a', 'b', 'b-c', 'c']);
    useAppStore.getState().setRelationTypeShown('attacked', true);
    expect(shownIds()).toEqual(['a', 'a-b', 'b', 'b-c', 'c', 'c-a']);
  });

  it('starts again from nothing hidden when a dataset with the same ids opens', () => {
    mount(small);
    useAppStore.getState().setRelationTypeShown('attacked', false);
    expect(shownIds()).toEqual(['a', 'b', 'b-c', 'c']);
    useAppStore.getState().addDataset({ ...small, id: 'twin', title: 'Twin' });
    useAppStore.getState().selectDataset('twin');
    adapter.start(); // as the view does once the switch is rendered
    expect(shownIds()).toEqual(['a', 'a-b', 'b', 'b-c', 'c', 'c-a']);
  });
});

/** Let the adapter's deferred position commits reach the store. */
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

const other: Dataset = {
  ...small,
  id: 'other',
  title: 'Other',
  actors: small.actors.slice(0, 2),
  relations: small.relations.slice(0, 1),
};
const storedPosition = (id: string) =>
  useAppStore.getState().dataset.actors.find((a) => a.id === id)?.position;

describe('GraphAdapter and the document', () => {
  it('stores a dragged position, and the actor is still there after a switch away and back', async () => {
    mount(small);
    useAppStore.getState().addDataset(other);
    const a = cy.getElementById('a');
    a.position({ x: 333, y: -44 });
    a.emit('dragfree');
    await settle();
    expect(storedPosition('a')).toEqual({ x: 333, y: -44 });
    useAppStore.getState().selectDataset('other');
    adapter.start(); // as the view does once the switch is rendered
    expect(cy.getElementById('c').empty()).toBe(true);
    useAppStore.getState().selectDataset('small');
    adapter.start();
    expect(cy.getElementById('a').position()).toEqual({ x: 333, y: -44 });
  });

  it('stores the positions a layout gives', async () => {
    mount(small);
    useAppStore.getState().runLayout('grid');
    await settle();
    for (const id of ['a', 'b', 'c']) {
      expect(storedPosition(id)).toEqual(cy.getElementById(id).position());
    }
    expect(storedPosition('a')).not.toEqual({ x: 0, y: 0 });
  });

  it('adds an actor beside the one it relates to, and no other actor moves', () => {
    mount(small);
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const { commit } = useAppStore.getState();
    commit(
      'small',
      addRecords(
        [{ id: 'd', name: 'Delta', kind: 'militia' }],
        [{ id: 'd-b', source: 'd', target: 'b', type: 'attacked', evidence: [] }],
      ),
    );
    for (const [id, p] of before) expect(cy.getElementById(id).position()).toEqual(p);
    const d = cy.getElementById('d').position();
    expect(Math.hypot(d.x - 100, d.y - 0)).toBeLessThanOrEqual(100);
    expect(cy.getElementById('d-b').nonempty()).toBe(true);
  });

  it('applies a rename to that one element without rebuilding it or moving the camera', () => {
    mount(small);
    cy.viewport({ zoom: 1.7, pan: { x: 12, y: -30 } });
    cy.getElementById('b').scratch('probe', 'kept');
    cy.getElementById('a').scratch('probe', 'kept');
    const dataset = useAppStore.getState().dataset;
    useAppStore
      .getState()
      .commit('small', updateRecords(dataset, [{ ...dataset.actors[0]!, name: 'Alfa' }]));
    expect(cy.getElementById('a').data('label')).toBe('Alfa');
    expect(cy.getElementById('a').scratch('probe')).toBe('kept');
    expect(cy.getElementById('b').scratch('probe')).toBe('kept');
    expect(cy.zoom()).toBe(1.7);
    expect(cy.pan()).toEqual({ x: 12, y: -30 });
  });

  it('removes an actor and its relations by id, keeping filters applied to the rest', () => {
    mount(small);
    useAppStore.getState().setRelationTypeShown('allied', false);
    const dataset = useAppStore.getState().dataset;
    useAppStore.getState().commit('small', removeRecords(dataset, ['a']));
    expect(cy.getElementById('a').empty()).toBe(true);
    expect(cy.getElementById('a-b').empty()).toBe(true);
    expect(shownIds()).toEqual(['b', 'c']);
  });

  it('gives an added relation the look the filters give its type (a hidden type stays hidden)', () => {
    mount(small);
    useAppStore.getState().setRelationTypeShown('allied', false);
    useAppStore
      .getState()
      .commit(
        'small',
        addRecords([], [{ id: 'a-c', source: 'a', target: 'c', type: 'allied', evidence: [] }]),
      );
    expect(cy.getElementById('a-c').nonempty()).toBe(true);
    expect(shownIds()).toEqual(['a', 'a-b', 'b', 'c', 'c-a']);
    useAppStore.getState().setRelationTypeShown('allied', true);
    expect(shownIds()).toEqual(['a', 'a-b', 'a-c', 'b', 'b-c', 'c', 'c-a']);
  });

  it('selects several with Shift-tap and a box: each marked, nothing faded', async () => {
    mount(small);
    cy.getElementById('a').emit('tap');
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'a' });
    cy.getElementById('b').emit({ type: 'tap', originalEvent: { shiftKey: true } } as never);
    expect(useAppStore.getState().multiSelection).toEqual([
      { kind: 'actor', id: 'a' },
      { kind: 'actor', id: 'b' },
    ]);
    expect(cy.getElementById('a').hasClass('selected')).toBe(true);
    expect(cy.getElementById('b').hasClass('selected')).toBe(true);
    expect(cy.getElementById('c').hasClass('faded')).toBe(false);
    // A box names each element in it; they join the selection together (hidden ones do not).
    useAppStore.getState().setRelationTypeShown('attacked', false);
    cy.getElementById('c').emit('box');
    cy.getElementById('b-c').emit('box');
    cy.getElementById('c-a').emit('box');
    await Promise.resolve();
    expect(useAppStore.getState().multiSelection.map((s) => s.id)).toEqual(['a', 'b', 'c', 'b-c']);
    cy.getElementById('a').emit({ type: 'tap', originalEvent: { ctrlKey: true } } as never);
    expect(cy.getElementById('a').hasClass('selected')).toBe(false);
    cy.getElementById('b').emit('tap');
    expect(useAppStore.getState().multiSelection).toEqual([]);
    expect(cy.getElementById('c').hasClass('selected')).toBe(false);
  });
});

/** A dataset of `actors` actors in a ring, each related to the next: over SLICED_ABOVE when large. */
function ring(id: string, actors: number, positions = true): Dataset {
  return {
    format: 'actor-graph',
    version: 1,
    id,
    title: id,
    sources: [],
    actors: Array.from({ length: actors }, (_, i) => ({
      id: `${id}-${i}`,
      name: `Actor ${i}`,
      kind: i % 2 ? 'person' : 'state',
      ...(positions ? { position: { x: (i % 100) * 70, y: Math.floor(i / 100) * 70 } } : {}),
    })),
    relations: Array.from({ length: actors }, (_, i) => ({
      id: `${id}-r${i}`,
      source: `${id}-${i}`,
      target: `${id}-${(i + 1) % actors}`,
      type: i % 3 ? 'attacked' : 'allied',
      evidence: [],
    })),
  };
}

describe('GraphAdapter, large work in slices', () => {
  const large = ring('large', SLICED_ABOVE / 2 + 500);
  const total = large.actors.length + large.relations.length;

  it('draws a large dataset in slices with progress, and applies what changed meanwhile after', async () => {
    mount(large);
    // The work starts in a task of its own, a slice at a time: the page gets the thread back.
    expect(cy.elements().length).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cy.elements().length).toBeGreaterThan(0);
    expect(cy.elements().length).toBeLessThan(total);
    const progress = useCanvasProgress.getState().progress;
    expect(progress?.label).toBe('Drawing “large”');
    expect(progress?.total).toBe(total);
    // The analyst hides a type and renames an actor while it draws.
    useAppStore.getState().setRelationTypeShown('allied', false);
    const dataset = useAppStore.getState().dataset;
    useAppStore
      .getState()
      .commit('large', updateRecords(dataset, [{ ...dataset.actors[3]!, name: 'Renamed' }]));
    await adapter.idle();
    expect(useCanvasProgress.getState().progress).toBeNull();
    expect(cy.elements().length).toBe(total);
    expect(cy.getElementById('large-3').data('label')).toBe('Renamed');
    const allied = large.relations.filter((r) => r.type === 'allied');
    expect(cy.edges().filter((e) => e.visible()).length).toBe(
      large.relations.length - allied.length,
    );
    expect(cy.getElementById(allied[0]!.id).style('display')).toBe('none');
  });

  it('applies a large diff in slices, then the edit committed after it, in order', async () => {
    mount(small);
    const extra = ring('extra', SLICED_ABOVE / 2 + 500, false);
    const { commit } = useAppStore.getState();
    commit('small', addRecords(extra.actors, extra.relations));
    expect(cy.elements().length).toBeLessThan(6 + total);
    const after = useAppStore.getState().dataset;
    commit('small', removeRecords(after, ['extra-0']));
    await adapter.idle();
    expect(cy.nodes().length).toBe(3 + extra.actors.length - 1);
    expect(cy.getElementById('extra-0').empty()).toBe(true);
    expect(cy.getElementById('extra-r0').empty()).toBe(true);
    expect(cy.edges().length).toBe(3 + extra.relations.length - 2);
    // Actors that came without a place were given one beside their neighbours, and it is stored.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const stored = useAppStore.getState().dataset.actors.find((a) => a.id === 'extra-5');
    expect(stored?.position).toEqual(cy.getElementById('extra-5').position());
  });

  it('stops drawing a large dataset when another is opened, and shows only that one', async () => {
    mount(large);
    expect(cy.elements().length).toBeLessThan(total);
    // Waiting for the canvas (as an export does) ends once the other dataset is on it.
    const idle = adapter.idle().then(() => 'idle');
    useAppStore.getState().addDataset(small);
    useAppStore.getState().selectDataset('small');
    adapter.start();
    await adapter.idle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(
      cy
        .elements()
        .map((e) => e.id())
        .sort(),
    ).toEqual(['a', 'a-b', 'b', 'b-c', 'c', 'c-a']);
    expect(useCanvasProgress.getState().progress).toBeNull();
    await expect(idle).resolves.toBe('idle');
  });
});
