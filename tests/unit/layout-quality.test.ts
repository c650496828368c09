import { describe, expect, it } from 'vitest';
import {
  bundledEdgePath,
  layoutQuality,
  segmentHitsBox,
  segmentsCross,
  type Box,
  type QualityNode,
} from '../../src/model/layout-quality';

const box = (x: number, y: number, w = 30, h = 30): Box => ({
  x1: x - w / 2,
  y1: y - h / 2,
  x2: x + w / 2,
  y2: y + h / 2,
});
const node = (id: string, x: number, y: number, label?: Box): QualityNode => ({
  id,
  box: box(x, y),
  label,
});
const line = (source: string, target: string, a: QualityNode, b: QualityNode) => ({
  source,
  target,
  path: [
    { x: (a.box.x1 + a.box.x2) / 2, y: (a.box.y1 + a.box.y2) / 2 },
    { x: (b.box.x1 + b.box.x2) / 2, y: (b.box.y1 + b.box.y2) / 2 },
  ],
});
const NONE = {
  edgeNode: 0,
  edgeLabel: 0,
  labelLabel: 0,
  labelNode: 0,
  nodeNode: 0,
  edgeCrossings: 0,
};

describe('layoutQuality', () => {
  it('counts nothing in a clean drawing', () => {
    const a = node('a', 0, 0, box(0, 30, 40, 12));
    const b = node('b', 200, 0, box(200, 30, 40, 12));
    const c = node('c', 100, 150, box(100, 180, 40, 12));
    expect(layoutQuality([a, b, c], [line('a', 'b', a, b), line('b', 'c', b, c)])).toEqual(NONE);
  });

  it('counts one edge through an actor it does not join', () => {
    const a = node('a', 0, 0);
    const m = node('m', 100, 5);
    const b = node('b', 200, 0);
    expect(layoutQuality([a, m, b], [line('a', 'b', a, b)])).toEqual({ ...NONE, edgeNode: 1 });
  });

  it('does not count an edge through the actors it joins', () => {
    const a = node('a', 0, 0);
    const b = node('b', 20, 0);
    const q = layoutQuality([a, b], [line('a', 'b', a, b)]);
    expect(q.edgeNode).toBe(0);
    expect(q.nodeNode).toBe(1);
  });

  it('counts two labels overlapping, and a label over another actor', () => {
    const a = node('a', 0, 0, box(0, 30, 80, 12));
    const b = node('b', 60, 0, box(60, 30, 80, 12));
    expect(layoutQuality([a, b], [])).toEqual({ ...NONE, labelLabel: 1 });
    const c = node('c', 0, 40, box(0, 70, 20, 12));
    expect(layoutQuality([a, c], [])).toEqual({ ...NONE, labelNode: 1 });
  });

  it('counts an edge through another actor’s label', () => {
    const a = node('a', 0, 100);
    const b = node('b', 200, 100);
    const m = node('m', 100, 70, box(100, 100, 60, 12));
    expect(layoutQuality([a, b, m], [line('a', 'b', a, b)])).toEqual({ ...NONE, edgeLabel: 1 });
  });

  it('counts crossing edges once, and not edges that share an actor', () => {
    const a = node('a', 0, 0);
    const b = node('b', 200, 200);
    const c = node('c', 0, 200);
    const d = node('d', 200, 0);
    const q = layoutQuality(
      [a, b, c, d],
      [line('a', 'b', a, b), line('c', 'd', c, d), line('a', 'd', a, d)],
    );
    expect(q.edgeCrossings).toBe(1);
  });

  it('counts boxes that only touch as apart', () => {
    expect(layoutQuality([node('a', 0, 0), node('b', 30, 0)], [])).toEqual(NONE);
  });
});

describe('geometry', () => {
  it('finds a segment through a box, and misses one beside it', () => {
    const b = box(50, 0, 10, 10);
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 100, y: 0 }, b)).toBe(true);
    expect(segmentHitsBox({ x: 0, y: 20 }, { x: 100, y: 20 }, b)).toBe(false);
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 40, y: 0 }, b)).toBe(false);
  });

  it('crosses segments that cross, not those that touch at an end', () => {
    const o = { x: 0, y: 0 };
    expect(segmentsCross(o, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    expect(segmentsCross(o, { x: 10, y: 10 }, { x: 10, y: 10 }, { x: 20, y: 0 })).toBe(false);
  });

  it('draws one edge straight and bends parallel ones to either side', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 100, y: 0 };
    expect(bundledEdgePath(a, b, 0, 1)).toEqual([a, b]);
    const ys = [0, 1].map((i) => bundledEdgePath(a, b, i, 2)[4]!.y);
    expect(ys[0]).toBeCloseTo(-10);
    expect(ys[1]).toBeCloseTo(10);
  });
});
