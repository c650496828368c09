// Edits of the open dataset as checked diffs: each takes the dataset and what the analyst typed,
// and gives either the diff to commit or the problems, each naming its field. Nothing changes on a
// problem. See docs/design.md, "The document and its diffs".
import {
  BUILT_IN_ACTOR_KINDS,
  BUILT_IN_RELATION_TYPES,
  type Actor,
  type Dataset,
  type Evidence,
  type Relation,
} from '../../graph-data/schema';
import { isPartialDate } from './partial-date';
import { normaliseForSearch } from './search';
import { addRecords, changeHead, removeRecords, updateRecords, type DatasetDiff } from './document';

export interface FieldProblem {
  /** The field as the dialog labels it ("Name", "Parent"). */
  readonly field: string;
  readonly message: string;
}

export type EditResult =
  | { readonly ok: true; readonly diff: DatasetDiff }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/** What the "Actor" dialog gathers. */
export interface ActorFields {
  readonly name: string;
  readonly shortName: string;
  /** Comma-separated. */
  readonly aliases: string;
  readonly kind: string;
  readonly description: string;
  /** An actor id, or '' for none. */
  readonly parent: string;
}

export function actorFields(actor: Actor): ActorFields {
  return {
    name: actor.name,
    shortName: actor.shortName ?? '',
    aliases: (actor.aliases ?? []).join(', '),
    kind: actor.kind,
    description: actor.description ?? '',
    parent: actor.parent ?? '',
  };
}

const knownKind = (dataset: Dataset, kind: string) =>
  (BUILT_IN_ACTOR_KINDS as readonly string[]).includes(kind) ||
  (dataset.actorKinds ?? []).some((k) => k.id === kind);

/** Whether making `parent` the parent of `id` would close a loop of parents. */
function closesLoop(dataset: Dataset, id: string, parent: string): boolean {
  const parentOf = new Map(dataset.actors.map((a) => [a.id, a.parent]));
  const seen = new Set<string>();
  for (let at: string | undefined = parent; at !== undefined; at = parentOf.get(at)) {
    if (at === id) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}

/** Empty fields for a new actor. */
export const NEW_ACTOR_FIELDS: ActorFields = {
  name: '',
  shortName: '',
  aliases: '',
  kind: 'other',
  description: '',
  parent: '',
};

/** An id for a new record: its name in lower case with dashes, made unique among `taken`. */
export function newId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'actor';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A new actor from the typed fields: the diff adding it, and its id. */
export function addActor(
  dataset: Dataset,
  fields: ActorFields,
): EditResult & { readonly id?: string } {
  const id = newId(fields.name, new Set(dataset.actors.map((a) => a.id)));
  const problems = actorProblems(dataset, id, fields);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, diff: addRecords([actorFrom({ id, name: '', kind: 'other' }, fields)]), id };
}

/** An actor's removal with every relation that touches it (its children stay, on their own). */
export function deleteActor(dataset: Dataset, id: string): DatasetDiff {
  return removeRecords(dataset, [id]);
}

/** A relation's removal. */
export function deleteRelation(dataset: Dataset, id: string): DatasetDiff {
  return removeRecords(dataset, [], [id]);
}

/** The actor with the typed fields, keeping what the dialog does not show (position, attributes). */
export function editActor(dataset: Dataset, id: string, fields: ActorFields): EditResult {
  const before = dataset.actors.find((a) => a.id === id);
  if (!before) return { ok: false, problems: [{ field: 'Name', message: `no actor '${id}'` }] };
  const problems = actorProblems(dataset, id, fields);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, diff: updateRecords(dataset, [actorFrom(before, fields)]) };
}

function actorProblems(dataset: Dataset, id: string, fields: ActorFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = fields.name.trim();
  if (!name) problems.push({ field: 'Name', message: 'an actor needs a name' });
  if (!knownKind(dataset, fields.kind)) {
    problems.push({ field: 'Kind', message: `'${fields.kind}' is not a kind of this dataset` });
  }
  const parent = fields.parent.trim();
  if (parent) {
    if (parent === id)
      problems.push({ field: 'Parent', message: 'an actor cannot contain itself' });
    else if (!dataset.actors.some((a) => a.id === parent)) {
      problems.push({ field: 'Parent', message: `no actor '${parent}'` });
    } else if (closesLoop(dataset, id, parent)) {
      problems.push({ field: 'Parent', message: 'that actor is already inside this one' });
    }
  }
  return problems;
}

/** `before` with the typed fields, trimmed; emptied optional fields are left out. */
function actorFrom(before: Actor, fields: ActorFields): Actor {
  const name = fields.name.trim();
  const parent = fields.parent.trim();
  const aliases = fields.aliases
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  const { shortName: _s, aliases: _a, description: _d, parent: _p, ...kept } = before;
  return {
    ...kept,
    name,
    kind: fields.kind,
    ...(fields.shortName.trim() && { shortName: fields.shortName.trim() }),
    ...(aliases.length > 0 && { aliases }),
    ...(fields.description.trim() && { description: fields.description.trim() }),
    ...(parent && { parent }),
  };
}

