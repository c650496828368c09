// Merging one dataset into another (docs/design.md §14): a plan (what merges, what is new, what the
// analyst must decide, what clashes), then, with the analyst's decisions, one diff of the open
// dataset that the store commits as one undo step. The result must pass the import validator.
import type {
  Actor,
  ActorKindDef,
  Dataset,
  Evidence,
  Relation,
  RelationTypeDef,
  Source,
} from '../../../graph-data/schema';
import { ActorPlacer, applyDiff, type DatasetDiff, type DatasetHead } from '../document';
import { slugify, UniqueIds } from '../import/unique-ids';
import { validateDataset } from '../import/validate';
import { vocabularyOf } from '../vocabulary';
import { ActorIndex, actorKeys, type ActorMatch } from './actor-match';
import { withNamesOf } from './merge-actor';
import { foldRelations } from './relation-merge';

export interface ActorPair {
  /** The actor of the dataset merged in. */
  readonly incoming: Actor;
  /** The open dataset's actor it is (or may be). */
  readonly into: Actor;
  readonly reason: string;
}

/** An incoming actor that may be one of the open dataset's: the analyst confirms or refuses. */
export interface MergeQuestion {
  readonly incoming: Actor;
  readonly candidates: readonly { readonly actor: Actor; readonly reason: string }[];
}

export interface MergePlan {
  /** Certain matches: merged without asking. */
  readonly matched: readonly ActorPair[];
  /** Incoming actors that nothing matches: added as they are. */
  readonly added: readonly Actor[];
  readonly questions: readonly MergeQuestion[];
  /** Clashes the merge resolves in a stated way (a type directed in one, undirected in the other). */
  readonly notes: readonly string[];
  /** Why there is nothing to merge (the dataset itself, an empty one); the merge is refused. */
  readonly refusal?: string;
}

/** For each question, by incoming actor id: the open dataset's actor it is, or null for "a new one". */
export type MergeDecisions = Readonly<Record<string, string | null>>;

export type MergeResult =
  | {
      readonly ok: true;
      readonly diff: DatasetDiff;
      /** "2 actors merged, 3 added; 1 relation corroborated, 4 added". */
      readonly summary: string;
    }
  | { readonly ok: false; readonly message: string };

/** What to do with each incoming actor: the base actor it becomes, or new. */
function actorMapping(base: Dataset, incoming: Dataset) {
  const index = new ActorIndex(base.actors);
  const matched: ActorPair[] = [];
  const added: Actor[] = [];
  const questions: MergeQuestion[] = [];
  for (const actor of incoming.actors) {
    const found = index.candidates(actor, actorKeys(actor));
    const certain = found.filter((f) => f.match.certainty === 'certain');
    // The same record (same id and name) is the same actor: a dataset merged with a copy of
    // itself, whose actors may share names, changes nothing.
    const same = certain.find((f) => f.actor.id === actor.id && f.actor.name === actor.name);
    const pick = same ?? (certain.length === 1 ? certain[0] : undefined);
    if (pick) {
      matched.push({ incoming: actor, into: pick.actor, reason: pick.match.reason });
    } else if (found.length > 0) {
      questions.push({
        incoming: actor,
        candidates: found.map((f) => ({ actor: f.actor, reason: reasonOf(f.match, found) })),
      });
    } else {
      added.push(actor);
    }
  }
  return { matched, added, questions };
}

const reasonOf = (match: ActorMatch, all: readonly { match: ActorMatch }[]) =>
  match.certainty === 'certain' && all.filter((f) => f.match.certainty === 'certain').length > 1
    ? `${match.reason}, like another actor`
    : match.reason;

/** Declared relation types of the incoming dataset renamed where their direction clashes. */
function vocabularyPlan(base: Dataset, incoming: Dataset) {
  const notes: string[] = [];
  const baseVocabulary = vocabularyOf(base);
  const known = new Set(baseVocabulary.relationTypes.map((t) => t.id));
  const typeIds = new UniqueIds(known);
  const renamedTypes = new Map<string, string>();
  const newTypes: RelationTypeDef[] = [];
  for (const def of incoming.relationTypes ?? []) {
    if (!known.has(def.id)) {
      newTypes.push(def);
      typeIds.reserve(def.id);
      continue;
    }
    const ours = baseVocabulary.relationType(def.id);
    if (ours.directed !== def.directed) {
      const suffix = def.directed ? 'directed' : 'undirected';
      const id = typeIds.claim(`${def.id}-${suffix}`);
      renamedTypes.set(def.id, id);
      newTypes.push({ ...def, id, label: `${def.label} (${suffix})` });
      notes.push(
        `The type “${def.label}” is ${ours.directed ? 'directed' : 'undirected'} here and ${suffix} in the other dataset: its relations come in as “${def.label} (${suffix})”.`,
      );
    } else if (def.color && ours.color.toLowerCase() !== def.color.toLowerCase()) {
      notes.push(`The type “${ours.label}” keeps this dataset's colour.`);
    }
  }
  const baseKinds = vocabularyOf(base);
  const knownKinds = new Set(baseKinds.actorKinds.map((k) => k.id));
  const newKinds: ActorKindDef[] = [];
  for (const def of incoming.actorKinds ?? []) {
    if (!knownKinds.has(def.id)) {
      newKinds.push(def);
      continue;
    }
    const ours = baseKinds.actorKind(def.id);
    if (
      (def.color && ours.color.toLowerCase() !== def.color.toLowerCase()) ||
      (def.shape && ours.shape !== def.shape)
    ) {
      notes.push(`The kind “${ours.label}” keeps this dataset's colour and shape.`);
    }
  }
  return { notes, renamedTypes, newTypes, newKinds };
}

