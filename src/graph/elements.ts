// Cytoscape element definitions of a dataset: built once per dataset, never rebuilt to filter.
import type { ElementDefinition } from 'cytoscape';
import type { Actor, Dataset, Position, Relation } from '../../graph-data/schema';
import { sourceCount } from '../model/corroboration';
import type { Vocabulary } from '../model/vocabulary';
import { isLargeGraph } from './lod';
import { DARK_BACKGROUND, readableOn } from '../model/contrast';

type Start = (i: number, count: number) => { x: number; y: number };

const circlePosition: Start = (i, count) => {
  const radius = Math.max(100, count * 12);
  const angle = (2 * Math.PI * i) / Math.max(1, count);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
};

/** Grid cells: a node's size plus room between; rows half again as wide as they are tall. */
const GRID_SPACING = 70;
const gridPosition: Start = (i, count) => {
  const columns = Math.ceil(Math.sqrt(count * 1.5));
  return { x: (i % columns) * GRID_SPACING, y: Math.floor(i / columns) * GRID_SPACING };
};

/** An actor's node; its look is carried in data so one stylesheet serves declared kinds too. */
export function actorElement(
  actor: Actor,
  vocabulary: Vocabulary,
  position: Position,
): ElementDefinition {
  const kind = vocabulary.actorKind(actor.kind);
  return {
    group: 'nodes',
    data: {
      id: actor.id,
      label: actor.name,
      kind: actor.kind,
      color: kind.color,
      shape: kind.shape,
    },
    position: { x: position.x, y: position.y },
  };
}

/** The data of an actor's node that follows the actor (all of it but the id). */
export const actorData = (actor: Actor, vocabulary: Vocabulary) =>
  actorElement(actor, vocabulary, { x: 0, y: 0 }).data;

/** A relation's edge: every edge has the relation's id. */
export function relationElement(relation: Relation, vocabulary: Vocabulary): ElementDefinition {
  const type = vocabulary.relationType(relation.type);
  return {
    group: 'edges',
    data: {
      id: relation.id,
      source: relation.source,
      target: relation.target,
      type: relation.type,
      label: type.label,
      color: type.color,
      // The dark theme's line: the same hue, lightened where needed to 3:1 on its canvas.
      darkColor: readableOn(type.color, DARK_BACKGROUND),
      lineStyle: type.lineStyle,
      arrow: type.directed ? 'triangle' : 'none',
      // "Edge width by sources" (docs/design.md §14) draws better-attested relations thicker.
      sources: sourceCount(relation),
    },
  };
}

/**
 * Where actors without a stored position start: on a circle, not all at (0, 0) (edges between
 * coincident nodes cannot be drawn, and Cytoscape warns about each one before the layout runs). A
 * large graph starts on a grid instead: its first picture, shown while fcose runs. Either way the
 * layout that follows stores real positions, so later additions never move these.
 */
export function startPosition(dataset: Dataset): (i: number) => Position {
  const count = dataset.actors.length;
  const start = isLargeGraph(count + dataset.relations.length) ? gridPosition : circlePosition;
  return (i) => start(i, count);
}

/** Every element of a dataset: what the canvas holds after it opens the dataset. */
export function datasetElements(dataset: Dataset, vocabulary: Vocabulary): ElementDefinition[] {
  const start = startPosition(dataset);
  const nodes = dataset.actors.map((actor, i) =>
    actorElement(actor, vocabulary, actor.position ?? start(i)),
  );
  const edges = dataset.relations.map((relation) => relationElement(relation, vocabulary));
  return [...nodes, ...edges];
}

/** Whether every actor has a stored position, so the dataset opens in them without a layout. */
export function hasAllPositions(dataset: Dataset): boolean {
  return dataset.actors.length > 0 && dataset.actors.every((a) => a.position !== undefined);
}
