// Focus: the filtered graph narrowed to an actor's neighbourhood, and the memoised view.
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { DEFAULT_FILTERS, visibleGraph, type Filters } from '../../src/model/filters';
import { focusedGraph, visibleFor } from '../../src/store/derived';

const shown = (filters: Filters = DEFAULT_FILTERS) => visibleGraph(centcomKh2024, filters);
const ids = (items: readonly { id: string }[]) => items.map((x) => x.id).sort();

describe('focusedGraph', () => {
  it('is the filtered graph itself when nothing is focused', () => {
    const visible = shown();
    expect(focusedGraph(visible, null)).toBe(visible);
  });

  it('keeps Kataib Hezbollah and its direct neighbours at 1 hop', () => {
    const g = focusedGraph(shown(), { actorId: 'kh', hops: 1 });
    expect(ids(g.actors)).toEqual(
      [
        'kh',
        'centcom',
        'us-forces-iraq',
        'al-asad',
        'abu-mahdi-al-muhandis',
        'iran',
        'qassem-soleimani',
      ].sort(),
    );
    expect(ids(g.relations)).toEqual(
      [
        'centcom-attacked-kh',
        'kh-attacked-us-forces',
        'kh-attacked-al-asad',
        'al-muhandis-founded-kh',
        'iran-allied-kh',
        'kh-allied-soleimani',
      ].sort(),
    );
    expect([...g.actorIds].sort()).toEqual(ids(g.actors));
    expect([...g.relationIds].sort()).toEqual(ids(g.relations));
  });

  it('adds the next ring and the ties among it at 2 hops', () => {
    const g = focusedGraph(shown(), { actorId: 'kh', hops: 2 });
    expect(ids(g.actors)).toEqual(
      [
        'kh',
        'centcom',
        'us-forces-iraq',
        'al-asad',
        'abu-mahdi-al-muhandis',
        'iran',
        'qassem-soleimani',
        'iri',
        'united-states',
      ].sort(),
    );
    expect(ids(g.relations)).toEqual(
      [
        'centcom-attacked-kh',
        'kh-attacked-us-forces',
        'kh-attacked-al-asad',
        'al-muhandis-founded-kh',
        'iran-allied-kh',
        'kh-allied-soleimani',
        'iri-attacked-us-forces',
        'us-attacked-soleimani',
        'us-attacked-al-muhandis',
        'iran-allied-iri',
      ].sort(),
    );
  });

  it('walks only the relations the filters show', () => {
    const g = focusedGraph(shown({ ...DEFAULT_FILTERS, hiddenRelationTypes: ['allied'] }), {
      actorId: 'kh',
      hops: 1,
    });
    expect(ids(g.actors)).toEqual(
      ['kh', 'centcom', 'us-forces-iraq', 'al-asad', 'abu-mahdi-al-muhandis'].sort(),
    );
  });

  it('keeps only the focused actor when the filters hide all its relations', () => {
    const visible = shown({
      ...DEFAULT_FILTERS,
      hiddenRelationTypes: ['attacked', 'condemned', 'founded', 'allied'],
    });
    const g = focusedGraph(visible, { actorId: 'kh', hops: 2 });
    expect(ids(g.actors)).toEqual(['kh']);
    expect(g.relations).toEqual([]);
  });

  it('falls back to the filtered graph when the focused actor is hidden', () => {
    const visible = shown({ ...DEFAULT_FILTERS, hiddenActorKinds: ['militia'] });
    expect(focusedGraph(visible, { actorId: 'kh', hops: 1 })).toBe(visible);
  });

  it('falls back to the filtered graph when the focused actor does not exist', () => {
    const visible = shown();
    expect(focusedGraph(visible, { actorId: 'nobody', hops: 1 })).toBe(visible);
  });
});

describe('visibleFor', () => {
  it('returns the same graph for the same dataset, filters and focus', () => {
    const focus = { actorId: 'kh', hops: 1 };
    const first = visibleFor({ dataset: centcomKh2024, filters: DEFAULT_FILTERS, focus });
    const again = visibleFor({ dataset: centcomKh2024, filters: DEFAULT_FILTERS, focus });
    expect(again).toBe(first);
  });

  it('recomputes when the focus changes', () => {
    const one = visibleFor({
      dataset: centcomKh2024,
      filters: DEFAULT_FILTERS,
      focus: { actorId: 'kh', hops: 1 },
    });
    const two = visibleFor({
      dataset: centcomKh2024,
      filters: DEFAULT_FILTERS,
      focus: { actorId: 'kh', hops: 2 },
    });
    expect(one.actors).toHaveLength(7);
    expect(two.actors).toHaveLength(9);
    const none = visibleFor({ dataset: centcomKh2024, filters: DEFAULT_FILTERS, focus: null });
    expect(none.actors).toHaveLength(centcomKh2024.actors.length);
  });
});