const isEmpty = (d: Dataset) => d.actors.length === 0 && d.relations.length === 0;

/** What merging `incoming` into `base` would do, before the analyst decides anything. */
export function planMerge(base: Dataset, incoming: Dataset): MergePlan {
  const nothing = { matched: [], added: [], questions: [], notes: [] };
  if (base === incoming || base.id === incoming.id) {
    return {
      ...nothing,
      refusal: `“${incoming.title}” is the open dataset: merging it with itself changes nothing.`,
    };
  }
  if (isEmpty(incoming)) {
    return { ...nothing, refusal: `“${incoming.title}” has no actors or relations to merge.` };
  }
  const mapping = actorMapping(base, incoming);
  const { notes } = vocabularyPlan(base, incoming);
  return { ...mapping, notes };
}

/** The incoming dataset's sources in the open one: the same source reused, others under new ids. */
function sourceMapping(base: Dataset, incoming: Dataset) {
  const ids = new UniqueIds(base.sources.map((s) => s.id));
  const map = new Map<string, string>();
  const added: Source[] = [];
  const sameSource = (a: Source, b: Source) =>
    a.title === b.title && a.url === b.url && a.published === b.published && a.text === b.text;
  for (const source of incoming.sources) {
    const same =
      base.sources.find((s) => s.id === source.id && sameSource(s, source)) ??
      base.sources.find((s) => sameSource(s, source));
    if (same) {
      map.set(source.id, same.id);
      continue;
    }
    const id = ids.claim(source.id);
    map.set(source.id, id);
    added.push({ ...source, id });
  }
  return { map, added };
}

/** `into` with the incoming actor's names as aliases and what it lacks filled in. */
function absorb(into: Actor, other: Actor): Actor {
  const takesShortName =
    !into.shortName &&
    other.shortName !== undefined &&
    other.shortName !== into.name &&
    !(into.aliases ?? []).includes(other.shortName);
  // The other's names become aliases; a short name taken over is not also an alias.
  const named = withNamesOf(takesShortName ? { ...into, shortName: other.shortName } : into, other);
  const description = !into.description && other.description;
  const attributes = other.attributes && { ...other.attributes, ...into.attributes };
  const sameAttributes =
    JSON.stringify(attributes ?? into.attributes) === JSON.stringify(into.attributes);
  if (named === into && !description && sameAttributes) return into;
  return {
    ...named,
    ...(description && { description }),
    ...(attributes && { attributes }),
  };
}

/**
 * Where the added actors go when the open dataset's actors all have a place: beside the actors
 * they relate to, as the canvas would place them one by one (docs/design.md, "The canvas"), but
 * here, off the page's thread, with the relations indexed once. Otherwise as they are.
 */
function placeAdded(
  base: Dataset,
  added: readonly Actor[],
  relations: readonly Relation[],
): readonly Actor[] {
  if (added.length === 0 || base.actors.length === 0 || !base.actors.every((a) => a.position)) {
    return added;
  }
  const at = new Map(base.actors.map((a) => [a.id, a.position!]));
  // A loop, not Math.min(...xs): 200,000 positions are more arguments than a call takes.
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of at.values()) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  const centre = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  const placer = new ActorPlacer(
    relations,
    (id) => at.get(id),
    () => centre,
  );
  return added.map((actor) => {
    const position = placer.place(actor.id);
    placer.placed(actor.id, position);
    return { ...actor, position };
  });
}

/**
 * Merge `incoming` into `base` as the plan and the decisions say: one diff of `base`. Every
 * question needs a decision; the merged dataset is checked by the importer's validator.
 */
