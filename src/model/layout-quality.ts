// Layout quality as numbers (docs/design.md §15): for node boxes, label boxes and edge paths, how
// often an edge runs through an actor it does not join or another actor's label, labels cover
// labels or actors, actors cover actors, and edges cross. Pure geometry; the bench, the browser
// test and the tidy pass all count with it.

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned box in model coordinates. */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface QualityNode {
  readonly id: string;
  /** The actor's body. */
  readonly box: Box;
  /** Its label's box, if it has a label drawn. */
  readonly label?: Box | undefined;
}

export interface QualityEdge {
  readonly source: string;
  readonly target: string;
  /** The drawn path as a polyline: the straight line, or a curve sampled into points. */
  readonly path: readonly Point[];
}

export interface LayoutQuality {
  /** Edge and actor pairs where the edge's path runs through an actor it does not join. */
  readonly edgeNode: number;
  /** Edge and label pairs where the edge's path runs through the label of an actor it does not join. */
  readonly edgeLabel: number;
  /** Pairs of labels that overlap. */
  readonly labelLabel: number;
  /** Label and actor pairs where a label covers another actor. */
  readonly labelNode: number;
  /** Pairs of actors that overlap. */
  readonly nodeNode: number;
  /** Pairs of edges, with no actor in common, whose paths cross. */
  readonly edgeCrossings: number;
}

/**
 * Overlaps smaller than this (in model pixels) are touching, not covering: label boxes include
 * their outline, and two neighbours placed edge to edge must not count.
 */
const TOUCH = 0.5;

export const boxWidth = (b: Box) => b.x2 - b.x1;
export const boxHeight = (b: Box) => b.y2 - b.y1;

export function boxesOverlap(a: Box, b: Box, slack = TOUCH): boolean {
  return (
    Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > slack &&
    Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > slack
  );
}

/** Shrink (or, for negative `by`, grow) a box on every side. */
export const insetBox = (b: Box, by: number): Box => ({
  x1: b.x1 + by,
  y1: b.y1 + by,
  x2: b.x2 - by,
  y2: b.y2 - by,
});

/** Whether the segment a–b passes through the inside of `box` (Liang–Barsky clipping). */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return (
    clip(-dx, a.x - box.x1) &&
    clip(dx, box.x2 - a.x) &&
    clip(-dy, a.y - box.y1) &&
    clip(dy, box.y2 - a.y) &&
    t1 > t0
  );
}

export function pathHitsBox(path: readonly Point[], box: Box): boolean {
  for (let i = 1; i < path.length; i++)
    if (segmentHitsBox(path[i - 1]!, path[i]!, box)) return true;
  return false;
}

const cross = (o: Point, a: Point, b: Point) =>
  (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Whether segments p–q and r–s cross at a point inside both (touching ends do not count). */
export function segmentsCross(p: Point, q: Point, r: Point, s: Point): boolean {
  const d1 = cross(r, s, p);
  const d2 = cross(r, s, q);
  const d3 = cross(p, q, r);
  const d4 = cross(p, q, s);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function pathsCross(a: readonly Point[], b: readonly Point[]): boolean {
  for (let i = 1; i < a.length; i++)
    for (let j = 1; j < b.length; j++)
      if (segmentsCross(a[i - 1]!, a[i]!, b[j - 1]!, b[j]!)) return true;
  return false;
}

const pathBox = (path: readonly Point[]): Box => {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of path) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return { x1, y1, x2, y2 };
};

/**
 * Count what makes a drawing hard to read. An edge's path is tested against actors and labels
 * slightly shrunk (by `TOUCH`), so a line that grazes a box's outline does not count.
 */
export function layoutQuality(
  nodes: readonly QualityNode[],
  edges: readonly QualityEdge[],
): LayoutQuality {
  let edgeNode = 0;
  let edgeLabel = 0;
  let labelLabel = 0;
  let labelNode = 0;
  let nodeNode = 0;
  let edgeCrossings = 0;
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    for (let j = i + 1; j < nodes.length; j++) {
      const b = nodes[j]!;
      if (boxesOverlap(a.box, b.box)) nodeNode++;
      if (a.label && b.label && boxesOverlap(a.label, b.label)) labelLabel++;
      if (a.label && boxesOverlap(a.label, b.box)) labelNode++;
      if (b.label && boxesOverlap(b.label, a.box)) labelNode++;
    }
  }
  const real = edges.filter((e) => e.source !== e.target && e.path.length >= 2);
  const boxes = real.map((e) => pathBox(e.path));
  real.forEach((e, k) => {
    const reach = boxes[k]!;
    for (const n of nodes) {
      if (n.id === e.source || n.id === e.target) continue;
      if (boxesOverlap(reach, n.box, -1) && pathHitsBox(e.path, insetBox(n.box, TOUCH))) edgeNode++;
      if (
        n.label &&
        boxesOverlap(reach, n.label, -1) &&
        pathHitsBox(e.path, insetBox(n.label, TOUCH))
      )
        edgeLabel++;
    }
  });
  for (let i = 0; i < real.length; i++) {
    const a = real[i]!;
    for (let j = i + 1; j < real.length; j++) {
      const b = real[j]!;
      if (a.source === b.source || a.source === b.target) continue;
      if (a.target === b.source || a.target === b.target) continue;
      if (boxesOverlap(boxes[i]!, boxes[j]!, -1) && pathsCross(a.path, b.path)) edgeCrossings++;
    }
  }
  return { edgeNode, edgeLabel, labelLabel, labelNode, nodeNode, edgeCrossings };
}

/**
 * The path Cytoscape draws for the `index`-th of `count` edges between the same two actors in
 * 'bezier' style: the straight line for one, else a quadratic curve whose control point sits
 * `step` pixels apart from its neighbour's across the line (Cytoscape's control-point-step-size),
 * sampled into `samples` segments.
 */
export function bundledEdgePath(
  source: Point,
  target: Point,
  index: number,
  count: number,
  step = 40,
  samples = 8,
): Point[] {
  const offset = (index - (count - 1) / 2) * step;
  if (count <= 1 || offset === 0) return [source, target];
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  const control = {
    x: (source.x + target.x) / 2 + (-dy / length) * offset,
    y: (source.y + target.y) / 2 + (dx / length) * offset,
  };
  return quadraticPoints(source, control, target, samples);
}

/** A quadratic Bézier curve from `a` through control `c` to `b`, as `samples` segments. */
export function quadraticPoints(a: Point, c: Point, b: Point, samples = 8): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    const u = 1 - t;
    points.push({
      x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
    });
  }
  return points;
}
