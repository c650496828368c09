// The tidy pass after fcose (docs/design.md §15): moves actors, deterministically, until no actor
// or label covers another and no edge runs through an actor or label it does not join; then puts
// unconnected actors in rows below the rest. Pure: positions and sizes in, positions out.
import {
  bundledEdgePath,
  layoutQuality,
  segmentHitsBox,
  type Box,
  type LayoutQuality,
  type Point,
} from './layout-quality';

/** An actor as drawn: centre, body size, and its label's box relative to the centre. */
export interface TidyNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** The label's box relative to the centre (x1 < x2, y1 < y2), or none. */
  readonly label?: Box | undefined;
}

export interface TidyEdge {
  readonly source: string;
  readonly target: string;
}

export interface TidyOptions {
  /** Free space kept between two actors' footprints (body and label). */
  readonly gap?: number;
  /** Free space kept between an edge and an actor or label it passes. */
  readonly edgeGap?: number;
  /** Cytoscape's control-point-step-size: how far apart parallel edges curve. */
  readonly controlStep?: number;
  /** Rounds of pushing at most; large graphs get fewer (the worker's time is not unlimited). */
  readonly maxRounds?: number;
}

/** Cytoscape's default control-point-step-size, which the stylesheet keeps. */
export const CONTROL_STEP = 40;
/** Rounds before the picture is spread out a little, when pushing alone has not settled it. */
const ROUNDS_PER_SPREAD = 40;
const SPREAD = 1.12;
/**
 * The share of a push the actor takes; the edge's two ends take the rest. Moving only the actor
 * took 360 rounds and 2.6 s on 200 actors and 300 relations, and spread the picture to 15,000 px;
 * halves took 1.1–1.5 s and 10,000 px.
 */
const SHARE = 0.5;

/**
 * A label's size as Cytoscape draws it, estimated without a canvas (the worker and the bench have
 * none): `fontSize` system-ui averages about 0.58 em a character; lines wrap at spaces within
 * `maxWidth`; the outline adds `outline` on each side. The page measures real labels instead.
 */
export function estimateLabelSize(
  text: string,
  fontSize = 11,
  maxWidth = 110,
  outline = 2,
): { w: number; h: number } {
  if (!text) return { w: 0, h: 0 };
  const charW = fontSize * 0.58;
  const lines: number[] = [];
  let line = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.length * charW;
    const joined = line === 0 ? w : line + charW + w;
    if (line > 0 && joined > maxWidth) {
      lines.push(line);
      line = w;
    } else line = joined;
  }
  lines.push(line);
  return {
    w: Math.max(...lines) + 2 * outline,
    h: lines.length * fontSize * 1.2 + 2 * outline,
  };
}

/** The label box of the stylesheet's default: centred below the body, `margin` pixels down. */
export function labelBelow(
  h: number,
  label: { w: number; h: number },
  margin = 4,
): Box | undefined {
  if (label.w <= 0) return undefined;
  return { x1: -label.w / 2, y1: h / 2 + margin, x2: label.w / 2, y2: h / 2 + margin + label.h };
}

/** Body and label together, relative to the centre. */
function footprintOf(n: TidyNode): Box {
  const body = { x1: -n.w / 2, y1: -n.h / 2, x2: n.w / 2, y2: n.h / 2 };
  const l = n.label;
  if (!l) return body;
  return {
    x1: Math.min(body.x1, l.x1),
    y1: Math.min(body.y1, l.y1),
    x2: Math.max(body.x2, l.x2),
    y2: Math.max(body.y2, l.y2),
  };
}

interface Link {
  readonly a: number;
  readonly b: number;
  /** How far the outermost of its parallel edges bulges from the straight line. */
  readonly bulge: number;
}

/** One link per pair of actors joined by any edge, with the bulge of its bundle. */
function linksOf(
  nodes: readonly TidyNode[],
  edges: readonly TidyEdge[],
  step: number,
): { links: Link[]; degree: Int32Array } {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const degree = new Int32Array(nodes.length);
  const counts = new Map<string, { a: number; b: number; count: number }>();
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    degree[a]!++;
    degree[b]!++;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { a: Math.min(a, b), b: Math.max(a, b), count: 1 });
  }
  // The apex of a quadratic curve lies halfway to its control point.
  const links = [...counts.values()].map(({ a, b, count }) => ({
    a,
    b,
    bulge: (((count - 1) / 2) * step) / 2,
  }));
  return { links, degree };
}

/** A uniform grid of node footprints, for finding neighbours without comparing every pair. */
class Cells {
  private readonly cells = new Map<number, number[]>();
  constructor(readonly size: number) {}
  private static key(cx: number, cy: number) {
    return (cx + 1_000_000) * 4_000_000 + (cy + 1_000_000);
  }
  cell(v: number) {
    return Math.floor(v / this.size);
  }
  add(i: number, box: Box) {
    for (let cx = this.cell(box.x1); cx <= this.cell(box.x2); cx++)
      for (let cy = this.cell(box.y1); cy <= this.cell(box.y2); cy++) {
        const k = Cells.key(cx, cy);
        const list = this.cells.get(k);
        if (list) list.push(i);
        else this.cells.set(k, [i]);
      }
  }
  at(cx: number, cy: number): readonly number[] {
    return this.cells.get(Cells.key(cx, cy)) ?? [];
  }
}

