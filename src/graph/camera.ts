// The one module that moves the camera (zoom and pan): fitting, centring, framing a focus and
// coming back from it. Edits never call it: an edit leaves the view where the analyst put it.
import type { Core } from 'cytoscape';
import type { Position } from '../../graph-data/schema';

const PADDING = 40;

/** Frame what is shown: a dataset opened in its stored positions, a layout's result, "Fit". */
export function fitShown(cy: Core): void {
  cy.fit(cy.elements(':visible'), PADDING);
}

/** Bring an actor to the centre, zooming in to at least 1:1; nothing when it is not shown. */
export function centerOn(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty() || !node.visible()) return;
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
}

/** The model point at the centre of the canvas: where an actor with no neighbours is placed. */
export function viewCentre(cy: Core): Position {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
}

/**
 * Frame the shown nodes by their centres and the largest node's size, as `cy.fit` would, without
 * the bounding box of every element (which needs labels measured and edges routed): the first
 * picture of a large graph.
 */
export function fitToNodeCentres(cy: Core, padding = PADDING): void {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  let half = 0;
  cy.nodes(':visible').forEach((n) => {
    const { x, y } = n.position();
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
    half = Math.max(half, n.width() / 2, n.height() / 2);
  });
  if (x1 > x2) return;
  const w = x2 - x1 + 2 * half;
  const h = y2 - y1 + 2 * half;
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(
      cy.minZoom(),
      Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h),
    ),
  );
  cy.viewport({
    zoom,
    pan: {
      x: cy.width() / 2 - (zoom * (x1 + x2)) / 2,
      y: cy.height() / 2 - (zoom * (y1 + y2)) / 2,
    },
  });
}

/** Entering or widening a focus frames it; leaving it returns to the view from before. */
export class FocusFraming {
  private viewBefore: { zoom: number; pan: Position } | null = null;

  constructor(private readonly cy: Core) {}

  update(focused: boolean, wasFocused: boolean): void {
    if (focused && !wasFocused) {
      this.viewBefore = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
    }
    if (!focused && this.viewBefore) {
      this.cy.viewport(this.viewBefore);
      this.viewBefore = null;
    } else {
      fitShown(this.cy);
    }
  }

  /** A new dataset: the view from before a focus belongs to the old one. */
  forget(): void {
    this.viewBefore = null;
  }
}