export function mergeDatasets(
  base: Dataset,
  incoming: Dataset,
  plan: MergePlan,
  decisions: MergeDecisions = {},
): MergeResult {
  if (plan.refusal) return { ok: false, message: plan.refusal };
  const open = plan.questions.filter((q) => !(q.incoming.id in decisions));
  if (open.length > 0) {
    return {
      ok: false,
      message: `Decide first whether ${open.map((q) => `“${q.incoming.name}”`).join(', ')} ${open.length === 1 ? 'is' : 'are'} already here.`,
    };
  }
  const baseById = new Map(base.actors.map((a) => [a.id, a]));
  const into = new Map<string, string>();
  for (const m of plan.matched) into.set(m.incoming.id, m.into.id);
  for (const q of plan.questions) {
    const chosen = decisions[q.incoming.id];
    if (chosen && baseById.has(chosen)) into.set(q.incoming.id, chosen);
  }

  // Actors: the matched absorb the incoming names; the rest come in under ids of their own.
  const actorIds = new UniqueIds(base.actors.map((a) => a.id));
  const newIds = new Map<string, string>();
  for (const a of incoming.actors) {
    if (into.has(a.id)) continue;
    newIds.set(a.id, actorIds.reserve(a.id) ? a.id : actorIds.claim(slugify(a.name) || a.id));
  }
  const mapActor = (id: string) => into.get(id) ?? newIds.get(id) ?? id;
  const changed = new Map<string, Actor>();
  for (const a of incoming.actors) {
    const target = into.get(a.id);
    if (!target) continue;
    const current = changed.get(target) ?? baseById.get(target)!;
    const next = absorb(current, a);
    if (next !== current) changed.set(target, next);
  }
  const addedActors: Actor[] = incoming.actors
    .filter((a) => !into.has(a.id))
    .map((a) => {
      // Positions belong to the other dataset's picture; new actors are placed beside their
      // relations in this one.
      const { position: _p, parent, ...rest } = a;
      return { ...rest, id: newIds.get(a.id)!, ...(parent && { parent: mapActor(parent) }) };
    });

  // Vocabulary and sources.
  const vocabulary = vocabularyPlan(base, incoming);
  const sources = sourceMapping(base, incoming);
  const mapEvidence = (e: Evidence): Evidence => ({
    ...e,
    source: sources.map.get(e.source) ?? e.source,
  });

  // Relations: endpoints and sources mapped, then folded into the open dataset's.
  const relationIds = new UniqueIds(base.relations.map((r) => r.id));
  let loops = 0;
  const mapped: Relation[] = [];
  for (const r of incoming.relations) {
    const source = mapActor(r.source);
    const target = mapActor(r.target);
    if (source === target && r.source !== r.target) {
      loops += 1;
      continue;
    }
    mapped.push({
      ...r,
      source,
      target,
      type: vocabulary.renamedTypes.get(r.type) ?? r.type,
      evidence: r.evidence.map(mapEvidence),
    });
  }
  const nextVocabulary = vocabularyOf({
    relationTypes: [...(base.relationTypes ?? []), ...vocabulary.newTypes],
  });
  const folded = foldRelations(
    base.relations,
    mapped,
    (t) => nextVocabulary.relationType(t).directed,
  );
  const placedActors = placeAdded(base, addedActors, mapped);
  const addedRelations = folded.added.map((r) => {
    // UniqueIds starts with every base id taken: reserve() fails for an id the base already has.
    return !relationIds.reserve(r.id)
      ? { ...r, id: relationIds.claim(`${r.source}-${r.type}-${r.target}`) }
      : r;
  });

  const headChanged =
    sources.added.length > 0 || vocabulary.newTypes.length > 0 || vocabulary.newKinds.length > 0;
  const { actors: _a, relations: _r, ...before } = base;
  const after: DatasetHead = {
    ...before,
    sources: [...base.sources, ...sources.added],
    ...((base.relationTypes || vocabulary.newTypes.length > 0) && {
      relationTypes: [...(base.relationTypes ?? []), ...vocabulary.newTypes],
    }),
    ...((base.actorKinds || vocabulary.newKinds.length > 0) && {
      actorKinds: [...(base.actorKinds ?? []), ...vocabulary.newKinds],
    }),
  };
  const diff: DatasetDiff = {
    actors: {
      added: placedActors,
      updated: [...changed].map(([id, next]) => [baseById.get(id)!, next] as const),
      removed: [],
    },
    relations: {
      added: addedRelations,
      updated: base.relations.flatMap((r) => {
        const next = folded.updated.get(r.id);
        return next ? [[r, next] as const] : [];
      }),
      removed: [],
    },
    ...(headChanged && { head: [before, after] as const }),
  };
  const checked = validateDataset(applyDiff(base, diff));
  if (!checked.ok) {
    const first = checked.problems[0];
    return {
      ok: false,
      message: `The merged dataset would not be valid (${first?.path}: ${first?.message}); nothing was changed.`,
    };
  }
  const corroborated = diff.relations.updated.filter(
    ([b, a]) => a.evidence.length > b.evidence.length,
  ).length;
  const parts = [
    `${into.size} ${into.size === 1 ? 'actor' : 'actors'} merged`,
    `${addedActors.length} added`,
    `${corroborated} ${corroborated === 1 ? 'relation' : 'relations'} corroborated`,
    `${addedRelations.length} added`,
  ];
  if (loops > 0) parts.push(`${loops} between actors that became one left out`);
  return { ok: true, diff, summary: parts.join(', ') };
}
