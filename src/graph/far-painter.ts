// The far painter (docs/design.md §10): while a large graph is zoomed out, its nodes and edges are drawn
// here, grouped by look, as a few canvas paths: one stroke per edge style and one fill per node
// shape and colour. Cytoscape's canvas renderer draws each element on its own, nodes from cached
// bitmaps, which costs about a second a frame for 5k actors and 20k relations without a GPU; a
// handful of paths cost a few dozen milliseconds. Cytoscape keeps everything else: the model,
// styles, hit testing, dragging, and the full drawing whenever the painter is not active.
// While the user drags, wheels or pinches the view, the painter moves the last frame it drew
// instead of drawing the graph again (at 20k/100k a copy, not 170 ms of paths); Cytoscape draws
// once more when the view rests.
//
// This hooks two methods of Cytoscape's canvas renderer instance (`drawLayeredElements`, which
// draws the graph layer, and `drawElements`, which draws image exports). They are internal, so
// `installFarPainter` checks that they exist and otherwise leaves the renderer alone.
import type { Core } from 'cytoscape';
import type { CytoscapeInternal, DrawLayered as CytoscapeDrawLayered } from './cytoscape-internals';
import { registerFarPreparation } from './far-preparation';

/** What the painter reads from a Cytoscape element: its public API and a few private fields. */
interface Ele {
  _private: {
    group: 'nodes' | 'edges';
    position: { x: number; y: number };
    source?: Ele;
    target?: Ele;
    /** A hash of all the element's style values, kept by Cytoscape while its style is clean. */
    styleKey?: unknown;
    styleDirty?: boolean;
  };
  visible(): boolean;
  isParent(): boolean;
  data(name: string): unknown;
  effectiveOpacity(): number;
  pstyle(name: string): { value: unknown; pfValue: unknown };
}

type DrawLayered = CytoscapeDrawLayered<Ele>;
type DrawElements = (context: CanvasRenderingContext2D, eles: Ele[]) => void;

interface CanvasRenderer {
  drawLayeredElements?: DrawLayered;
  drawElements?: DrawElements;
  drawElement?: (context: CanvasRenderingContext2D, ele: Ele) => void;
  nodeShapes?: Record<string, { points?: ArrayLike<number> } | undefined>;
  /** Cytoscape tells its renderer of every change to the graph or the viewport here. */
  notify?: (event: string, eles?: unknown) => void;
  /** Every element in draw order; `nondrag` is what the graph layer draws. */
  getCachedZSortedEles?: () => { nondrag?: Ele[] } | undefined;
  /** The canvases' contexts, by layer; `NODE` is the graph layer's index. */
  data?: { contexts?: CanvasRenderingContext2D[]; wheelZooming?: boolean };
  NODE?: number;
  /**
   * Set while the user moves the viewport: dragging the background, panning or pinching by touch,
   * and for a moment after each wheel step (then Cytoscape draws again). All but `dragging` are
   * undefined until first set.
   */
  hoverData?: { dragging?: boolean };
  swipePanning?: boolean;
  pinching?: boolean;
}

/**
 * Every Cytoscape internal this module replaces or reads (CanvasRenderer and Ele above), checked
 * against the installed Cytoscape by tests/unit/cytoscape-internals.test.ts (which also checks that
 * every shape the vocabulary hands out has its polygon in `nodeShapes`).
 */
