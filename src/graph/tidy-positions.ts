// The default layout's last step on a Cytoscape instance (docs/design.md §15): read the shown
// actors' sizes and label boxes, run the pure tidy pass (src/model/layout-tidy.ts), and move the
// actors in one batch. The page measures labels; headless instances (bench) estimate them.
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import {
  estimateLabelSize,
  labelBelow,
  tidyLayout,
  type TidyEdge,
  type TidyNode,
} from '../model/layout-tidy';
import type { Box } from '../model/layout-quality';
import { fcoseOptions } from './fcose-options';

export type LabelBoxes = 'measure' | 'estimate';

/** A drawn label's box relative to its actor's centre, or none when it has no label drawn. */
function measuredLabel(n: NodeSingular): Box | undefined {
  const bb = n.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
    includeUnderlays: false,
  } as never);
  if (!(bb.w > 0 && bb.h > 0) || !Number.isFinite(bb.x1)) return undefined;
  const p = n.position();
  return { x1: bb.x1 - p.x, y1: bb.y1 - p.y, x2: bb.x2 - p.x, y2: bb.y2 - p.y };
}

/** The shown actors as the tidy pass sees them. */
export function tidyNodes(cy: Core, labels: LabelBoxes): TidyNode[] {
  return cy.nodes(':visible').map((n) => {
    const p = n.position();
    const w = n.outerWidth();
    const h = n.outerHeight();
    const label =
      labels === 'measure'
        ? measuredLabel(n)
        : labelBelow(h, estimateLabelSize(String(n.data('label') ?? '')));
    return { id: n.id(), x: p.x, y: p.y, w, h, label };
  });
}

export const tidyEdges = (cy: Core): TidyEdge[] =>
  cy.edges(':visible').map((e) => ({ source: e.source().id(), target: e.target().id() }));

/**
 * Tidy the shown actors where they stand. Grouped actors (compound nodes) are left to fcose: the
 * tidy pass knows nothing of the boxes around groups.
 */
export function tidyShown(cy: Core, labels: LabelBoxes = 'measure'): void {
  if (cy.nodes(':parent:visible').nonempty()) return;
  const nodes = tidyNodes(cy, labels);
  if (nodes.length < 2) return;
  const positions = tidyLayout(nodes, tidyEdges(cy));
  cy.batch(() => {
    nodes.forEach((n, i) => cy.getElementById(n.id).position(positions[i]!));
  });
}

/**
 * The default layout over the shown elements: a circle placed in data order (fcose's
 * deterministic start), fcose, then the tidy pass. fcose must be registered.
 */
export function defaultLayout(
  cy: Core,
  labels: LabelBoxes = 'measure',
  options: LayoutOptions = fcoseOptions(),
): void {
  const shown = cy.elements(':visible');
  shown.layout({ name: 'circle', animate: false, fit: false } as LayoutOptions).run();
  shown.layout(options).run();
  tidyShown(cy, labels);
}
