import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
import {
  estimateLabelSize,
  labelBelow,
  tidyLayout,
  tidyQuality,
  type TidyEdge,
  type TidyNode,
} from '../../src/model/layout-tidy';

const actor = (id: string, x: number, y: number, label = id): TidyNode => ({
  id,
  x,
  y,
  w: 34,
  h: 34,
  label: labelBelow(34, estimateLabelSize(label)),
});

const CLEAN = { edgeNode: 0, edgeLabel: 0, labelLabel: 0, labelNode: 0, nodeNode: 0 };
const tidied = (nodes: readonly TidyNode[], edges: readonly TidyEdge[]) =>
  tidyQuality(nodes, tidyLayout(nodes, edges), edges);

describe('tidyLayout', () => {
  it('moves an actor off an edge it does not join', () => {
    const nodes = [actor('a', 0, 0), actor('m', 100, 2), actor('b', 200, 0)];
    const edges = [{ source: 'a', target: 'b' }];
    expect(tidyQuality(nodes, nodes, edges).edgeNode).toBe(1);
    // m is joined to a, so it is not put in the row of unconnected actors.
    const joined = [...edges, { source: 'a', target: 'm' }];
    expect(tidied(nodes, joined)).toMatchObject(CLEAN);
  });

  it('pulls apart actors and labels that overlap', () => {
    const nodes = [
      actor('a', 0, 0, 'Islamic Resistance in Iraq'),
      actor('b', 30, 10, 'Kataib Hezbollah'),
      actor('c', 200, 0),
    ];
    const edges = [
      { source: 'a', target: 'c' },
      { source: 'b', target: 'c' },
    ];
    expect(tidyQuality(nodes, nodes, edges).labelLabel).toBe(1);
    expect(tidied(nodes, edges)).toMatchObject(CLEAN);
  });

  it('puts unconnected actors in a row below the connected ones', () => {
    const nodes = [
      actor('a', 0, 0),
      actor('lone', 50, 0),
      actor('b', 100, 0),
      actor('alone', 0, 60),
    ];
    const positions = tidyLayout(nodes, [{ source: 'a', target: 'b' }]);
    const [a, lone, b, alone] = positions;
    expect(lone!.y).toBeGreaterThan(Math.max(a!.y, b!.y) + 34);
    expect(alone!.y).toBe(lone!.y);
    expect(alone!.x).toBeGreaterThan(lone!.x);
  });

  it('keeps positions that are already clean', () => {
    const nodes = [actor('a', 0, 0), actor('b', 300, 0), actor('c', 150, 250)];
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ];
    expect(tidyLayout(nodes, edges)).toEqual(nodes.map(({ x, y }) => ({ x, y })));
  });

  it('leaves no overlap on random graphs, and gives the same picture for the same data', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
        fc.array(
          fc.tuple(fc.integer({ min: -300, max: 300 }), fc.integer({ min: -300, max: 300 })),
          {
            minLength: 40,
            maxLength: 40,
          },
        ),
        (count, pairs, points) => {
          const nodes = points
            .slice(0, count)
            .map(([x, y], i) => actor(`n${i}`, x, y, `Actor number ${i}`));
          const edges = pairs.map(([s, t]) => ({
            source: `n${s % count}`,
            target: `n${t % count}`,
          }));
          const positions = tidyLayout(nodes, edges);
          expect(tidyQuality(nodes, positions, edges)).toMatchObject(CLEAN);
          expect(tidyLayout(nodes, edges)).toEqual(positions);
        },
      ),
      { numRuns: 40 },
    );
  }, 30_000);

  it('leaves no overlap on a 200-actor graph', () => {
    const dataset = generateDataset({ actors: 200, relations: 300, seed: 3 });
    // A crowded start: every actor on a small circle, as fcose might leave a dense cluster.
    const nodes = dataset.actors.map((a, i) =>
      actor(a.id, 400 * Math.cos(i), 400 * Math.sin(i), a.name),
    );
    expect(tidied(nodes, dataset.relations)).toMatchObject(CLEAN);
    // About 1.5 s alone; five agents share two cores here, so room beyond vitest's 5 s default.
  }, 30_000);
});

describe('estimateLabelSize', () => {
  it('wraps long names onto more lines, and has no box for no label', () => {
    const one = estimateLabelSize('Iran');
    const two = estimateLabelSize('Islamic Resistance in Iraq');
    expect(two.h).toBeGreaterThan(one.h);
    expect(two.w).toBeLessThanOrEqual(110 + 4);
    expect(labelBelow(34, estimateLabelSize(''))).toBeUndefined();
  });
});