/**
 * New centres for `nodes` (same order): fcose's picture, pushed apart until no two footprints
 * (body and label) are closer than `gap`, no link passes within `edgeGap` of a footprint not its
 * own, and unconnected actors sit in rows below. Deterministic: no randomness, a fixed order.
 */
export function tidyLayout(
  nodes: readonly TidyNode[],
  edges: readonly TidyEdge[],
  options: TidyOptions = {},
): Point[] {
  const gap = options.gap ?? 10;
  const edgeGap = options.edgeGap ?? 6;
  const step = options.controlStep ?? CONTROL_STEP;
  const maxRounds = options.maxRounds ?? 400;
  const n = nodes.length;
  const xs = Float64Array.from(nodes, (d) => d.x);
  const ys = Float64Array.from(nodes, (d) => d.y);
  const feet = nodes.map(footprintOf);
  const { links, degree } = linksOf(nodes, edges, step);
  const connected = nodes.flatMap((_, i) => (degree[i]! > 0 ? [i] : []));
  const isolated = nodes.flatMap((_, i) => (degree[i] === 0 ? [i] : []));

  const at = (i: number, grow = 0): Box => ({
    x1: xs[i]! + feet[i]!.x1 - grow,
    y1: ys[i]! + feet[i]!.y1 - grow,
    x2: xs[i]! + feet[i]!.x2 + grow,
    y2: ys[i]! + feet[i]!.y2 + grow,
  });
  const largest = feet.reduce((m, f) => Math.max(m, f.x2 - f.x1, f.y2 - f.y1), 40);
  const cellSize = largest + gap;
  const seen = new Int32Array(n).fill(-1);

  for (let round = 0; round < maxRounds && connected.length > 1; round++) {
    let moved = false;
    const grid = new Cells(cellSize);
    for (const i of connected) grid.add(i, at(i, gap / 2));

    // Actors (and labels) apart: along the axis where they overlap least, half each.
    for (const i of connected) {
      const bi = at(i, gap / 2);
      for (let cx = grid.cell(bi.x1); cx <= grid.cell(bi.x2); cx++)
        for (let cy = grid.cell(bi.y1); cy <= grid.cell(bi.y2); cy++)
          for (const j of grid.at(cx, cy)) {
            if (j <= i || seen[j] === i) continue;
            seen[j] = i;
            const a = at(i, gap / 2);
            const b = at(j, gap / 2);
            const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
            const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
            if (ox <= 0 || oy <= 0) continue;
            moved = true;
            if (ox < oy) {
              const d = (a.x1 + a.x2 <= b.x1 + b.x2 ? 1 : -1) * (ox / 2 + 0.5);
              xs[i]! -= d;
              xs[j]! += d;
            } else {
              const d = (a.y1 + a.y2 <= b.y1 + b.y2 ? 1 : -1) * (oy / 2 + 0.5);
              ys[i]! -= d;
              ys[j]! += d;
            }
          }
    }
    seen.fill(-1);

    // Edges off actors and labels they do not join: the actor steps aside, across the line.
    links.forEach((link, l) => {
      const clearance = edgeGap + link.bulge;
      const ax = xs[link.a]!;
      const ay = ys[link.a]!;
      const bx = xs[link.b]!;
      const by = ys[link.b]!;
      const length = Math.hypot(bx - ax, by - ay);
      const samples = Math.max(1, Math.ceil(length / (cellSize / 2)));
      const reach = Math.ceil(clearance / cellSize) + 1;
      let lastCx = NaN;
      let lastCy = NaN;
      for (let s = 0; s <= samples; s++) {
        const cx0 = grid.cell(ax + ((bx - ax) * s) / samples);
        const cy0 = grid.cell(ay + ((by - ay) * s) / samples);
        if (cx0 === lastCx && cy0 === lastCy) continue;
        lastCx = cx0;
        lastCy = cy0;
        for (let cx = cx0 - reach; cx <= cx0 + reach; cx++)
          for (let cy = cy0 - reach; cy <= cy0 + reach; cy++)
            for (const k of grid.at(cx, cy)) {
              if (k === link.a || k === link.b || seen[k] === l) continue;
              seen[k] = l;
              if (pushOffLine(k, link, ax, ay, bx, by, clearance)) moved = true;
            }
      }
    });
    seen.fill(-1);

    if (!moved) break;
    // Pushing alone can chase its tail in a crowded spot; a little more room settles it.
    if (round % ROUNDS_PER_SPREAD === ROUNDS_PER_SPREAD - 1) spread(connected, SPREAD);
  }

  placeInRows(isolated, connected);
  return nodes.map((_, i) => ({ x: xs[i]!, y: ys[i]! }));

  /** Move actor k across the line a–b until its footprint is `clearance` clear of it. */
  function pushOffLine(
    k: number,
    link: Link,
    ax: number,
    ay: number,
    bx: number,
    by: number,
    clearance: number,
  ): boolean {
    const box = at(k, clearance);
    if (!segmentHitsBox({ x: ax, y: ay }, { x: bx, y: by }, box)) return false;
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy) || 1;
    // The unit normal on the side the actor's centre is on (left of a→b when exactly on it).
    let nx = -dy / length;
    let ny = dx / length;
    const side = (xs[k]! - ax) * nx + (ys[k]! - ay) * ny;
    if (side < 0) {
      nx = -nx;
      ny = -ny;
    }
    const f = feet[k]!;
    // How far the footprint reaches back towards the line, from the centre.
    const back = (nx > 0 ? -f.x1 * nx : -f.x2 * nx) + (ny > 0 ? -f.y1 * ny : -f.y2 * ny);
    const push = clearance + back - Math.abs(side) + 0.5;
    if (push <= 0) return false;
    // The actor and the edge each go half the way.
    xs[k]! += nx * push * SHARE;
    ys[k]! += ny * push * SHARE;
    const edgeShare = push * (1 - SHARE);
    xs[link.a]! -= nx * edgeShare;
    ys[link.a]! -= ny * edgeShare;
    xs[link.b]! -= nx * edgeShare;
    ys[link.b]! -= ny * edgeShare;
    return true;
  }

  function spread(which: readonly number[], factor: number) {
    let cx = 0;
    let cy = 0;
    for (const i of which) {
      cx += xs[i]!;
      cy += ys[i]!;
    }
    cx /= which.length;
    cy /= which.length;
    for (const i of which) {
      xs[i] = cx + (xs[i]! - cx) * factor;
      ys[i] = cy + (ys[i]! - cy) * factor;
    }
  }

  /** Unconnected actors in rows below the connected ones, in data order, as wide as they are. */
  function placeInRows(rows: readonly number[], above: readonly number[]) {
    if (rows.length === 0) return;
    let x1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const i of above) {
      const b = at(i);
      x1 = Math.min(x1, b.x1);
      x2 = Math.max(x2, b.x2);
      y2 = Math.max(y2, b.y2);
    }
    const widths = rows.map((i) => feet[i]!.x2 - feet[i]!.x1);
    const total = widths.reduce((s, w) => s + w + gap * 2, 0);
    if (above.length === 0) {
      // Nothing connected: a block about half again as wide as it is tall.
      const width = Math.sqrt(total * largest * 1.5);
      x1 = 0;
      x2 = width;
      y2 = -largest;
    }
    const width = Math.max(x2 - x1, Math.min(total, 900));
    const rowGap = largest * 0.75;
    let x = x1;
    let top = y2 + rowGap;
    let rowHeight = 0;
    rows.forEach((i, r) => {
      const f = feet[i]!;
      const w = widths[r]!;
      if (x > x1 && x + w > x1 + width) {
        x = x1;
        top += rowHeight + gap * 2;
        rowHeight = 0;
      }
      xs[i] = x - f.x1;
      ys[i] = top - f.y1;
      x += w + gap * 2;
      rowHeight = Math.max(rowHeight, f.y2 - f.y1);
    });
  }
}