export const FAR_PAINTER_INTERNALS: readonly CytoscapeInternal[] = [
  { host: 'renderer', path: 'drawLayeredElements', types: ['function'] },
  { host: 'renderer', path: 'drawElements', types: ['function'] },
  { host: 'renderer', path: 'drawElement', types: ['function'] },
  { host: 'renderer', path: 'notify', types: ['function'] },
  { host: 'renderer', path: 'getCachedZSortedEles', types: ['function'] },
  { host: 'renderer', path: 'data.contexts', types: ['array'] },
  { host: 'renderer', path: 'hoverData.dragging', types: ['boolean'] },
  { host: 'renderer', path: 'NODE', types: ['number'] },
  { host: 'renderer', path: 'nodeShapes.rectangle.points', types: ['array'] },
  { host: 'core', path: 'hasCompoundNodes', types: ['function'] },
  { host: 'node', path: '_private.group', types: ['string'] },
  { host: 'node', path: '_private.position', types: ['object'] },
  { host: 'node', path: '_private.styleKey', types: ['number'] },
  { host: 'node', path: '_private.styleDirty', types: ['boolean'] },
  { host: 'edge', path: '_private.group', types: ['string'] },
  { host: 'edge', path: '_private.source', types: ['object'] },
  { host: 'edge', path: '_private.target', types: ['object'] },
  { host: 'edge', path: '_private.styleKey', types: ['number'] },
];

/** A polygon's corners on the unit square ([-1, 1] each way), x and y interleaved. */
type UnitPolygon = ArrayLike<number>;

// Cytoscape's own dash patterns, in model units.
const DASHES: Record<string, number[]> = { dashed: [6, 3], dotted: [1, 1] };

/** Colour arrays from Cytoscape's parsed styles, as CSS strings (the arrays are shared). */
const cssColors = new WeakMap<object, string>();
function css(rgb: unknown): string {
  if (!Array.isArray(rgb)) return '#888';
  let s = cssColors.get(rgb);
  if (s === undefined) {
    s = `rgb(${rgb[0]},${rgb[1]},${rgb[2]})`;
    cssColors.set(rgb, s);
  }
  return s;
}

interface EdgeGroup {
  color: string;
  width: number;
  alpha: number;
  dash: number[] | undefined;
  /** x1, y1, x2, y2 per straight edge; x, y, r per loop. */
  lines: number[];
  loops: number[];
}

interface NodeGroup {
  color: string;
  alpha: number;
  shape: string;
  border: number;
  borderColor: string;
  /** x, y, width, height per node. */
  boxes: number[];
}

/** Elements sorted into groups by how they look, in draw order; parents are left to Cytoscape. */
export interface FarScene {
  edges: EdgeGroup[];
  nodes: NodeGroup[];
  parents: Ele[];
  /** Nodes drawn at full opacity, whose labels are drawn when zoomed in far enough to read. */
  labelled: Ele[];
}

/** Displayed and visible by its own style (not its parents' or, for an edge, its ends'). */
const shownItself = (ele: Ele) =>
  ele.pstyle('display').value !== 'none' && ele.pstyle('visibility').value === 'visible';

/** How a node with some style looks at far detail; null when it is not drawn. */
interface NodeLook {
  key: string;
  color: string;
  alpha: number;
  shape: string;
  border: number;
  borderColor: string;
  w: number;
  h: number;
}

function nodeLook(ele: Ele, alpha: number): NodeLook {
  const color = css(ele.pstyle('background-color').value);
  const a = alpha * (ele.pstyle('background-opacity').value as number);
  const shape = ele.pstyle('shape').value as string;
  const border = ele.pstyle('border-width').pfValue as number;
  const borderColor = border > 0 ? css(ele.pstyle('border-color').value) : '';
  return {
    key: `${shape}|${color}|${a}|${border}|${borderColor}`,
    color,
    alpha: a,
    shape,
    border,
    borderColor,
    w: ele.pstyle('width').pfValue as number,
    h: ele.pstyle('height').pfValue as number,
  };
}

interface EdgeLook {
  key: string;
  color: string;
  width: number;
  alpha: number;
  lineStyle: string;
}

function edgeLook(ele: Ele): EdgeLook | null {
  if (!shownItself(ele)) return null;
  const alpha = ele.pstyle('opacity').value as number;
  if (alpha === 0) return null;
  const width = ele.pstyle('width').pfValue as number;
  const color = css(ele.pstyle('line-color').value);
  const lineStyle = ele.pstyle('line-style').value as string;
  const a = alpha * (ele.pstyle('line-opacity').value as number);
  return { key: `${color}|${width}|${a}|${lineStyle}`, color, width, alpha: a, lineStyle };
}

