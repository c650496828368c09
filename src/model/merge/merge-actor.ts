// "Merge into…" (docs/design.md §14): one actor becomes another. Its names become aliases, its
// relations move over, and relations that then say the same thing become one.
import type { Actor, Dataset, Relation } from '../../../graph-data/schema';
import type { DatasetDiff } from '../document';
import { vocabularyOf } from '../vocabulary';
import { foldRelations } from './relation-merge';

export interface ActorMergeOutcome {
  readonly diff: DatasetDiff;
  /** Relations that joined one already there. */
  readonly joined: number;
  /** Relations between the two actors, which would join the actor to itself: left out. */
  readonly dropped: number;
}

/** The names of `from` as aliases of `into` (its own names not repeated). */
export function withNamesOf(into: Actor, from: Actor): Actor {
  const own = new Set([into.name, into.shortName, ...(into.aliases ?? [])]);
  const extra = [
    ...new Set(
      [from.name, from.shortName, ...(from.aliases ?? [])].filter((n): n is string => !!n),
    ),
  ].filter((n) => !own.has(n));
  return extra.length === 0 ? into : { ...into, aliases: [...(into.aliases ?? []), ...extra] };
}

/** Merge the actor `fromId` into `intoId`; null when either is missing or they are the same. */
export function mergeActorInto(
  dataset: Dataset,
  fromId: string,
  intoId: string,
): ActorMergeOutcome | null {
  const from = dataset.actors.find((a) => a.id === fromId);
  const into = dataset.actors.find((a) => a.id === intoId);
  if (!from || !into || from === into) return null;
  const vocabulary = vocabularyOf(dataset);
  const touches = (r: Relation) => r.source === fromId || r.target === fromId;
  const between = (r: Relation) =>
    (r.source === fromId && r.target === intoId) || (r.source === intoId && r.target === fromId);
  const others = dataset.relations.filter((r) => !touches(r));
  const moving = dataset.relations.filter((r) => touches(r) && !between(r));
  const moved = moving.map((r) => ({
    ...r,
    source: r.source === fromId ? intoId : r.source,
    target: r.target === fromId ? intoId : r.target,
  }));
  const folded = foldRelations(others, moved, (t) => vocabulary.relationType(t).directed);
  const kept = new Map(folded.added.map((r) => [r.id, r]));
  const relationAt = new Map(dataset.relations.map((r, i) => [r.id, i]));
  const removedRelations = dataset.relations.filter(
    (r) => between(r) || (touches(r) && !kept.has(r.id)),
  );

  const actorUpdates: (readonly [Actor, Actor])[] = [];
  const mergedInto = withNamesOf(into, from);
  for (const a of dataset.actors) {
    if (a === from) continue;
    let next = a === into ? mergedInto : a;
    if (a.parent === fromId && a === into) {
      // An actor cannot be its own parent.
      const { parent: _p, ...rest } = next;
      next = rest;
    } else if (a.parent === fromId) next = { ...next, parent: intoId };
    if (next !== a) actorUpdates.push([a, next]);
  }
  const fromAt = dataset.actors.indexOf(from);
  return {
    diff: {
      actors: { added: [], updated: actorUpdates, removed: [from], removedAt: [fromAt] },
      relations: {
        added: [],
        updated: dataset.relations.flatMap((r) => {
          const next = folded.updated.get(r.id) ?? kept.get(r.id);
          return next && next !== r ? [[r, next] as const] : [];
        }),
        removed: removedRelations,
        removedAt: removedRelations.map((r) => relationAt.get(r.id)!),
      },
    },
    joined: moving.length - kept.size,
    dropped: dataset.relations.filter(between).length,
  };
}
