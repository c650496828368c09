// "Find path": every shortest connection between two actors over what the filters show.
import type { Dataset, Relation } from '../../../graph-data/schema';
import type { Highlight } from '../element-classes';
import type { VisibleGraph } from '../filters';

/** One step of a path, walked `from` → `to`; the relation may point the other way. */
export interface PathStep {
  readonly from: string;
  readonly to: string;
  readonly relation: Relation;
}

export type Path = readonly PathStep[];

export interface PathOptions {
  /** Only relations of these types count; undefined means every shown type. */
  readonly relationTypes?: readonly string[];
  /** At most this many paths, so a dense graph cannot explode the list (default 20). */
  readonly limit?: number;
}

export const DEFAULT_PATH_LIMIT = 20;

/**
 * All shortest paths by number of relations from one actor to another, each relation traversable
 * both ways (analysts read "connection", not "chain of command"). Two relations between the same
 * pair make two paths, since each has its own evidence. The order of paths follows the dataset's
 * order of relations, so the same data always lists them the same way. No path gives an empty list; an
 * actor to itself gives one path of no steps.
 *
 * Hand-written rather than Cytoscape's aStar or dijkstra: those return one path, and the analyst
 * needs every equally short one.
 */
export function shortestPaths(
  dataset: Dataset,
  visible: VisibleGraph,
  fromId: string,
  toId: string,
  options: PathOptions = {},
): Path[] {
  const limit = Math.floor(options.limit ?? DEFAULT_PATH_LIMIT);
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const shownActor = (id: string) => actorIds.has(id) && visible.actorIds.has(id);
  if (limit < 1 || !shownActor(fromId) || !shownActor(toId)) return [];
  if (fromId === toId) return [[]];

  const types = options.relationTypes ? new Set(options.relationTypes) : undefined;
  const steps = new Map<string, PathStep[]>();
  const addStep = (step: PathStep) => {
    const list = steps.get(step.from);
    if (list) list.push(step);
    else steps.set(step.from, [step]);
  };
  for (const relation of dataset.relations) {
    if (!visible.relationIds.has(relation.id)) continue;
    if (types && !types.has(relation.type)) continue;
    if (!shownActor(relation.source) || !shownActor(relation.target)) continue;
    // A relation of an actor with itself never shortens a path.
    if (relation.source === relation.target) continue;
    addStep({ from: relation.source, to: relation.target, relation });
    addStep({ from: relation.target, to: relation.source, relation });
  }

  // Breadth-first from the start, keeping every step that reaches an actor at its distance.
  const distance = new Map<string, number>([[fromId, 0]]);
  const arrivals = new Map<string, PathStep[]>();
  let ring = [fromId];
  while (ring.length > 0 && !distance.has(toId)) {
    const next: string[] = [];
    for (const id of ring) {
      const d = distance.get(id)! + 1;
      for (const step of steps.get(id) ?? []) {
        const known = distance.get(step.to);
        if (known === undefined) {
          distance.set(step.to, d);
          next.push(step.to);
        } else if (known !== d) continue;
        const list = arrivals.get(step.to);
        if (list) list.push(step);
        else arrivals.set(step.to, [step]);
      }
    }
    ring = next;
  }
  if (!distance.has(toId)) return [];

  // Walk back from the end over the recorded arrivals; each arrival is one step nearer the start.
  const paths: Path[] = [];
  const walkBack = (id: string, tail: PathStep[]) => {
    if (paths.length >= limit) return;
    if (id === fromId) {
      paths.push(tail);
      return;
    }
    for (const step of arrivals.get(id) ?? []) walkBack(step.from, [step, ...tail]);
  };
  walkBack(toId, []);
  return paths;
}

/** The actors and relations of some paths, to draw bright while the rest fades. */
export function pathHighlight(paths: readonly Path[]): Highlight {
  const actorIds = new Set<string>();
  const relationIds = new Set<string>();
  for (const path of paths) {
    for (const step of path) {
      actorIds.add(step.from);
      actorIds.add(step.to);
      relationIds.add(step.relation.id);
    }
  }
  return { actorIds, relationIds };
}