/**
 * The look of `ele` from `cache` when Cytoscape's hash of its style is known (elements with the
 * same hash have the same style values: in a large graph, a few dozen looks for 25,000 elements),
 * else worked out on the spot.
 */
function cachedLook<L>(cache: Map<unknown, L>, ele: Ele, look: (ele: Ele) => L): L {
  if (ele._private.styleDirty) ele.pstyle('display'); // brings the style, and its hash, up to date
  const key = ele._private.styleKey;
  if (key === undefined) return look(ele);
  let l = cache.get(key);
  if (l === undefined) {
    l = look(ele);
    cache.set(key, l);
  }
  return l;
}

/** A node's own look at far detail when it is shown by itself, with its own opacity; else null. */
const ownNodeLook = (ele: Ele): NodeLook | null => {
  if (!shownItself(ele)) return null;
  const alpha = ele.pstyle('opacity').value as number;
  return alpha === 0 ? null : nodeLook(ele, alpha);
};

/**
 * Sort the visible elements into groups of one look each. Without compound nodes an element's
 * visibility and opacity are its own (an edge's also needs its ends shown), which is quicker to
 * read than Cytoscape's general `visible()` and `effectiveOpacity()`, and the same for all
 * elements with the same style: their look is read once.
 */
export function farScene(eles: readonly Ele[], compound = true): FarScene {
  const edges = new Map<string, EdgeGroup>();
  const nodes = new Map<string, NodeGroup>();
  const parents: Ele[] = [];
  const labelled: Ele[] = [];
  const nodeLooks = new Map<unknown, NodeLook | null>();
  const edgeLooks = new Map<unknown, EdgeLook | null>();
  /** Nodes drawn (or, for parents, left to Cytoscape): an edge is drawn only between two. */
  const drawn = new Set<Ele>();
  for (const ele of eles) {
    if (ele._private.group !== 'nodes') continue;
    let look: NodeLook | null;
    if (compound) {
      if (!shownItself(ele) || !ele.visible()) continue;
      const alpha = ele.effectiveOpacity();
      if (alpha === 0) continue;
      drawn.add(ele);
      if (ele.isParent()) {
        parents.push(ele);
        continue;
      }
      look = nodeLook(ele, alpha);
    } else {
      look = cachedLook(nodeLooks, ele, ownNodeLook);
      if (!look) continue;
      drawn.add(ele);
    }
    let g = nodes.get(look.key);
    if (!g) {
      const { color, alpha, shape, border, borderColor } = look;
      g = { color, alpha, shape, border, borderColor, boxes: [] };
      nodes.set(look.key, g);
    }
    const { x, y } = ele._private.position;
    g.boxes.push(x, y, look.w, look.h);
    if (look.alpha >= 1) labelled.push(ele);
  }
  for (const ele of eles) {
    if (ele._private.group !== 'edges') continue;
    const source = ele._private.source;
    const target = ele._private.target;
    if (!source || !target || !drawn.has(source) || !drawn.has(target)) continue;
    const look = cachedLook(edgeLooks, ele, edgeLook);
    if (!look) continue;
    let g = edges.get(look.key);
    if (!g) {
      const { color, width, alpha, lineStyle } = look;
      g = { color, width, alpha, dash: DASHES[lineStyle], lines: [], loops: [] };
      edges.set(look.key, g);
    }
    const s = source._private.position;
    if (source === target) {
      const size = source.pstyle('width').pfValue as number;
      g.loops.push(s.x, s.y - size / 2, size / 3);
    } else {
      const t = target._private.position;
      g.lines.push(s.x, s.y, t.x, t.y);
    }
  }
  // Faded groups first, so bright and outlined elements are drawn over them.
  const order = <G extends { alpha: number }>(groups: Iterable<G>, weight: (g: G) => number) =>
    [...groups].sort((a, b) => a.alpha - b.alpha || weight(a) - weight(b));
  return {
    edges: order(edges.values(), (g) => g.width),
    nodes: order(nodes.values(), (g) => g.border),
    parents,
    labelled,
  };
}

