import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Dataset } from '../../graph-data/schema';
import { DEFAULT_FILTERS, visibleGraph, type Filters } from '../../src/model/filters';
import { pathHighlight, shortestPaths, type Path } from '../../src/model/analysis/paths';

/** A small graph from "a-b b-c"; a repeated pair gets a second relation `a-b#2`. */
function graphOf(edges: string): Dataset {
  const pairs = edges
    .split(/\s+/)
    .filter(Boolean)
    .map((e) => e.split('-') as [string, string]);
  const ids = [...new Set(pairs.flat())];
  const seen = new Map<string, number>();
  return {
    format: 'actor-graph',
    version: 1,
    id: 'test',
    title: 'test',
    sources: [{ id: 's', title: 's' }],
    actors: ids.map((id) => ({ id, name: id, kind: 'person' })),
    relations: pairs.map(([source, target]) => {
      const base = `${source}-${target}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return {
        id: n === 1 ? base : `${base}#${n}`,
        source,
        target,
        type: 'allied',
        evidence: [{ source: 's' }],
      };
    }),
  };
}

const pathsIn = (dataset: Dataset, from: string, to: string, limit?: number) =>
  shortestPaths(dataset, visibleGraph(dataset, DEFAULT_FILTERS), from, to, { limit });
/** A path as "a>b>c" with its relation ids, easy to compare. */
const describePath = (path: Path) =>
  path.map((s) => `${s.from}>${s.to} via ${s.relation.id}`).join(', ');

const builtIn = (filters: Partial<Filters> = {}) =>
  visibleGraph(centcomKh2024, { ...DEFAULT_FILTERS, ...filters });

describe('shortestPaths on the built-in dataset', () => {
  it('connects Qassem Soleimani to CENTCOM through Kataib Hezbollah', () => {
    const paths = shortestPaths(centcomKh2024, builtIn(), 'qassem-soleimani', 'centcom');
    expect(paths.map(describePath)).toEqual([
      'qassem-soleimani>kh via kh-allied-soleimani, kh>centcom via centcom-attacked-kh',
    ]);
  });

  it('walks relations against their direction and reports the steps in walking order', () => {
    const [path] = shortestPaths(centcomKh2024, builtIn(), 'centcom', 'qassem-soleimani');
    expect(path?.map((s) => [s.from, s.to])).toEqual([
      ['centcom', 'kh'],
      ['kh', 'qassem-soleimani'],
    ]);
    expect(path?.[0]?.relation.source).toBe('centcom');
  });

  it('finds no path when only "attacked" relations may be used', () => {
    const paths = shortestPaths(centcomKh2024, builtIn(), 'qassem-soleimani', 'centcom', {
      relationTypes: ['attacked'],
    });
    expect(paths).toEqual([]);
  });

  it('takes the longer way round when "allied" is not among the chosen types', () => {
    const paths = shortestPaths(centcomKh2024, builtIn(), 'qassem-soleimani', 'centcom', {
      relationTypes: ['attacked', 'founded'],
    });
    expect(paths.map(describePath)).toEqual([
      'qassem-soleimani>united-states via us-attacked-soleimani, ' +
        'united-states>abu-mahdi-al-muhandis via us-attacked-al-muhandis, ' +
        'abu-mahdi-al-muhandis>kh via al-muhandis-founded-kh, kh>centcom via centcom-attacked-kh',
    ]);
  });

  it('uses only relations the filters show', () => {
    const paths = shortestPaths(
      centcomKh2024,
      builtIn({ hiddenRelationTypes: ['allied'] }),
      'qassem-soleimani',
      'centcom',
    );
    expect(paths[0]).toHaveLength(4);
  });

  it('finds nothing from an actor with no relations or one the filters hide', () => {
    expect(shortestPaths(centcomKh2024, builtIn(), 'lloyd-austin', 'kh')).toEqual([]);
    const noPeople = builtIn({ hiddenActorKinds: ['person'] });
    expect(shortestPaths(centcomKh2024, noPeople, 'qassem-soleimani', 'centcom')).toEqual([]);
    expect(shortestPaths(centcomKh2024, builtIn(), 'nobody', 'kh')).toEqual([]);
  });

  it('finds no path when no relation type is allowed', () => {
    const paths = shortestPaths(centcomKh2024, builtIn(), 'kh', 'centcom', { relationTypes: [] });
    expect(paths).toEqual([]);
  });
});