/**
 * The counts of layoutQuality for `nodes` at `positions`, with labels where `nodes` says and
 * edges drawn as Cytoscape draws bundles of parallel edges: for the bench and the tests.
 */
export function tidyQuality(
  nodes: readonly TidyNode[],
  positions: readonly Point[],
  edges: readonly TidyEdge[],
  step = CONTROL_STEP,
): LayoutQuality {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const boxes = nodes.map((n, i) => {
    const p = positions[i]!;
    return {
      id: n.id,
      box: { x1: p.x - n.w / 2, y1: p.y - n.h / 2, x2: p.x + n.w / 2, y2: p.y + n.h / 2 },
      label: n.label && {
        x1: p.x + n.label.x1,
        y1: p.y + n.label.y1,
        x2: p.x + n.label.x2,
        y2: p.y + n.label.y2,
      },
    };
  });
  const bundles = new Map<string, number>();
  const slot = edges.map((e) => {
    const key = [e.source, e.target].sort().join(' ');
    const k = bundles.get(key) ?? 0;
    bundles.set(key, k + 1);
    return { key, k };
  });
  const qualityEdges = edges.flatMap((e, i) => {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined) return [];
    const { key, k } = slot[i]!;
    return [
      {
        source: e.source,
        target: e.target,
        path: bundledEdgePath(positions[a]!, positions[b]!, k, bundles.get(key)!, step),
      },
    ];
  });
  return layoutQuality(boxes, qualityEdges);
}