/** The unit polygon for a shape, or null for an ellipse. Rounded and curved shapes lose their curves. */
function unitPolygon(renderer: CanvasRenderer, shape: string): UnitPolygon | null {
  if (shape === 'ellipse') return null;
  const plain = shape.replace(/^round-|^cut-|^bottom-round-/, '');
  const points = renderer.nodeShapes?.[plain]?.points ?? renderer.nodeShapes?.['rectangle']?.points;
  return points ?? [-1, -1, 1, -1, 1, 1, -1, 1];
}

function nodePath(polygon: UnitPolygon | null, boxes: number[]): Path2D {
  const path = new Path2D();
  for (let i = 0; i < boxes.length; i += 4) {
    const x = boxes[i]!;
    const y = boxes[i + 1]!;
    const hw = boxes[i + 2]! / 2;
    const hh = boxes[i + 3]! / 2;
    if (!polygon) {
      path.moveTo(x + hw, y);
      path.ellipse(x, y, hw, hh, 0, 0, 2 * Math.PI);
      continue;
    }
    path.moveTo(x + hw * polygon[0]!, y + hh * polygon[1]!);
    for (let j = 2; j < polygon.length; j += 2) {
      path.lineTo(x + hw * polygon[j]!, y + hh * polygon[j + 1]!);
    }
    // Closed by hand, back to the first corner and on along the first side (so a border joins
    // there): Chromium's Path2D.closePath takes time in proportion to the path so far, and
    // 20,000 polygons took over a second with it, 5 ms without.
    path.lineTo(x + hw * polygon[0]!, y + hh * polygon[1]!);
    path.lineTo(x + hw * polygon[2]!, y + hh * polygon[3]!);
  }
  return path;
}

/** Edge groups split into runs of the same opacity and width, in draw order. */
function layers(groups: readonly EdgeGroup[]): EdgeGroup[][] {
  const out: EdgeGroup[][] = [];
  for (const g of groups) {
    const last = out.at(-1)?.[0];
    if (last && last.alpha === g.alpha && last.width === g.width) out.at(-1)!.push(g);
    else out.push([g]);
  }
  return out;
}

/**
 * Slices per edge group: 8 on screen, where each stroke call costs time; for an image export,
 * at thousands of pixels a side, Skia strokes one path of many long lines far more slowly than
 * many short paths, so exports use about one slice per 5 edges.
 */
const SCREEN_SLICES = 8;
const EDGES_PER_EXPORT_SLICE = 5;

/** Dash patterns repeating in fewer device pixels than this are drawn as fainter solid lines. */
const MIN_DASH_PX = 4;
/** Relations of one look above which the far painter draws a dashed look as a fainter line. */
const MAX_DASHED_EDGES = 2000;

/**
 * Least width on screen of a node's border at far detail, in pixels: borders there come only from
 * a state (selected, on a path), and on 20k actors a node is a pixel or two across, so a border of
 * its own width would leave the selection invisible.
 */
const MIN_BORDER_PX = 4;

function edgePath(g: EdgeGroup, slice: number, slices: number): Path2D | null {
  const { lines, loops } = g;
  const n = lines.length / 4;
  const from = Math.floor((n * slice) / slices) * 4;
  const to = Math.floor((n * (slice + 1)) / slices) * 4;
  const withLoops = slice === slices - 1 && loops.length > 0;
  if (from === to && !withLoops) return null;
  const path = new Path2D();
  for (let i = from; i < to; i += 4) {
    path.moveTo(lines[i]!, lines[i + 1]!);
    path.lineTo(lines[i + 2]!, lines[i + 3]!);
  }
  if (withLoops) {
    for (let i = 0; i < loops.length; i += 3) {
      path.moveTo(loops[i]! + loops[i + 2]!, loops[i + 1]!);
      path.arc(loops[i]!, loops[i + 1]!, loops[i + 2]!, 0, 2 * Math.PI);
    }
  }
  return path;
}

/** A path with the coordinates it was built from, to be reused while they stay the same. */
interface BuiltPath {
  readonly from: readonly (readonly number[])[];
  readonly path: Path2D | null;
}