describe('shortestPaths on small graphs', () => {
  it('lists every equally short path', () => {
    const diamond = graphOf('a-b a-c b-d c-d');
    expect(pathsIn(diamond, 'a', 'd').map(describePath)).toEqual([
      'a>b via a-b, b>d via b-d',
      'a>c via a-c, c>d via c-d',
    ]);
  });

  it('counts two relations between the same pair as two paths', () => {
    const paths = pathsIn(graphOf('a-b a-b b-c'), 'a', 'c');
    expect(paths.map(describePath)).toEqual([
      'a>b via a-b, b>c via b-c',
      'a>b via a-b#2, b>c via b-c',
    ]);
  });

  it('leaves out longer paths', () => {
    const paths = pathsIn(graphOf('a-b b-c c-d a-d'), 'a', 'c');
    expect(paths).toHaveLength(2);
    expect(paths.every((p) => p.length === 2)).toBe(true);
    expect(pathsIn(graphOf('a-b b-c a-c'), 'a', 'c').map(describePath)).toEqual(['a>c via a-c']);
  });

  it('stops at the limit', () => {
    // Three layers of two: 2 × 2 × 2 = 8 shortest paths from s to t.
    const layered = graphOf('s-a1 s-a2 a1-b1 a1-b2 a2-b1 a2-b2 b1-c1 b1-c2 b2-c1 b2-c2 c1-t c2-t');
    expect(pathsIn(layered, 's', 't')).toHaveLength(8);
    expect(pathsIn(layered, 's', 't', 3)).toHaveLength(3);
    expect(pathsIn(layered, 's', 't', 0)).toEqual([]);
  });

  it('returns an empty list between two separate groups', () => {
    expect(pathsIn(graphOf('a-b c-d'), 'a', 'd')).toEqual([]);
  });

  it('gives one path of no steps from an actor to itself', () => {
    expect(pathsIn(graphOf('a-b'), 'a', 'a')).toEqual([[]]);
  });

  it('never steps over a relation of an actor with itself', () => {
    expect(pathsIn(graphOf('a-a a-b'), 'a', 'b').map(describePath)).toEqual(['a>b via a-b']);
  });

  it('matches the distance Cytoscape measures, with every path a real walk', () => {
    const letters = 'abcdefgh'.split('');
    const edge = fc
      .tuple(fc.constantFrom(...letters), fc.constantFrom(...letters))
      .filter(([x, y]) => x !== y)
      .map(([x, y]) => `${x}-${y}`);
    fc.assert(
      fc.property(fc.array(edge, { minLength: 1, maxLength: 14 }), (edges) => {
        const dataset = graphOf(edges.join(' '));
        const cy = cytoscape({
          headless: true,
          elements: [
            ...dataset.actors.map((a) => ({ data: { id: a.id } })),
            ...dataset.relations.map((r) => ({
              data: { id: r.id, source: r.source, target: r.target },
            })),
          ],
        });
        const from = dataset.actors[0]!.id;
        const distances = cy.elements().dijkstra({ root: `#${from}`, directed: false });
        for (const actor of dataset.actors) {
          const paths = pathsIn(dataset, from, actor.id, 1000);
          const distance = distances.distanceTo(cy.getElementById(actor.id));
          if (distance === Infinity) {
            expect(paths).toEqual([]);
            continue;
          }
          expect(paths.length).toBeGreaterThan(0);
          expect(new Set(paths.map(describePath)).size).toBe(paths.length);
          for (const path of paths) {
            expect(path).toHaveLength(distance);
            let at = from;
            for (const step of path) {
              expect(step.from).toBe(at);
              expect([step.relation.source, step.relation.target].sort()).toEqual(
                [step.from, step.to].sort(),
              );
              at = step.to;
            }
            expect(at).toBe(actor.id);
          }
        }
        cy.destroy();
      }),
      { numRuns: 150 },
    );
  });
});

describe('pathHighlight', () => {
  it('brightens every actor and relation on the paths', () => {
    const paths = pathsIn(graphOf('a-b a-c b-d c-d d-e'), 'a', 'd');
    const highlight = pathHighlight(paths);
    expect([...highlight.actorIds].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...highlight.relationIds].sort()).toEqual(['a-b', 'a-c', 'b-d', 'c-d']);
  });

  it('is empty for no paths', () => {
    const highlight = pathHighlight([]);
    expect(highlight.actorIds.size + highlight.relationIds.size).toBe(0);
  });
});
