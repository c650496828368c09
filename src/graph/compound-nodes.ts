// "Group by parent" on the canvas: moves shown actors inside their shown parent (compound nodes)
// and out again, touching only the actors whose parent changes.
import type { Core } from 'cytoscape';

export class CompoundNodes {
  /** Parent each node is drawn inside now. */
  private parents = new Map<string, string>();

  constructor(private readonly cy: Core) {}

  /** New elements: nothing is grouped on the canvas yet. */
  reset(): void {
    this.parents.clear();
  }

  /**
   * Draw each node inside the parent `next` gives it, or on its own. Returns whether any node
   * moved: Cytoscape's move() replaces the moved nodes and their edges with new elements.
   */
  apply(next: ReadonlyMap<string, string>): boolean {
    const changed = [...new Set([...this.parents.keys(), ...next.keys()])].filter(
      (id) => this.parents.get(id) !== next.get(id),
    );
    if (changed.length === 0) return false;
    this.cy.batch(() => {
      for (const id of changed) {
        const node = this.cy.getElementById(id);
        if (node.nonempty()) node.move({ parent: next.get(id) ?? null });
      }
    });
    this.parents = new Map(next);
    return true;
  }
}