/** A scene as paths in model coordinates, built once and drawn at any pan and zoom. */
export interface FarPicture {
  parents: Ele[];
  labelled: Ele[];
  edges: { group: EdgeGroup; path: Path2D }[];
  nodes: { group: NodeGroup; path: Path2D }[];
  /** Every path by its group's look and slice, for the next picture to reuse. */
  built: Map<string, BuiltPath>;
}

const sameNumbers = (a: readonly number[], b: readonly number[]) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * The scene as paths. A path of `previous` whose group looks the same and holds the same
 * coordinates is reused: after a filter toggle only the groups it changed are rebuilt.
 */
export function farPicture(
  scene: FarScene,
  renderer: CanvasRenderer,
  forExport = false,
  previous?: FarPicture,
): FarPicture {
  const built = new Map<string, BuiltPath>();
  const reuse = (key: string, from: readonly (readonly number[])[], make: () => Path2D | null) => {
    const old = previous?.built.get(key);
    const entry =
      old && old.from.length === from.length && old.from.every((a, i) => sameNumbers(a, from[i]!))
        ? old
        : { from, path: make() };
    built.set(key, entry);
    return entry.path;
  };
  // Edges of one weight are drawn in turns, a slice of each group at a time, so no colour
  // covers the others the way one stroke per group drawn last would.
  const edges: FarPicture['edges'] = [];
  for (const layer of layers(scene.edges)) {
    const count = layer.reduce((sum, g) => sum + g.lines.length / 4, 0);
    const slices = forExport
      ? Math.max(SCREEN_SLICES, Math.ceil(count / layer.length / EDGES_PER_EXPORT_SLICE))
      : SCREEN_SLICES;
    for (let slice = 0; slice < slices; slice++) {
      for (const group of layer) {
        const { color, width, alpha, dash } = group;
        const key = `e|${color}|${width}|${alpha}|${dash?.join(',') ?? ''}|${slice}/${slices}`;
        const path = reuse(key, [group.lines, group.loops], () => edgePath(group, slice, slices));
        if (path) edges.push({ group, path });
      }
    }
  }
  const nodes = scene.nodes.map((group) => {
    const { shape, color, alpha, border, borderColor } = group;
    const key = `n|${shape}|${color}|${alpha}|${border}|${borderColor}`;
    const path = reuse(key, [group.boxes], () =>
      nodePath(unitPolygon(renderer, group.shape), group.boxes),
    )!;
    return { group, path };
  });
  return { parents: scene.parents, labelled: scene.labelled, edges, nodes, built };
}

/** Draw a picture on a context already transformed to model coordinates. */
export function paintFarPicture(
  context: CanvasRenderingContext2D,
  picture: FarPicture,
  drawParent: (ele: Ele) => void,
): void {
  paintFarPart(context, picture, drawParent, { edges: [0, picture.edges.length], nodes: true });
}

/** Which part of a picture to draw: its edges from one index to another, and its nodes or not. */
interface FarPart {
  readonly edges: readonly [number, number];
  readonly nodes: boolean;
}

/**
 * Draw part of a picture, in the picture's order: compound parents (with the first edges), edges,
 * then nodes and their labels.
 */
