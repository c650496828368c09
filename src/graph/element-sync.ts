// Puts a dataset's elements on the canvas, and applies a dataset diff to them by id: cy.add,
// cy.remove and data() on exactly the records the diff names. Never moves the camera.
//
// Both are written as work in steps of at most STEP elements (a generator), so the same code runs
// at once in one batch (an edit) or in slices with the page answering between them (a large
// import, a merge: canvas-work.ts decides).
import type {
  CollectionReturnValue,
  Core,
  EdgeSingular,
  ElementDefinition,
  NodeSingular,
} from 'cytoscape';
import type { Dataset, Position } from '../../graph-data/schema';
import { ActorPlacer, type DatasetDiff } from '../model/document';
import type { Vocabulary } from '../model/vocabulary';
import { actorData, actorElement, relationElement, startPosition } from './elements';

/** Elements one step of the work touches at most. */
export const STEP = 400;

/**
 * Work on the canvas in steps. Each step runs inside the caller's `cy.batch`; it yields how many
 * elements it touched, and the elements it added (their style is computed after the batch, in the
 * same slice: otherwise the first frame would style them all at once). Returns its result.
 */
export type ElementWork<T> = Generator<Step, T, void>;

export interface Step {
  readonly touched: number;
  readonly added?: CollectionReturnValue;
}

/** Elements of `items` in chunks of STEP, mapped and added to the canvas: one step each. */
function* addInSteps<T>(
  cy: Core,
  items: readonly T[],
  element: (item: T, index: number) => ElementDefinition,
): Generator<Step, void, void> {
  for (let i = 0; i < items.length; i += STEP) {
    const chunk = items.slice(i, i + STEP).map((item, k) => element(item, i + k));
    yield { touched: chunk.length, added: cy.add(chunk) };
  }
}

/** `each` on every one of `items`, STEP of them a step. */
function* eachInSteps<T>(
  items: readonly T[],
  each: (item: T) => void,
): Generator<Step, void, void> {
  for (let i = 0; i < items.length; i += STEP) {
    const chunk = items.slice(i, i + STEP);
    chunk.forEach(each);
    yield { touched: chunk.length };
  }
}

/** Remove the elements with these ids, a step at a time. */
const removeInSteps = (cy: Core, ids: readonly string[]) =>
  eachInSteps(ids, (id) => {
    cy.getElementById(id).remove();
  });

/** How many elements `loadDataset` touches: what the canvas holds now and the dataset's. */
export const loadSize = (cy: Core, dataset: Dataset): number =>
  cy.elements().length + dataset.actors.length + dataset.relations.length;

/** Replace whatever the canvas holds with the dataset's elements. */
export function* loadDataset(
  cy: Core,
  dataset: Dataset,
  vocabulary: Vocabulary,
): ElementWork<void> {
  const old = cy.elements();
  if (old.length <= STEP * 4) {
    old.remove();
    yield { touched: old.length };
  } else {
    // Edges first: removing a node takes its edges with it, one at a time.
    yield* removeInSteps(
      cy,
      old.edges().map((e) => e.id()),
    );
    yield* removeInSteps(
      cy,
      old.nodes().map((n) => n.id()),
    );
  }
  // Actors without a stored position start on a circle (a grid when large), not all at (0, 0).
  const start = startPosition(dataset);
  yield* addInSteps(cy, dataset.actors, (actor, i) =>
    actorElement(actor, vocabulary, actor.position ?? start(i)),
  );
  yield* addInSteps(cy, dataset.relations, (relation) => relationElement(relation, vocabulary));
}

export interface DiffApplied {
  /** Positions given to added actors that came without one (to be stored). */
  readonly placed: ReadonlyMap<string, Position>;
  /**
   * Whether elements other than the diff's were replaced (Cytoscape's move() of an edge or of a
   * removed parent's children makes new elements): per-element bookkeeping must start again.
   */
  readonly replaced: boolean;
}

/** How many elements applying `diff` touches. */
export function diffSize(diff: DatasetDiff): number {
  const { actors, relations } = diff;
  return (
    actors.added.length +
    actors.removed.length +
    actors.updated.length +
    relations.added.length +
    relations.removed.length +
    relations.updated.length
  );
}

const sameData = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys(b).every((k) => a[k] === b[k]);

/**
 * Apply a diff to the canvas. Added actors without a position go beside the actors the diff
 * relates them to, or at `centre` (the middle of the view). Positions in updates are applied
 * unless `movesDrawn` says the canvas made them (a drag, a layout).
 */
export function* applyElementDiff(
  cy: Core,
  diff: DatasetDiff,
  vocabulary: Vocabulary,
  centre: () => Position,
  movesDrawn = false,
): ElementWork<DiffApplied> {
  const placed = new Map<string, Position>();
  let replaced = false;
  const node = (id: string) => cy.getElementById(id) as unknown as NodeSingular;
  yield* removeInSteps(
    cy,
    diff.relations.removed.map((r) => r.id),
  );
  yield* eachInSteps(diff.actors.removed, (a) => {
    const n = node(a.id);
    // Removing a compound parent would take its children with it.
    if (n.nonempty() && n.isParent()) {
      n.children().move({ parent: null });
      replaced = true;
    }
    n.remove();
  });
  const placement = new ActorPlacer(
    diff.relations.added,
    (id) => {
      const n = node(id);
      return n.nonempty() ? { ...n.position() } : undefined;
    },
    centre,
  );
  yield* addInSteps(cy, diff.actors.added, (actor) => {
    const position = actor.position ?? placement.place(actor.id);
    if (!actor.position) placed.set(actor.id, position);
    placement.placed(actor.id, position);
    return actorElement(actor, vocabulary, position);
  });
  yield* eachInSteps(diff.actors.updated, ([before, after]) => {
    const n = node(after.id);
    if (n.empty()) return;
    const data = actorData(after, vocabulary);
    if (!sameData(n.data() as Record<string, unknown>, data)) n.data(data);
    if (!movesDrawn && after.position && after.position !== before.position) {
      n.position({ x: after.position.x, y: after.position.y });
    }
  });
  yield* addInSteps(cy, diff.relations.added, (r) => relationElement(r, vocabulary));
  yield* eachInSteps(diff.relations.updated, ([before, after]) => {
    let edge = cy.getElementById(after.id) as unknown as EdgeSingular;
    if (edge.empty()) return;
    if (before.source !== after.source || before.target !== after.target) {
      edge = edge.move({ source: after.source, target: after.target })[0]!;
      replaced = true;
    }
    const data = relationElement(after, vocabulary).data;
    if (!sameData(edge.data() as Record<string, unknown>, data)) edge.data(data);
  });
  // A declared type's or kind's look changed: every element of the dataset takes it again.
  if (diff.head && vocabularyChanged(diff.head[0], diff.head[1])) {
    cy.nodes().forEach((n) => {
      const kind = vocabulary.actorKind(n.data('kind') as string);
      n.data({ color: kind.color, shape: kind.shape });
    });
    cy.edges().forEach((e) => {
      const type = vocabulary.relationType(e.data('type') as string);
      e.data({
        label: type.label,
        color: type.color,
        lineStyle: type.lineStyle,
        arrow: type.directed ? 'triangle' : 'none',
      });
    });
    yield { touched: cy.elements().length };
  }
  return { placed, replaced };
}

function vocabularyChanged(
  before: Pick<Dataset, 'relationTypes' | 'actorKinds'>,
  after: Pick<Dataset, 'relationTypes' | 'actorKinds'>,
): boolean {
  return before.relationTypes !== after.relationTypes || before.actorKinds !== after.actorKinds;
}
