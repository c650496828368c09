// Level of detail for large graphs (docs/design.md §10): above a size threshold the canvas draws straight
// edges without arrows or labels while zoomed out, at pixel ratio 1, and a texture while the
// viewport moves. The built-in graph and other small ones keep full quality at every zoom.
import type { Core, StylesheetJsonBlock } from 'cytoscape';
import type { CytoscapeInternal } from './cytoscape-internals';

/** Actors plus relations above which a graph is "large". */
export const LARGE_GRAPH_ELEMENTS = 1500;

/**
 * Actors plus relations above which a graph stays in far detail at every zoom: restyling 120k
 * elements for the full drawing took 20 s here (docs/design.md §10). Zoomed in, the far painter
 * still names the actors; relations stay straight lines without arrows or labels.
 */
export const HUGE_GRAPH_ELEMENTS = 60_000;

export const isHugeGraph = (elements: number): boolean => elements > HUGE_GRAPH_ELEMENTS;

/** Below this zoom a large graph is drawn in its far detail. */
export const FAR_ZOOM = 0.6;

export type Detail = 'full' | 'far';

export const isLargeGraph = (elements: number): boolean => elements > LARGE_GRAPH_ELEMENTS;

/**
 * Actors in view above which a large graph stays in far detail however far it is zoomed in: a
 * compact layout of 5,000 actors fits the screen at zoom 0.8, and its first full drawing (labels,
 * arrows, a texture per element) held the thread for over three seconds here.
 */
export const FULL_DETAIL_MAX_IN_VIEW = 600;

/**
 * The detail a graph of `elements` elements is drawn in at `zoom`, with `inView` of its actors in
 * the viewport.
 */
export function detailFor(elements: number, zoom: number, inView = 0): Detail {
  if (isHugeGraph(elements)) return 'far';
  if (!isLargeGraph(elements)) return 'full';
  return zoom < FAR_ZOOM || inView > FULL_DETAIL_MAX_IN_VIEW ? 'far' : 'full';
}

/** How many of the graph's actors lie in the viewport, counting up to `limit` (one pass). */
export function actorsInView(cy: Core, limit = FULL_DETAIL_MAX_IN_VIEW + 1): number {
  const { x1, y1, x2, y2 } = cy.extent();
  const nodes = cy.nodes();
  let count = 0;
  for (let i = 0; i < nodes.length && count < limit; i++) {
    const p = nodes[i]!.position();
    if (p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2) count++;
  }
  return count;
}

/**
 * The style properties far detail keeps: what the far painter and Cytoscape's hit tests read.
 * Every property an element carries costs time whenever its style is computed (for 25k elements,
 * at load and at each filter change), and labels, fonts and arrows are not drawn zoomed out.
 */
const FAR_PROPERTIES = new Set([
  'shape',
  'background-color',
  'background-opacity',
  'border-width',
  'border-color',
  'border-style',
  'width',
  'height',
  'line-color',
  'line-style',
  'display',
  'opacity',
  'padding',
  'overlay-opacity',
  // Read by the far painter's labels, drawn only on graphs kept in far detail when zoomed in.
  'color',
  'font-size',
  'text-outline-color',
  'text-outline-width',
]);

/** Far detail's own rules: straight (haystack) edges, no node borders unless a state sets one. */
const FAR_BASE: Record<string, Record<string, string | number>> = {
  node: { 'border-width': 0 },
  edge: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1.5 },
};

/**
 * Far detail: the base stylesheet cut down to FAR_PROPERTIES, with straight edges and no
 * labels, arrows or borders; the state classes (hidden, faded, selected, highlighted) still apply.
 */
export function stylesheetFor(base: StylesheetJsonBlock[], detail: Detail): StylesheetJsonBlock[] {
  if (detail === 'full') return base;
  const far: StylesheetJsonBlock[] = [];
  for (const block of base) {
    const declared = 'style' in block ? block.style : block.css;
    const kept = Object.entries(declared).filter(([name]) => FAR_PROPERTIES.has(name));
    const style = { ...Object.fromEntries(kept), ...FAR_BASE[block.selector] };
    if (Object.keys(style).length > 0)
      far.push({ selector: block.selector, style } as StylesheetJsonBlock);
  }
  return far;
}

/** Cytoscape's renderer fields for these options; they exist on the canvas renderer only. */
interface CanvasRendererOptions {
  textureOnViewport?: boolean;
  hideEdgesOnViewport?: boolean;
  motionBlur?: boolean;
  /** The `pixelRatio` option as a number, or null for the screen's. */
  forcedPixelRatio?: number | null;
}

/**
 * The renderer fields above, checked against the installed Cytoscape by
 * tests/unit/cytoscape-internals.test.ts.
 */
export const LOD_INTERNALS: readonly CytoscapeInternal[] = [
  { host: 'renderer', path: 'textureOnViewport', types: ['boolean'] },
  { host: 'renderer', path: 'hideEdgesOnViewport', types: ['boolean'] },
  { host: 'renderer', path: 'motionBlur', types: ['boolean'] },
  { host: 'renderer', path: 'forcedPixelRatio', types: ['null', 'number'] },
];

/**
 * Renderer options for a graph of `elements` elements. react-cytoscapejs passes them at creation
 * only, and the dataset can change later, so they are also set on the live renderer (the same
 * fields Cytoscape's constructor fills in).
 */
export function applyRendererDetail(cy: Core, elements: number, detail: Detail): void {
  const large = isLargeGraph(elements);
  const renderer = (cy as unknown as { renderer(): CanvasRendererOptions | undefined }).renderer();
  if (!renderer || !('textureOnViewport' in renderer)) return;
  // Zoomed in on a large graph, Cytoscape moves one snapshot of the graph while the user pans or
  // zooms instead of redrawing every element each frame; the full drawing comes back when the
  // viewport rests. Zoomed out, the far painter redraws faster than a snapshot at twice the
  // canvas size is drawn.
  renderer.textureOnViewport = large && detail === 'full';
  renderer.hideEdgesOnViewport = false;
  renderer.motionBlur = false;
  // Pixel ratio 1 for large graphs: a quarter of the pixels to fill on a 2× screen.
  const ratio = large ? 1 : null;
  if (renderer.forcedPixelRatio !== ratio) {
    renderer.forcedPixelRatio = ratio;
    cy.resize();
  }
}

/**
 * Make `cy.resize()` do nothing while its container keeps its size and pixel ratio. Cytoscape
 * calls it on its container's first ResizeObserver report and on any change to the container's
 * attributes, and each call redraws the whole graph: at 20k actors and 100k relations that redraw
 * came 30 ms after the first painted frame and held the thread for 350 ms (docs/design.md §10).
 */
export function skipUnchangedResize(cy: Core): void {
  const container = cy.container();
  if (!container) return;
  const renderer = (cy as unknown as { renderer(): CanvasRendererOptions | undefined }).renderer();
  const sizeKey = () =>
    `${container.clientWidth}×${container.clientHeight}×${window.devicePixelRatio}×${String(renderer?.forcedPixelRatio)}`;
  const resize = cy.resize.bind(cy);
  let last = sizeKey();
  cy.resize = () => {
    const key = sizeKey();
    if (key !== last) {
      last = key;
      resize();
    }
    return cy;
  };
}