function paintFarPart(
  context: CanvasRenderingContext2D,
  picture: FarPicture,
  drawParent: (ele: Ele) => void,
  part: FarPart,
): void {
  const [from, to] = part.edges;
  if (from === 0) for (const parent of picture.parents) drawParent(parent);
  context.save();
  context.lineCap = 'butt';
  const scale = Math.abs(context.getTransform().a);
  for (const { group: g, path } of picture.edges.slice(from, to)) {
    // A dash pattern shorter than a few pixels on screen cannot be told from a fainter solid
    // line, and rasterising it costs one segment per dash: draw that fainter line instead.
    const dash = g.dash;
    const period = dash ? dash[0]! + dash[1]! : 0;
    // Nor are dashes drawn for thousands of relations at once: with a compact layout on screen
    // that was millions of dash segments, over a second of rasterising a frame here.
    const dashed =
      dash !== undefined && period * scale >= MIN_DASH_PX && g.lines.length / 4 <= MAX_DASHED_EDGES;
    context.globalAlpha = dash && !dashed ? (g.alpha * dash[0]!) / period : g.alpha;
    context.strokeStyle = g.color;
    context.lineWidth = Math.min(g.width, 1 / scale);
    context.setLineDash(dashed ? dash : []);
    context.stroke(path);
  }
  context.setLineDash([]);
  if (part.nodes) {
    for (const { group: g, path } of picture.nodes) {
      context.globalAlpha = g.alpha;
      context.fillStyle = g.color;
      context.fill(path);
      if (g.border > 0) {
        context.lineWidth = Math.max(g.border, MIN_BORDER_PX / scale);
        context.strokeStyle = g.borderColor;
        context.stroke(path);
      }
    }
    paintLabels(context, picture.labelled, scale);
  }
  context.restore();
}

/**
 * A picture drawn ahead into a canvas of the graph layer's size, at the transform the next frame
 * will draw with: that frame copies it instead of rasterising 100k edges in one task.
 */
interface FarBitmap {
  readonly picture: FarPicture;
  readonly transform: DOMMatrix;
  readonly canvas: HTMLCanvasElement;
}

/**
 * The same transform and pixel size, up to rounding: a context keeps its transform in 32-bit
 * floats (some 1e-7 of each value), and a thousandth of a pixel shows nowhere.
 */
function sameFrame(bitmap: FarBitmap, context: CanvasRenderingContext2D): boolean {
  const a = bitmap.transform;
  const b = context.getTransform();
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x));
  return (
    bitmap.canvas.width === context.canvas.width &&
    bitmap.canvas.height === context.canvas.height &&
    close(a.a, b.a) &&
    close(a.b, b.b) &&
    close(a.c, b.c) &&
    close(a.d, b.d) &&
    close(a.e, b.e) &&
    close(a.f, b.f)
  );
}

/** Edge paths drawn ahead per task: each part's rasterising stays well under 200 ms at 100k. */
const AHEAD_EDGE_PARTS = 2;

/** Labels are not drawn below this size on screen, in pixels (the stylesheet's min-zoomed-font-size). */
const MIN_LABEL_PX = 7;
/** More labels than this in view are not drawn: unreadable, and slow to draw. */
const MOST_LABELS = 3000;

/**
 * Actors' names below them, for the nodes inside the canvas, once they are large enough to read:
 * a graph drawn in far detail at every zoom (docs/design.md §10, over HUGE_GRAPH_ELEMENTS) still
 * names its actors when zoomed in. Colours and size come from the element's style.
 */
