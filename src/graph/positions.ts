// Positions drawn on the canvas, read back to be stored: the store, not Cytoscape, keeps where each
// actor sits (a drag, a layout result), so a switch, a reload and a JSON export keep the picture.
import type { Core, NodeCollection } from 'cytoscape';
import type { Position } from '../../graph-data/schema';

/**
 * Where these nodes are drawn, by id. Compound parents are left out: their place follows their
 * children, and stored it would put the parent on top of them once grouping is off.
 */
export function drawnPositions(nodes: NodeCollection): Map<string, Position> {
  const out = new Map<string, Position>();
  nodes.forEach((n) => {
    if (n.isParent()) return;
    const { x, y } = n.position();
    out.set(n.id(), { x, y });
  });
  return out;
}

/** Every childless node on the canvas (what a layout places). */
export const placedNodes = (cy: Core): NodeCollection => cy.nodes(':childless');
