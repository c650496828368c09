// "Focus" and "Expand": the actors within a few hops of one actor over what the filters show.
import { neighbourIndex } from '../document';
import type { VisibleGraph } from '../filters';

/** The URL and the toolbar offer focus up to this many hops; beyond it the focus is the graph. */
export const MAX_FOCUS_HOPS = 5;

export interface Neighbourhood {
  readonly actorIds: ReadonlySet<string>;
  readonly relationIds: ReadonlySet<string>;
  /** Hops from the focused actor to each actor in the neighbourhood (0 for the actor itself). */
  readonly hopsFrom: ReadonlyMap<string, number>;
}

const EMPTY: Neighbourhood = { actorIds: new Set(), relationIds: new Set(), hopsFrom: new Map() };

/**
 * Actors reachable from `actorId` in at most `hops` shown relations, whatever their direction
 * (who attacked whom does not matter for "who is near"), and every shown relation between two of
 * them — as networkx's ego graph does, because ties among the neighbours are what an analyst
 * looks for when focusing. An actor the filters hide has an empty neighbourhood.
 */
export function focusNeighbourhood(
  visible: VisibleGraph,
  actorId: string,
  hops: number,
): Neighbourhood {
  if (!visible.actorIds.has(actorId)) return EMPTY;
  const limit = wholeHops(hops);

  const shown = visible.relations;
  const neighbours = neighbourIndex(shown);

  // Breadth-first rings: every actor of ring k is k hops away, so ring `limit` is the edge.
  const hopsFrom = new Map<string, number>([[actorId, 0]]);
  let ring = [actorId];
  for (let k = 1; k <= limit && ring.length > 0; k++) {
    const next: string[] = [];
    for (const id of ring) {
      for (const n of neighbours.get(id) ?? []) {
        if (hopsFrom.has(n)) continue;
        hopsFrom.set(n, k);
        next.push(n);
      }
    }
    ring = next;
  }

  const actorIds = new Set(hopsFrom.keys());
  const relationIds = new Set(
    shown.filter((r) => actorIds.has(r.source) && actorIds.has(r.target)).map((r) => r.id),
  );
  return { actorIds, relationIds, hopsFrom };
}

/** "Expand": one hop more than the current focus, never beyond what the URL can carry. */
export function expandedHops(hops: number): number {
  return Math.min(MAX_FOCUS_HOPS, wholeHops(hops) + 1);
}

const wholeHops = (hops: number): number =>
  Number.isFinite(hops) ? Math.max(0, Math.floor(hops)) : 0;