function paintLabels(context: CanvasRenderingContext2D, labelled: Ele[], scale: number): void {
  const first = labelled[0];
  if (!first) return;
  const fontSize = first.pstyle('font-size').pfValue as number;
  if (!(fontSize * scale >= MIN_LABEL_PX)) return;
  const toModel = context.getTransform().inverse();
  const { width, height } = context.canvas;
  const a = toModel.transformPoint({ x: 0, y: 0 });
  const b = toModel.transformPoint({ x: width, y: height });
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  const inView: Ele[] = [];
  for (const ele of labelled) {
    const { x, y } = ele._private.position;
    if (x < x1 - 100 || x > x2 + 100 || y < y1 - 50 || y > y2 + 50) continue;
    inView.push(ele);
    if (inView.length > MOST_LABELS) return;
  }
  context.globalAlpha = 1;
  context.textAlign = 'center';
  context.textBaseline = 'top';
  context.lineJoin = 'round';
  context.font = `${fontSize}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
  for (const ele of inView) {
    const label = ele.data('label');
    if (typeof label !== 'string' || label === '') continue;
    const { x, y } = ele._private.position;
    const top = y + (ele.pstyle('height').pfValue as number) / 2 + 4;
    context.lineWidth = 2 * (ele.pstyle('text-outline-width').pfValue as number);
    if (context.lineWidth > 0) {
      context.strokeStyle = css(ele.pstyle('text-outline-color').value);
      context.strokeText(label, x, top);
    }
    context.fillStyle = css(ele.pstyle('color').value);
    context.fillText(label, x, top);
  }
}

/** Cytoscape's own (untyped) flag, kept as nodes move in and out of parents. */
const hasCompoundNodes = (cy: Core) =>
  (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes();

/**
 * Renderer notifications that leave the picture as it is: a pan or zoom, a resize, garbage
 * collection, and bounding boxes recomputed (which hit tests do as the pointer moves).
 */
const UNCHANGED_BY = new Set(['viewport', 'resize', 'gc', 'bounds']);

/**
 * A canvas of the graph layer's pixel size, transformed as Cytoscape's next frame will transform
 * that layer (its pan and zoom times the pixel ratio); undefined where the layer cannot be read.
 */
function startBitmap(
  cy: Core,
  renderer: CanvasRenderer,
  picture: FarPicture,
): { bitmap: FarBitmap; context: CanvasRenderingContext2D } | undefined {
  const layer = renderer.NODE === undefined ? undefined : renderer.data?.contexts?.[renderer.NODE];
  const width = layer?.canvas.width ?? 0;
  const height = layer?.canvas.height ?? 0;
  if (!layer || width === 0 || height === 0 || cy.width() === 0) return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  const ratio = width / cy.width();
  const zoom = cy.zoom() * ratio;
  const pan = cy.pan();
  const transform = new DOMMatrix([zoom, 0, 0, zoom, pan.x * ratio, pan.y * ratio]);
  context.setTransform(transform);
  return { bitmap: { picture, transform, canvas }, context };
}

/**
 * The viewport is being moved, by Cytoscape's own test for drawing a snapshot instead of the
 * graph while it moves (its `textureOnViewport`): a background drag, a touch pan or pinch, a wheel
 * step. Not while actors are dragged, which changes the picture.
 */
const viewportMoving = (renderer: CanvasRenderer) =>
  renderer.hoverData?.dragging === true ||
  renderer.swipePanning === true ||
  renderer.pinching === true ||
  renderer.data?.wheelZooming === true;

/**
 * Keep the pixels of a frame the painter just drew on the graph layer, with the transform they
 * were drawn at, in `into`'s canvas when it has the layer's size.
 */
function snapshot(
  context: CanvasRenderingContext2D,
  picture: FarPicture,
  into: FarBitmap | null,
): FarBitmap | null {
  const { width, height } = context.canvas;
  if (width === 0 || height === 0) return null;
  let canvas = into?.canvas;
  if (!canvas || canvas.width !== width || canvas.height !== height) {
    canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
  }
  const copy = canvas.getContext('2d');
  if (!copy) return null;
  copy.clearRect(0, 0, width, height);
  copy.drawImage(context.canvas, 0, 0);
  return { picture, transform: context.getTransform(), canvas };
}

/**
 * Draw a kept frame where the current transform puts it: moved with a pan, scaled about the
 * pointer with a zoom. What was outside the kept frame stays blank until the viewport rests.
 */
function drawMoved(context: CanvasRenderingContext2D, kept: FarBitmap): void {
  const moved = context.getTransform().multiply(kept.transform.inverse());
  context.save();
  context.setTransform(moved);
  context.globalAlpha = 1;
  context.drawImage(kept.canvas, 0, 0);
  context.restore();
}

/** Let the far painter draw `cy`'s graph whenever `active()` says so, for the life of `cy`. */
export function installFarPainter(cy: Core, active: () => boolean): void {
  const renderer = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
  const layered = renderer?.drawLayeredElements;
  const elements = renderer?.drawElements;
  const drawElement = renderer?.drawElement;
  const notify = renderer?.notify;
  if (!renderer || !layered || !elements || !drawElement || !notify) return;
  const drawParent = (context: CanvasRenderingContext2D) => (ele: Ele) =>
    drawElement.call(renderer, context, ele);
  // Pictures per element list (the graph layer's, an export's), until the graph changes: the
  // renderer hears of every change but a pan or zoom through `notify`. Screen and export
  // pictures are sliced differently, so each has its own cache.
  const fresh = () => ({
    screen: new WeakMap<readonly Ele[], FarPicture>(),
    export: new WeakMap<readonly Ele[], FarPicture>(),
  });
  let pictures = fresh();
  renderer.notify = function (event, eles) {
    if (!UNCHANGED_BY.has(event)) pictures = fresh();
    return notify.call(this, event, eles);
  };
  // The last screen picture, whose unchanged paths the next one takes over.
  let lastScreen: FarPicture | undefined;
  const pictureOf = (eles: Ele[], use: 'screen' | 'export') => {
    let picture = pictures[use].get(eles);
    if (!picture) {
      const scene = farScene(eles, hasCompoundNodes(cy));
      if (use === 'export') picture = farPicture(scene, renderer, true);
      else picture = lastScreen = farPicture(scene, renderer, false, lastScreen);
      pictures[use].set(eles, picture);
    }
    return picture;
  };
  // The last picture drawn ahead, until a frame draws another picture or at another transform.
  let ahead: FarBitmap | null = null;
  registerFarPreparation(cy, () => {
    let picture: FarPicture | undefined;
    let drawing: { bitmap: FarBitmap; context: CanvasRenderingContext2D } | undefined;
    const draw = (part: FarPart) => {
      if (!drawing || !picture) return;
      paintFarPart(drawing.context, picture, drawParent(drawing.context), part);
      // Reading a pixel rasterises what was drawn, in this task.
      drawing.context.getImageData(0, 0, 1, 1);
    };
    const edges = () => picture?.edges.length ?? 0;
    const edgeParts = Array.from(
      { length: AHEAD_EDGE_PARTS },
      (_, k) => () =>
        draw({
          edges: [
            Math.floor((edges() * k) / AHEAD_EDGE_PARTS),
            Math.floor((edges() * (k + 1)) / AHEAD_EDGE_PARTS),
          ],
          nodes: false,
        }),
    );
    return [
      () => {
        // The graph layer draws the elements not being dragged, in draw order (Cytoscape's render).
        const sorted = renderer.getCachedZSortedEles?.();
        if (!active() || !sorted?.nondrag) return;
        picture = pictureOf(sorted.nondrag, 'screen');
        drawing = startBitmap(cy, renderer, picture);
      },
      ...edgeParts,
      () => {
        draw({ edges: [0, 0], nodes: true });
        if (drawing) ahead = drawing.bitmap;
      },
    ];
  });
  // The last frame drawn on the graph layer, moved while the user pans or zooms: redrawing 100k
  // edges takes some 170 ms a frame, copying a canvas a few. Cytoscape draws again at rest.
  let kept: FarBitmap | null = null;
  const graphLayer = () =>
    renderer.NODE === undefined ? undefined : renderer.data?.contexts?.[renderer.NODE];
  renderer.drawLayeredElements = function (context, eles, pxRatio, extent) {
    if (!active()) return layered.call(this, context, eles, pxRatio, extent);
    const picture = pictureOf(eles, 'screen');
    const onScreen = context === graphLayer();
    if (ahead?.picture === picture && sameFrame(ahead, context)) {
      context.save();
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.globalAlpha = 1;
      context.drawImage(ahead.canvas, 0, 0);
      context.restore();
    } else if (
      onScreen &&
      kept?.picture === picture &&
      kept.canvas.width === context.canvas.width &&
      kept.canvas.height === context.canvas.height &&
      viewportMoving(renderer)
    ) {
      drawMoved(context, kept);
      return;
    } else {
      ahead = null;
      paintFarPicture(context, picture, drawParent(context));
    }
    if (onScreen) kept = snapshot(context, picture, kept);
  };
  renderer.drawElements = function (context, eles) {
    if (!active()) return elements.call(this, context, eles);
    paintFarPicture(context, pictureOf(eles, 'export'), drawParent(context));
  };
  // Installed on a graph already shown: draw it again if it is the painter's to draw.
  if (active()) cy.forceRender();
}