/** One evidence row of the "Relationship" dialog. */
export interface EvidenceFields {
  /** A source id, or '' when none is chosen. */
  readonly source: string;
  /** A paragraph number as typed, or ''. */
  readonly paragraph: string;
  readonly excerpt: string;
  readonly quote: string;
}

/** What the "Relationship" dialog gathers; actors are named as the analyst typed them. */
export interface RelationFields {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly date: string;
  readonly dateInferred: boolean;
  readonly summary: string;
  readonly evidence: readonly EvidenceFields[];
}

export const emptyEvidence = (dataset: Dataset): EvidenceFields => ({
  source: dataset.sources[0]?.id ?? '',
  paragraph: '',
  excerpt: '',
  quote: '',
});

export function newRelationFields(dataset: Dataset, source = '', target = ''): RelationFields {
  const name = (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? '';
  return {
    source: name(source),
    target: name(target),
    type: 'attacked',
    date: '',
    dateInferred: false,
    summary: '',
    evidence: [emptyEvidence(dataset)],
  };
}

export function relationFields(dataset: Dataset, relation: Relation): RelationFields {
  const name = (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? id;
  return {
    source: name(relation.source),
    target: name(relation.target),
    type: relation.type,
    date: relation.date ?? '',
    dateInferred: relation.dateInferred ?? false,
    summary: relation.summary ?? '',
    evidence: relation.evidence.map((e) => ({
      source: e.source,
      paragraph: e.paragraph === undefined ? '' : String(e.paragraph),
      excerpt: e.excerpt ?? '',
      quote: e.quote ?? '',
    })),
  };
}

/** The actor named by id, name, short name or alias (ignoring case, accents and apostrophes). */
export function actorNamed(dataset: Dataset, typed: string): Actor | undefined {
  const wanted = normaliseForSearch(typed);
  if (!wanted) return undefined;
  return (
    dataset.actors.find((a) => a.id === typed.trim()) ??
    dataset.actors.find((a) =>
      [a.name, a.shortName, ...(a.aliases ?? [])].some(
        (n) => n !== undefined && normaliseForSearch(n) === wanted,
      ),
    )
  );
}

const knownType = (dataset: Dataset, type: string) =>
  (BUILT_IN_RELATION_TYPES as readonly string[]).includes(type) ||
  (dataset.relationTypes ?? []).some((t) => t.id === type);

/**
 * The relation `id` with the typed fields (or a new one when `id` is undefined), or the problems,
 * each naming its field ("Target", "Evidence 2 paragraph").
 */
export function editRelation(
  dataset: Dataset,
  id: string | undefined,
  fields: RelationFields,
): EditResult & { readonly id?: string } {
  const before = id === undefined ? undefined : dataset.relations.find((r) => r.id === id);
  if (id !== undefined && !before) {
    return { ok: false, problems: [{ field: 'Source', message: `no relationship '${id}'` }] };
  }
  const problems: FieldProblem[] = [];
  const source = actorNamed(dataset, fields.source);
  const target = actorNamed(dataset, fields.target);
  if (!source) problems.push({ field: 'Source', message: `no actor called '${fields.source}'` });
  if (!target) problems.push({ field: 'Target', message: `no actor called '${fields.target}'` });
  if (!knownType(dataset, fields.type)) {
    problems.push({ field: 'Type', message: `'${fields.type}' is not a type of this dataset` });
  }
  const date = fields.date.trim();
  if (date && !isPartialDate(date)) {
    problems.push({ field: 'Date', message: 'write it as YYYY, YYYY-MM or YYYY-MM-DD' });
  }
  if (fields.evidence.length === 0) {
    problems.push({
      field: 'Evidence',
      message: 'a relationship needs at least one piece of evidence',
    });
  }
  const evidence: Evidence[] = [];
  fields.evidence.forEach((row, i) => {
    const at = `Evidence ${i + 1}`;
    if (!dataset.sources.some((s) => s.id === row.source)) {
      problems.push({ field: `${at} source`, message: 'choose one of the dataset’s sources' });
    }
    const paragraph = row.paragraph.trim();
    if (paragraph && !/^[1-9]\d*$/.test(paragraph)) {
      problems.push({ field: `${at} paragraph`, message: 'a paragraph is a number from 1' });
    }
    evidence.push({
      source: row.source,
      ...(paragraph && { paragraph: Number(paragraph) }),
      ...(row.excerpt.trim() && { excerpt: row.excerpt.trim() }),
      ...(row.quote.trim() && { quote: row.quote.trim() }),
    });
  });
  if (problems.length > 0 || !source || !target) return { ok: false, problems };
  const {
    date: _d,
    dateInferred: _i,
    summary: _s,
    ...kept
  } = before ?? {
    id: newId(
      `${source.id} ${fields.type} ${target.id}`,
      new Set(dataset.relations.map((r) => r.id)),
    ),
  };
  const after: Relation = {
    ...kept,
    source: source.id,
    target: target.id,
    type: fields.type,
    ...(date && { date }),
    ...(date && fields.dateInferred && { dateInferred: true }),
    ...(fields.summary.trim() && { summary: fields.summary.trim() }),
    evidence,
  } as Relation;
  return before
    ? { ok: true, diff: updateRecords(dataset, [], [after]) }
    : { ok: true, diff: addRecords([], [after]), id: after.id };
}

/** A kind or type declared from a dialog: its label and colour (and, for a type, direction). */
export interface NewVocabulary {
  readonly label: string;
  readonly color: string;
  readonly directed?: boolean;
}

/**
 * The dataset with a new actor kind or relation type declared, the id it got, and the diff of the
 * dataset's own fields that declares it. A label that names a kind or type already known (ignoring
 * case) gives that one's id and no diff. Null when the label is empty.
 */
export function declareVocabulary(
  dataset: Dataset,
  what: 'kind' | 'type',
  entry: NewVocabulary,
): { readonly dataset: Dataset; readonly id: string; readonly diff?: DatasetDiff } | null {
  const label = entry.label.trim();
  if (!label) return null;
  const builtIns: readonly string[] =
    what === 'kind' ? BUILT_IN_ACTOR_KINDS : BUILT_IN_RELATION_TYPES;
  const declared = (what === 'kind' ? dataset.actorKinds : dataset.relationTypes) ?? [];
  const same = (x: string) => x.toLowerCase() === label.toLowerCase();
  const known = builtIns.find(same) ?? declared.find((d) => same(d.label) || same(d.id))?.id;
  if (known) return { dataset, id: known };
  const id = newId(label, new Set([...builtIns, ...declared.map((d) => d.id)]));
  const color = /^#[0-9a-f]{6}$/i.test(entry.color) ? { color: entry.color } : {};
  const next: Dataset =
    what === 'kind'
      ? { ...dataset, actorKinds: [...(dataset.actorKinds ?? []), { id, label, ...color }] }
      : {
          ...dataset,
          relationTypes: [
            ...(dataset.relationTypes ?? []),
            { id, label, directed: entry.directed ?? true, ...color },
          ],
        };
  return { dataset: next, id, diff: changeHead(dataset, next) };
}

/** One diff of a declaration (the dataset's own fields) and an edit of records made after it. */
export function withDeclaration(
  declaration: DatasetDiff | undefined,
  edit: DatasetDiff,
): DatasetDiff {
  return declaration?.head ? { ...edit, head: declaration.head } : edit;
}

/** Give several actors one kind (multi-select's "Set kind", the Actors table's Kind cell). */
export function setActorKind(dataset: Dataset, ids: Iterable<string>, kind: string): EditResult {
  if (!knownKind(dataset, kind)) {
    return {
      ok: false,
      problems: [{ field: 'Kind', message: `'${kind}' is not a kind of this dataset` }],
    };
  }
  const wanted = new Set(ids);
  const changed = dataset.actors.filter((a) => wanted.has(a.id) && a.kind !== kind);
  return {
    ok: true,
    diff: updateRecords(
      dataset,
      changed.map((a) => ({ ...a, kind })),
    ),
  };
}

/** Give several relations one type (the Relationships table's Type cell). */
export function setRelationType(dataset: Dataset, ids: Iterable<string>, type: string): EditResult {
  if (!knownType(dataset, type)) {
    return {
      ok: false,
      problems: [{ field: 'Type', message: `'${type}' is not a type of this dataset` }],
    };
  }
  const wanted = new Set(ids);
  const changed = dataset.relations.filter((r) => wanted.has(r.id) && r.type !== type);
  return {
    ok: true,
    diff: updateRecords(
      dataset,
      [],
      changed.map((r) => ({ ...r, type })),
    ),
  };
}

/** Rename an actor (the Actors table's Name cell), with the Actor dialog's checks on the name. */
export function renameActor(dataset: Dataset, id: string, name: string): EditResult {
  const actor = dataset.actors.find((a) => a.id === id);
  if (!actor) return { ok: false, problems: [{ field: 'Name', message: `no actor '${id}'` }] };
  return editActor(dataset, id, { ...actorFields(actor), name });
}

/** What deleting a selection removes: its actors, its relations, and the relations of its actors. */
export function deletionOf(
  dataset: Dataset,
  selected: readonly { readonly kind: 'actor' | 'relation'; readonly id: string }[],
): {
  readonly diff: DatasetDiff;
  readonly actors: number;
  readonly relations: number;
  readonly withActors: number;
} {
  const actorIds = new Set(selected.filter((s) => s.kind === 'actor').map((s) => s.id));
  const relationIds = new Set(selected.filter((s) => s.kind === 'relation').map((s) => s.id));
  const diff = removeRecords(dataset, actorIds, relationIds);
  const chosen = diff.relations.removed.filter((r) => relationIds.has(r.id)).length;
  return {
    diff,
    actors: diff.actors.removed.length,
    relations: chosen,
    withActors: diff.relations.removed.length - chosen,
  };
}
