// "Group by parent": which shown actor each shown actor is drawn inside (compound nodes).
import type { Dataset } from '../../graph-data/schema';
import type { VisibleGraph } from './filters';

/**
 * Child id → parent id for every shown actor whose parent is shown too. A child of a hidden
 * parent is drawn on its own (a hidden compound would hide its children with it); a parent
 * chain that loops back is cut where it would close.
 */
export function groupParents(dataset: Dataset, visible: VisibleGraph): Map<string, string> {
  const parentOf = new Map<string, string>();
  for (const a of dataset.actors) {
    if (a.parent && visible.actorIds.has(a.id) && visible.actorIds.has(a.parent)) {
      parentOf.set(a.id, a.parent);
    }
  }
  for (const start of [...parentOf.keys()]) {
    const seen = new Set([start]);
    let at = parentOf.get(start);
    while (at !== undefined) {
      if (seen.has(at)) {
        parentOf.delete(start);
        break;
      }
      seen.add(at);
      at = parentOf.get(at);
    }
  }
  return parentOf;
}
