// Focus: the filtered graph narrowed to an actor's neighbourhood, and the memoised view.
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { DEFAULT_FILTERS, visibleGraph, type Filters } from '../../src/model/filters';
import { relationTypeCounts } from '../../src/model/filters';
import { timelineLayout } from '../../src/model/timeline';
import {
  focusedGraph,
  timelineLayoutFor,
  typeCountsFor,
  visibleFor,
} from '../../src/store/derived';

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

describe('typeCountsFor', () => {
  const withTypes = (hiddenRelationTypes: string[]): Filters => ({
    ...DEFAULT_FILTERS,
    hiddenRelationTypes,
  });

  it('keeps the same counts when only the type filter changes', () => {
    const first = typeCountsFor(centcomKh2024, withTypes([]));
    expect(typeCountsFor(centcomKh2024, withTypes(['attacked']))).toBe(first);
    expect(first).toEqual(relationTypeCounts(centcomKh2024, DEFAULT_FILTERS));
  });

  it('counts again when the kinds, the dates or the dataset change', () => {
    const first = typeCountsFor(centcomKh2024, DEFAULT_FILTERS);
    const noPeople = { ...DEFAULT_FILTERS, hiddenActorKinds: ['person'] };
    expect(typeCountsFor(centcomKh2024, noPeople).get('attacked')).toBe(4);
    const in2024 = { ...DEFAULT_FILTERS, dateFrom: '2024', includeUndated: false };
    expect(typeCountsFor(centcomKh2024, in2024)).toEqual(relationTypeCounts(centcomKh2024, in2024));
    const fewer = { ...centcomKh2024, relations: centcomKh2024.relations.slice(0, 2) };
    expect(typeCountsFor(fewer, DEFAULT_FILTERS)).toEqual(
      relationTypeCounts(fewer, DEFAULT_FILTERS),
    );
    expect(typeCountsFor(centcomKh2024, DEFAULT_FILTERS)).toEqual(first);
  });
});

describe('timelineLayoutFor', () => {
  it('keeps the same layout when only the date range changes', () => {
    const first = timelineLayoutFor(centcomKh2024, DEFAULT_FILTERS, 400);
    const ranged = { ...DEFAULT_FILTERS, dateFrom: '2024', includeUndated: false };
    expect(timelineLayoutFor(centcomKh2024, ranged, 400)).toBe(first);
    expect(first).toEqual(timelineLayout(centcomKh2024, DEFAULT_FILTERS, 400));
  });

  it('lays out again when a type, the mark limit or the dataset change', () => {
    const hidden = { ...DEFAULT_FILTERS, hiddenRelationTypes: ['condemned'] };
    expect(timelineLayoutFor(centcomKh2024, hidden, 400).count).toBe(4);
    expect(timelineLayoutFor(centcomKh2024, hidden, 2).placed).toEqual([]);
    const fewer = { ...centcomKh2024, relations: centcomKh2024.relations.slice(0, 2) };
    expect(timelineLayoutFor(fewer, hidden, 2)).toEqual(timelineLayout(fewer, hidden, 2));
  });
});
