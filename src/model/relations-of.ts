// An actor's relations grouped by type, with the other end named, for the details panel.
import type { Actor, Dataset, Relation } from '../../graph-data/schema';

export interface ActorRelation {
  readonly relation: Relation;
  /** The actor at the other end. */
  readonly other: Actor | undefined;
  /** True when the actor is the relation's source. */
  readonly outgoing: boolean;
}

export function relationsOfActor(
  dataset: Dataset,
  actorId: string,
  shownRelationIds?: ReadonlySet<string>,
): Map<string, ActorRelation[]> {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const groups = new Map<string, ActorRelation[]>();
  for (const relation of dataset.relations) {
    if (relation.source !== actorId && relation.target !== actorId) continue;
    if (shownRelationIds && !shownRelationIds.has(relation.id)) continue;
    const outgoing = relation.source === actorId;
    const entry = {
      relation,
      other: actors.get(outgoing ? relation.target : relation.source),
      outgoing,
    };
    const list = groups.get(relation.type);
    if (list) list.push(entry);
    else groups.set(relation.type, [entry]);
  }
  return groups;
}

/**
 * A relation as a sentence, "U.S. Central Command attacked Kataib Hezbollah": its ends by name (the
 * id when unnamed) and its type as `typeLabel` gives it (the id by default).
 */
export function relationName(
  relation: Pick<Relation, 'source' | 'type' | 'target'>,
  nameOf: (actorId: string) => string | undefined,
  typeLabel: (type: string) => string = (type) => type,
): string {
  const end = (id: string) => nameOf(id) ?? id;
  return `${end(relation.source)} ${typeLabel(relation.type)} ${end(relation.target)}`;
}
