import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Dataset } from '../../graph-data/schema';
import { DEFAULT_FILTERS, visibleGraph } from '../../src/model/filters';
import { actorMetrics, nodeSizes, type ActorMetrics } from '../../src/model/analysis/metrics';

/** A small graph from "a-b b-c"; a repeated pair gets a second relation. */
function graphOf(edges: string, extraActors: readonly string[] = []): Dataset {
  const pairs = edges
    .split(/\s+/)
    .filter(Boolean)
    .map((e) => e.split('-') as [string, string]);
  const ids = [...new Set([...pairs.flat(), ...extraActors])];
  return {
    format: 'actor-graph',
    version: 1,
    id: 'test',
    title: 'test',
    sources: [{ id: 's', title: 's' }],
    actors: ids.map((id) => ({ id, name: id, kind: 'person' })),
    relations: pairs.map(([source, target], i) => ({
      id: `r${i}`,
      source,
      target,
      type: 'allied',
      evidence: [{ source: 's' }],
    })),
  };
}

const metricsOf = (edges: string, extraActors?: readonly string[]) =>
  actorMetrics(visibleGraph(graphOf(edges, extraActors), DEFAULT_FILTERS));
const measure = (metrics: ReadonlyMap<string, ActorMetrics>, key: keyof ActorMetrics) =>
  Object.fromEntries([...metrics].map(([id, m]) => [id, m[key]]));

describe('actorMetrics', () => {
  it('scores a star: the centre lies between every pair of its four leaves', () => {
    const star = metricsOf('c-a c-b c-d c-e');
    expect(measure(star, 'degree')).toEqual({ c: 4, a: 1, b: 1, d: 1, e: 1 });
    // C(4, 2) = 6 pairs of leaves, each joined only through the centre.
    expect(measure(star, 'betweenness')).toEqual({ c: 6, a: 0, b: 0, d: 0, e: 0 });
  });

  it('scores a path of five: the middle actor carries the most pairs', () => {
    const path = metricsOf('a-b b-c c-d d-e');
    expect(measure(path, 'degree')).toEqual({ a: 1, b: 2, c: 2, d: 2, e: 1 });
    // b: (a,c) (a,d) (a,e); c: (a,d) (a,e) (b,d) (b,e); d mirrors b.
    expect(measure(path, 'betweenness')).toEqual({ a: 0, b: 3, c: 4, d: 3, e: 0 });
  });

  it('splits a pair between its equally short paths', () => {
    // In a square each opposite pair has two shortest paths, one through each other corner.
    const square = metricsOf('a-b b-c c-d d-a');
    expect(measure(square, 'betweenness')).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 });
  });

  it('counts every relation in degree but a repeated pair only once in betweenness', () => {
    const metrics = metricsOf('a-b a-b b-c');
    expect(measure(metrics, 'degree')).toEqual({ a: 2, b: 3, c: 1 });
    expect(measure(metrics, 'betweenness')).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('ignores direction', () => {
    expect(measure(metricsOf('b-a b-c'), 'betweenness')).toEqual(
      measure(metricsOf('a-b c-b'), 'betweenness'),
    );
  });

  it('gives an actor with no relations zero on both measures', () => {
    const metrics = metricsOf('a-b', ['loner']);
    expect(metrics.get('loner')).toEqual({ degree: 0, betweenness: 0 });
  });

  it('copes with an actor and a relation that share an id', () => {
    const dataset = graphOf('x-y y-z');
    const clashing: Dataset = {
      ...dataset,
      relations: dataset.relations.map((r, i) => ({ ...r, id: i === 0 ? 'y' : r.id })),
    };
    const metrics = actorMetrics(visibleGraph(clashing, DEFAULT_FILTERS));
    expect(metrics.get('y')).toEqual({ degree: 2, betweenness: 1 });
  });

  it('agrees with Cytoscape: its degree, and half its (ordered-pair) betweenness', () => {
    const letters = 'abcdefghij'.split('');
    const edge = fc
      .tuple(fc.constantFrom(...letters), fc.constantFrom(...letters))
      .map(([x, y]) => `${x}-${y}`);
    fc.assert(
      fc.property(fc.array(edge, { minLength: 1, maxLength: 20 }), (edges) => {
        const dataset = graphOf(edges.join(' '));
        const ours = actorMetrics(visibleGraph(dataset, DEFAULT_FILTERS));
        const cy = cytoscape({
          headless: true,
          elements: [
            ...dataset.actors.map((a) => ({ data: { id: a.id } })),
            ...dataset.relations.map((r) => ({
              data: { id: r.id, source: r.source, target: r.target },
            })),
          ],
        });
        const theirs = cy.nodes().betweennessCentrality({});
        cy.nodes().forEach((node) => {
          const m = ours.get(node.id());
          expect(m?.degree).toBe(node.degree(false));
          expect(m?.betweenness).toBeCloseTo(theirs.betweenness(node) / 2, 9);
        });
        cy.destroy();
      }),
      { numRuns: 200 },
    );
  });

  it('skips betweenness when asked, leaving degree', () => {
    const metrics = actorMetrics(visibleGraph(graphOf('c-a c-b'), DEFAULT_FILTERS), {
      betweenness: false,
    });
    expect(metrics.get('c')).toEqual({ degree: 2, betweenness: 0 });
  });

  it('measures the built-in dataset over what the filters show', () => {
    const all = actorMetrics(visibleGraph(centcomKh2024, DEFAULT_FILTERS));
    expect(all.size).toBe(centcomKh2024.actors.length);
    expect(all.get('kh')?.degree).toBe(6);
    expect(all.get('united-states')?.degree).toBe(5);
    expect(all.get('lloyd-austin')).toEqual({ degree: 0, betweenness: 0 });
    const top = [...all].sort((a, b) => b[1].betweenness - a[1].betweenness)[0]?.[0];
    expect(top).toBe('kh');

    const noAttacks = actorMetrics(
      visibleGraph(centcomKh2024, { ...DEFAULT_FILTERS, hiddenRelationTypes: ['attacked'] }),
    );
    expect(noAttacks.get('kh')?.degree).toBe(3);
    expect(noAttacks.get('centcom')?.degree).toBe(0);
  });
});

describe('nodeSizes', () => {
  const star = metricsOf('c-a c-b c-d c-e');

  it('draws every actor at the smallest size when sizing by nothing', () => {
    expect([...nodeSizes(star, 'none').values()]).toEqual([30, 30, 30, 30, 30]);
  });

  it('scales linearly from the least to the most central actor', () => {
    const sizes = nodeSizes(metricsOf('a-b b-c c-d d-e'), 'betweenness');
    expect(Object.fromEntries(sizes)).toEqual({ a: 30, b: 67.5, c: 80, d: 67.5, e: 30 });
    expect(Object.fromEntries(nodeSizes(star, 'degree', 10, 20))).toEqual({
      c: 20,
      a: 10,
      b: 10,
      d: 10,
      e: 10,
    });
  });

  it('draws all actors alike when they all score the same', () => {
    const ring = metricsOf('a-b b-c c-a');
    expect(new Set(nodeSizes(ring, 'degree').values())).toEqual(new Set([30]));
  });

  it('returns nothing for no actors', () => {
    expect(nodeSizes(new Map(), 'degree').size).toBe(0);
  });
});
