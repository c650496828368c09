// Level of detail for large graphs (SPEC §10): above a size threshold the canvas draws straight
// edges without arrows or labels while zoomed out, at pixel ratio 1, and a texture while the
// viewport moves. The built-in graph and other small ones keep full quality at every zoom.
import type { Core, StylesheetJsonBlock } from 'cytoscape';

/** Actors plus relations above which a graph is "large". */
export const LARGE_GRAPH_ELEMENTS = 1500;

/** Below this zoom a large graph is drawn in its far detail. */
export const FAR_ZOOM = 0.6;

export type Detail = 'full' | 'far';

export const isLargeGraph = (elements: number): boolean => elements > LARGE_GRAPH_ELEMENTS;

/** The detail a graph of `elements` elements is drawn in at `zoom`. */
export function detailFor(elements: number, zoom: number): Detail {
  return isLargeGraph(elements) && zoom < FAR_ZOOM ? 'far' : 'full';
}

/**
 * Far detail: haystack edges (one straight line, no curve or arrow geometry to compute), no
 * labels (not even measured) and no node borders. Inserted after the base node and edge rules so
 * that the state classes (hidden, faded, selected, highlighted) still win.
 */
const FAR_BLOCKS: StylesheetJsonBlock[] = [
  { selector: 'node', style: { label: '', 'border-width': 0 } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'target-arrow-shape': 'none',
      label: '',
      width: 1.5,
    },
  },
];

export function stylesheetFor(base: StylesheetJsonBlock[], detail: Detail): StylesheetJsonBlock[] {
  if (detail === 'full') return base;
  const at = base.findIndex((b) => 'selector' in b && b.selector === 'edge');
  if (at < 0) return [...base, ...FAR_BLOCKS];
  return [...base.slice(0, at + 1), ...FAR_BLOCKS, ...base.slice(at + 1)];
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
