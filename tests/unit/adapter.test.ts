// The store-to-Cytoscape adapter on a headless Cytoscape: what the filters hide is hidden (a
// `display` bypass), what they show again comes back with the stylesheet's own display, and the
// other state classes stay classes.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { GraphAdapter } from '../../src/graph/adapter';
import { datasetElements } from '../../src/graph/elements';
import { graphStylesheet, LIGHT_PALETTE } from '../../src/graph/stylesheet';
import { useAppStore } from '../../src/store/app-store';
import { vocabularyFor } from '../../src/store/derived';

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

/** A headless Cytoscape holding `dataset`, as react-cytoscapejs would leave it, and the adapter. */
function mount(dataset: Dataset) {
  useAppStore.getState().addDataset(dataset);
  useAppStore.getState().selectDataset(dataset.id);
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStylesheet(LIGHT_PALETTE),
    elements: datasetElements(dataset, vocabularyFor(dataset)),
  });
  adapter = new GraphAdapter(cy);
  adapter.elementsReady();
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

  it('starts again from nothing hidden when its elements are ready again (kept ones too)', () => {
    mount(small);
    useAppStore.getState().setRelationTypeShown('attacked', false);
    // As after a dataset switch that keeps elements with the same ids.
    adapter.elementsReady();
    expect(shownIds()).toEqual(['a', 'b', 'b-c', 'c']);
    useAppStore.setState({ filters: useAppStore.getInitialState().filters });
    expect(shownIds()).toEqual(['a', 'a-b', 'b', 'b-c', 'c', 'c-a']);
  });
});
