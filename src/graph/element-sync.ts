// Puts a dataset's elements on the canvas, and applies a dataset diff to them by id: cy.add,
// cy.remove and data() on exactly the records the diff names, in one batch. Never moves the camera.
import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Actor, Dataset, Position, Relation } from '../../graph-data/schema';
import { placeNear, type DatasetDiff } from '../model/document';
import type { Vocabulary } from '../model/vocabulary';
import { actorData, actorElement, datasetElements, relationElement } from './elements';

/** Replace whatever the canvas holds with the dataset's elements. */
export function loadDataset(cy: Core, dataset: Dataset, vocabulary: Vocabulary): void {
  cy.batch(() => {
    cy.elements().remove();
    cy.add(datasetElements(dataset, vocabulary));
  });
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

const sameData = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys(b).every((k) => a[k] === b[k]);

/**
 * Apply a diff to the canvas. Added actors without a position go beside the actors the diff
 * relates them to, or at `centre` (the middle of the view). Positions in updates are applied
 * unless `movesDrawn` says the canvas made them (a drag, a layout).
 */
export function applyElementDiff(
  cy: Core,
  diff: DatasetDiff,
  vocabulary: Vocabulary,
  centre: () => Position,
  movesDrawn = false,
): DiffApplied {
  const placed = new Map<string, Position>();
  let replaced = false;
  const node = (id: string) => cy.getElementById(id) as unknown as NodeSingular;
  cy.batch(() => {
    for (const r of diff.relations.removed) cy.getElementById(r.id).remove();
    for (const a of diff.actors.removed) {
      const n = node(a.id);
      // Removing a compound parent would take its children with it.
      if (n.nonempty() && n.isParent()) {
        n.children().move({ parent: null });
        replaced = true;
      }
      n.remove();
    }
    const added: ElementDefinition[] = [];
    const taken: Position[] = [];
    for (const actor of diff.actors.added) {
      const position = actor.position ?? place(actor, diff.relations.added, cy, centre, taken);
      if (!actor.position) placed.set(actor.id, position);
      taken.push(position);
      added.push(actorElement(actor, vocabulary, position));
    }
    if (added.length > 0) cy.add(added);
    for (const [before, after] of diff.actors.updated) {
      const n = node(after.id);
      if (n.empty()) continue;
      const data = actorData(after, vocabulary);
      if (!sameData(n.data() as Record<string, unknown>, data)) n.data(data);
      if (!movesDrawn && after.position && after.position !== before.position) {
        n.position({ x: after.position.x, y: after.position.y });
      }
    }
    if (diff.relations.added.length > 0) {
      cy.add(diff.relations.added.map((r) => relationElement(r, vocabulary)));
    }
    for (const [before, after] of diff.relations.updated) {
      let edge = cy.getElementById(after.id) as unknown as EdgeSingular;
      if (edge.empty()) continue;
      if (before.source !== after.source || before.target !== after.target) {
        edge = edge.move({ source: after.source, target: after.target })[0]!;
        replaced = true;
      }
      const data = relationElement(after, vocabulary).data;
      if (!sameData(edge.data() as Record<string, unknown>, data)) edge.data(data);
    }
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
    }
  });
  return { placed, replaced };
}

function vocabularyChanged(
  before: Pick<Dataset, 'relationTypes' | 'actorKinds'>,
  after: Pick<Dataset, 'relationTypes' | 'actorKinds'>,
): boolean {
  return before.relationTypes !== after.relationTypes || before.actorKinds !== after.actorKinds;
}

/** Beside the actors this one relates to (in the same diff), else at the centre of the view. */
function place(
  actor: Actor,
  relations: readonly Relation[],
  cy: Core,
  centre: () => Position,
  taken: readonly Position[],
): Position {
  const neighbours: Position[] = [];
  for (const r of relations) {
    const other = r.source === actor.id ? r.target : r.target === actor.id ? r.source : null;
    if (other === null || other === actor.id) continue;
    const n = cy.getElementById(other);
    if (n.nonempty()) neighbours.push({ ...(n as unknown as NodeSingular).position() });
  }
  return placeNear(neighbours, centre(), taken);
}
