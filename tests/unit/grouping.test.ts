// "Group by parent": which shown actor each shown actor is drawn inside.
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Actor, Dataset } from '../../graph-data/schema';
import { DEFAULT_FILTERS, visibleGraph } from '../../src/model/filters';
import { groupParents } from '../../src/model/grouping';

const datasetOf = (actors: Actor[]): Dataset => ({
  format: 'actor-graph',
  version: 1,
  id: 't',
  title: 'T',
  sources: [],
  actors,
  relations: [],
});

const groupsOf = (dataset: Dataset, filters = DEFAULT_FILTERS) =>
  Object.fromEntries(groupParents(dataset, visibleGraph(dataset, filters)));

/** Whether following parents from any actor ever comes back to where it started. */
function hasLoop(parentOf: ReadonlyMap<string, string>): boolean {
  for (const start of parentOf.keys()) {
    const seen = new Set([start]);
    for (let at = parentOf.get(start); at !== undefined; at = parentOf.get(at)) {
      if (seen.has(at)) return true;
      seen.add(at);
    }
  }
  return false;
}

describe('groupParents', () => {
  it('groups every actor of the built-in dataset inside its parent when both are shown', () => {
    expect(groupsOf(centcomKh2024)).toEqual({
      centcom: 'united-states',
      'us-forces-iraq': 'united-states',
      'lloyd-austin': 'united-states',
      'biden-administration': 'united-states',
      'yehia-rasool': 'iraqi-armed-forces',
      'qassem-al-araji': 'iraqi-government',
      'qassem-soleimani': 'iran',
    });
  });

  it('draws a child on its own when its parent is hidden', () => {
    // Hiding states hides the United States and Iran; their children stand alone.
    const filters = { ...DEFAULT_FILTERS, hiddenActorKinds: ['state'] };
    expect(groupsOf(centcomKh2024, filters)).toEqual({
      'yehia-rasool': 'iraqi-armed-forces',
      'qassem-al-araji': 'iraqi-government',
    });
  });

  it('leaves out a hidden child', () => {
    const filters = { ...DEFAULT_FILTERS, hiddenActorKinds: ['person'] };
    expect(groupsOf(centcomKh2024, filters)).toEqual({
      centcom: 'united-states',
      'us-forces-iraq': 'united-states',
      'biden-administration': 'united-states',
    });
  });

  it('ignores a parent id that names no actor', () => {
    const dataset = datasetOf([{ id: 'a', name: 'A', kind: 'person', parent: 'missing' }]);
    expect(groupsOf(dataset)).toEqual({});
  });

  it('cuts an actor that is its own parent', () => {
    const dataset = datasetOf([{ id: 'a', name: 'A', kind: 'person', parent: 'a' }]);
    expect(groupsOf(dataset)).toEqual({});
  });

  it('cuts a two-actor loop at one link and keeps the other', () => {
    const dataset = datasetOf([
      { id: 'a', name: 'A', kind: 'person', parent: 'b' },
      { id: 'b', name: 'B', kind: 'person', parent: 'a' },
    ]);
    const parentOf = groupParents(dataset, visibleGraph(dataset, DEFAULT_FILTERS));
    expect(parentOf.size).toBe(1);
    expect(hasLoop(parentOf)).toBe(false);
  });

  it('cuts a longer loop once and keeps a chain that leads into it', () => {
    const dataset = datasetOf([
      { id: 'a', name: 'A', kind: 'person', parent: 'b' },
      { id: 'b', name: 'B', kind: 'person', parent: 'c' },
      { id: 'c', name: 'C', kind: 'person', parent: 'a' },
      { id: 'd', name: 'D', kind: 'person', parent: 'a' },
    ]);
    const parentOf = groupParents(dataset, visibleGraph(dataset, DEFAULT_FILTERS));
    expect(hasLoop(parentOf)).toBe(false);
    expect(parentOf.size).toBe(3);
    expect(parentOf.get('d')).toBe('a');
  });
});
