// The page's first picture of the graph, drawn straight onto the canvas.
//
// Cytoscape's renderer draws the graph layer through its layered texture cache. The first time it
// asks that cache for layers, the cache draws every element into a bitmap of its own, then those
// bitmaps into layer bitmaps, and only then the layers onto the canvas: for the built-in graph that
// is about 30 ms of the first frame's 50 on this machine's kind of CPU. Drawing each element once,
// straight onto the canvas, shows the same picture sooner. The frames after it take Cytoscape's
// usual path, and its cache builds the layers a few at a time between frames, as it does whenever
// a change invalidates them.
//
// This hooks `drawLayeredElements` on Cytoscape's canvas renderer instance and reads the cache's
// `firstGet` flag (internals, listed below and checked by tests/unit/cytoscape-internals.test.ts);
// it leaves the renderer alone when they are not there.
import type { Core } from 'cytoscape';
import type {
  CytoscapeInternal,
  DrawLayered as CytoscapeDrawLayered,
  Extent,
} from './cytoscape-internals';

/** What the first frame reads from an element: public API only. */
interface Ele {
  boundingBox(): { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
  visible(): boolean;
}

type DrawLayered = CytoscapeDrawLayered<Ele>;

interface CanvasRenderer {
  drawLayeredElements?: DrawLayered;
  drawElement?: (context: CanvasRenderingContext2D, ele: Ele) => void;
  data?: {
    /** The layered texture cache; `firstGet` is true until it is first asked for layers. */
    lyrTxrCache?: { firstGet?: unknown };
    /** Per canvas layer, whether this frame draws (and so first clears) it. */
    canvasNeedsRedraw?: boolean[];
  };
  /** The indices of the drag layer and the selection-box layer in `canvasNeedsRedraw`. */
  DRAG?: number;
  SELECT_BOX?: number;
  /** The selection box's corners and, last, 1 while the background is pressed. */
  selection?: unknown[];
}

/** Every Cytoscape internal this module replaces or reads. */
export const FIRST_FRAME_INTERNALS: readonly CytoscapeInternal[] = [
  { host: 'renderer', path: 'drawLayeredElements', types: ['function'] },
  { host: 'renderer', path: 'drawElement', types: ['function'] },
  { host: 'renderer', path: 'data.lyrTxrCache.firstGet', types: ['boolean'] },
  { host: 'renderer', path: 'data.canvasNeedsRedraw', types: ['array'] },
  { host: 'renderer', path: 'DRAG', types: ['number'] },
  { host: 'renderer', path: 'SELECT_BOX', types: ['number'] },
  { host: 'renderer', path: 'selection', types: ['array'] },
];

const intersects = (bb: ReturnType<Ele['boundingBox']>, extent: Extent | undefined) =>
  !extent || (bb.x1 <= extent.x2 && extent.x1 <= bb.x2 && bb.y1 <= extent.y2 && extent.y1 <= bb.y2);

/**
 * On the page's first frame of the graph the drag and selection-box layers are canvases nothing
 * has drawn on yet (nothing grabbed, no box or press on the background) that Cytoscape would only
 * clear. Left alone, they are not handed to the compositor with the first picture: two full-size
 * bitmaps fewer to copy, about 13 ms of that frame's commit here. Whatever is drawn on them later
 * (a drag, a box) asks for its layer again. Only that first frame: a graph drawn first by the far
 * painter comes here later, when those layers may hold a drag or a box that this frame clears.
 */
function leaveEmptyLayersAlone(cy: Core, renderer: CanvasRenderer): void {
  const needs = renderer.data?.canvasNeedsRedraw;
  const { DRAG, SELECT_BOX, selection } = renderer;
  if (!needs || DRAG === undefined || SELECT_BOX === undefined || !selection) return;
  if (cy.nodes(':grabbed').empty()) needs[DRAG] = false;
  // A press on the background (box selection, or the touch highlight) marks `selection[4]`.
  if (selection[4] !== 1) needs[SELECT_BOX] = false;
}

/**
 * Draw `cy`'s first graph layer element by element, straight onto the canvas, instead of through
 * the layer bitmaps Cytoscape builds on its first frame; every later frame is Cytoscape's own.
 * Install before any other hook of `drawLayeredElements` that should see every frame.
 */
export function drawFirstFrameDirectly(cy: Core): void {
  const renderer = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
  const layered = renderer?.drawLayeredElements;
  const drawElement = renderer?.drawElement;
  const cache = renderer?.data?.lyrTxrCache;
  if (!renderer || !layered || !drawElement || typeof cache?.firstGet !== 'boolean') return;
  // Cytoscape emits `render` at the end of every frame it draws.
  let drawnBefore = false;
  cy.one('render', () => {
    drawnBefore = true;
  });
  renderer.drawLayeredElements = function (context, eles, pxRatio, extent) {
    if (cache.firstGet !== true) return layered.call(this, context, eles, pxRatio, extent);
    // From here on the cache queues its layers and builds them between frames.
    cache.firstGet = false;
    for (const ele of eles) {
      const bb = ele.boundingBox();
      if (bb.w === 0 || bb.h === 0 || !ele.visible() || !intersects(bb, extent)) continue;
      drawElement.call(this, context, ele);
    }
    if (!drawnBefore) leaveEmptyLayersAlone(cy, this);
  };
}
