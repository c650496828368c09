import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Dataset } from '../../graph-data/schema';
import { DEFAULT_FILTERS, visibleGraph, type Filters } from '../../src/model/filters';
import { expandedHops, focusNeighbourhood, MAX_FOCUS_HOPS } from '../../src/model/analysis/focus';

/** A small graph from "a-b b-c": people joined by `allied` relations named `a-b`, `b-c`. */
function graphOf(edges: string): Dataset {
  const pairs = edges
    .split(/\s+/)
    .filter(Boolean)
    .map((e) => e.split('-') as [string, string]);
  const ids = [...new Set(pairs.flat())];
  return {
    format: 'actor-graph',
    version: 1,
    id: 'test',
    title: 'test',
    sources: [{ id: 's', title: 's' }],
    actors: ids.map((id) => ({ id, name: id.toUpperCase(), kind: 'person' })),
    relations: pairs.map(([source, target]) => ({
      id: `${source}-${target}`,
      source,
      target,
      type: 'allied',
      evidence: [{ source: 's' }],
    })),
  };
}

const builtIn = (filters: Partial<Filters> = {}) =>
  visibleGraph(centcomKh2024, { ...DEFAULT_FILTERS, ...filters });
const sorted = (ids: ReadonlySet<string>) => [...ids].sort();

describe('focusNeighbourhood on the built-in dataset', () => {
  it('at 1 hop keeps Kataib Hezbollah and the six actors it has a relation with', () => {
    const focus = focusNeighbourhood(builtIn(), 'kh', 1);
    expect(sorted(focus.actorIds)).toEqual(
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
    expect(sorted(focus.relationIds)).toEqual(
      [
        'centcom-attacked-kh',
        'kh-attacked-us-forces',
        'kh-attacked-al-asad',
        'al-muhandis-founded-kh',
        'iran-allied-kh',
        'kh-allied-soleimani',
      ].sort(),
    );
  });

  it('at 2 hops adds the actors two relations away and the relations among them', () => {
    const focus = focusNeighbourhood(builtIn(), 'kh', 2);
    expect(focus.actorIds.size).toBe(9);
    expect(focus.actorIds.has('iri')).toBe(true);
    expect(focus.actorIds.has('united-states')).toBe(true);
    expect(focus.actorIds.has('iraqi-government')).toBe(false);
    expect(focus.hopsFrom.get('united-states')).toBe(2);
    expect(focus.hopsFrom.get('iran')).toBe(1);
    expect(focus.hopsFrom.get('kh')).toBe(0);
    for (const id of ['iri-attacked-us-forces', 'iran-allied-iri', 'us-attacked-soleimani']) {
      expect(focus.relationIds.has(id)).toBe(true);
    }
    expect(focus.relationIds.has('iraqi-government-condemned-us')).toBe(false);
  });

  it('expanding a 1-hop focus gives the 2-hop neighbourhood', () => {
    const visible = builtIn();
    const expanded = focusNeighbourhood(visible, 'kh', expandedHops(1));
    expect(expanded).toEqual(focusNeighbourhood(visible, 'kh', 2));
  });

  it('follows only the relations the filters show', () => {
    const focus = focusNeighbourhood(builtIn({ hiddenRelationTypes: ['allied'] }), 'kh', 1);
    expect(focus.actorIds.has('iran')).toBe(false);
    expect(focus.actorIds.has('qassem-soleimani')).toBe(false);
    expect(focus.actorIds.has('centcom')).toBe(true);
  });

  it('gives an empty neighbourhood for an actor the filters hide', () => {
    const focus = focusNeighbourhood(builtIn({ hiddenActorKinds: ['militia'] }), 'kh', 2);
    expect(focus.actorIds.size).toBe(0);
    expect(focus.relationIds.size).toBe(0);
  });

  it('gives an unconnected actor a neighbourhood of itself alone', () => {
    const focus = focusNeighbourhood(builtIn(), 'lloyd-austin', 2);
    expect(sorted(focus.actorIds)).toEqual(['lloyd-austin']);
    expect(focus.relationIds.size).toBe(0);
  });
});

describe('focusNeighbourhood on small graphs', () => {
  const chain = graphOf('a-b b-c c-d d-e');
  const visible = visibleGraph(chain, DEFAULT_FILTERS);

  it('counts hops along a path, whichever way relations point', () => {
    const reversed = visibleGraph(graphOf('b-a c-b d-c e-d'), DEFAULT_FILTERS);
    expect(sorted(focusNeighbourhood(visible, 'b', 1).actorIds)).toEqual(['a', 'b', 'c']);
    expect(sorted(focusNeighbourhood(reversed, 'b', 1).actorIds)).toEqual(['a', 'b', 'c']);
    expect(sorted(focusNeighbourhood(visible, 'b', 2).actorIds)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the ties among neighbours, as an ego network does', () => {
    const triangle = visibleGraph(graphOf('x-a x-b a-b b-c'), DEFAULT_FILTERS);
    const focus = focusNeighbourhood(triangle, 'x', 1);
    expect(sorted(focus.relationIds)).toEqual(['a-b', 'x-a', 'x-b']);
  });

  it('at 0 hops is the actor alone, and odd hop counts are rounded down', () => {
    expect(sorted(focusNeighbourhood(visible, 'c', 0).actorIds)).toEqual(['c']);
    expect(sorted(focusNeighbourhood(visible, 'c', 1.9).actorIds)).toEqual(['b', 'c', 'd']);
    expect(sorted(focusNeighbourhood(visible, 'c', -3).actorIds)).toEqual(['c']);
  });

  it('stops growing once the whole component is reached', () => {
    expect(focusNeighbourhood(visible, 'a', 50).actorIds.size).toBe(5);
  });
});

describe('expandedHops', () => {
  it('adds one hop and never passes the most a link can carry', () => {
    expect(expandedHops(1)).toBe(2);
    expect(expandedHops(2)).toBe(3);
    expect(expandedHops(MAX_FOCUS_HOPS)).toBe(MAX_FOCUS_HOPS);
    expect(expandedHops(Number.NaN)).toBe(1);
  });
});
