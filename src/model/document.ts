// The open document as records by id, and the one currency of change: a diff of added, updated
// and removed actors and relations (and the dataset's own fields). The store commits diffs; the
// canvas, storage and (next) undo consume them. See docs/design.md, "The document and its diffs".
import type { Actor, Dataset, Position, Relation } from '../../graph-data/schema';

/** Changes to one kind of record: each update keeps the record before and after. */
export interface RecordsDiff<T> {
  readonly added: readonly T[];
  /**
   * Where each added record goes in the list after the change, ascending; without it they go at
   * the end. An undone removal puts records back where they were: layouts follow list order.
   */
  readonly addedAt?: readonly number[];
  readonly updated: readonly (readonly [before: T, after: T])[];
  readonly removed: readonly T[];
  /** Where each removed record was in the list before the change (so undo can put it back). */
  readonly removedAt?: readonly number[];
}

/** The dataset's fields that are not actors or relations. */
export type DatasetHead = Omit<Dataset, 'actors' | 'relations'>;

export interface DatasetDiff {
  readonly actors: RecordsDiff<Actor>;
  readonly relations: RecordsDiff<Relation>;
  /** The title, description, sources or declared vocabulary, before and after. */
  readonly head?: readonly [before: DatasetHead, after: DatasetHead];
}

const noRecords = { added: [], updated: [], removed: [] } as const;

export const EMPTY_DIFF: DatasetDiff = { actors: noRecords, relations: noRecords };

export function isEmptyDiff(diff: DatasetDiff): boolean {
  const empty = (d: RecordsDiff<unknown>) =>
    d.added.length === 0 && d.updated.length === 0 && d.removed.length === 0;
  return empty(diff.actors) && empty(diff.relations) && diff.head === undefined;
}

/**
 * Whether the diff moves actors and changes nothing else: derived data that ignores positions
 * (filters, counts, the timeline, search) stays valid across it.
 */
export function onlyMovesActors(diff: DatasetDiff): boolean {
  const { actors, relations, head } = diff;
  return (
    head === undefined &&
    actors.added.length === 0 &&
    actors.removed.length === 0 &&
    relations.added.length === 0 &&
    relations.updated.length === 0 &&
    relations.removed.length === 0 &&
    actors.updated.every(([before, after]) => sameExceptPosition(before, after))
  );
}

function sameExceptPosition(a: Actor, b: Actor): boolean {
  const { position: _a, ...restA } = a;
  const { position: _b, ...restB } = b;
  const keys = Object.keys(restA) as (keyof typeof restA)[];
  return (
    keys.length === Object.keys(restB).length &&
    keys.every((k) => JSON.stringify(restA[k]) === JSON.stringify(restB[k]))
  );
}

/** Apply one kind of record change to a list, keeping the list's order (added ones at the end). */
function applyRecords<T extends { readonly id: string }>(
  list: readonly T[],
  diff: RecordsDiff<T>,
): readonly T[] {
  if (diff.added.length === 0 && diff.updated.length === 0 && diff.removed.length === 0) {
    return list;
  }
  const replaced = new Map(diff.updated.map(([, after]) => [after.id, after]));
  const removed = new Set(diff.removed.map((r) => r.id));
  const out: T[] = [];
  for (const record of list) {
    if (removed.has(record.id)) continue;
    out.push(replaced.get(record.id) ?? record);
  }
  const at = diff.addedAt;
  if (at && at.length === diff.added.length) {
    diff.added.forEach((record, i) => out.splice(Math.min(at[i]!, out.length), 0, record));
  } else {
    // A loop, not out.push(...diff.added): a merge may add more records than a call takes arguments.
    for (const record of diff.added) out.push(record);
  }
  return out;
}

/**
 * The dataset after the diff. Lists keep their order; a list the diff does not touch keeps its
 * identity, so caches keyed by `dataset.relations` survive a move of actors.
 */
export function applyDiff(dataset: Dataset, diff: DatasetDiff): Dataset {
  const head = diff.head ? diff.head[1] : dataset;
  const { actors: _actors, relations: _relations, ...fields } = head as Dataset;
  return {
    ...fields,
    // A dataset's id is what it is known by (storage, history, the address): no diff changes it.
    id: dataset.id,
    actors: applyRecords(dataset.actors, diff.actors),
    relations: applyRecords(dataset.relations, diff.relations),
  } as Dataset;
}

function invertRecords<T>(diff: RecordsDiff<T>): RecordsDiff<T> {
  return {
    added: diff.removed,
    ...(diff.removedAt && { addedAt: diff.removedAt }),
    updated: diff.updated.map(([before, after]) => [after, before] as const),
    removed: diff.added,
    ...(diff.addedAt && { removedAt: diff.addedAt }),
  };
}

/** The records of `list` that `keep` picks, with where each was. */
function picked<T>(list: readonly T[], keep: (record: T) => boolean) {
  const records: T[] = [];
  const at: number[] = [];
  list.forEach((record, i) => {
    if (!keep(record)) return;
    records.push(record);
    at.push(i);
  });
  return { records, at };
}

/** The diff that undoes `diff`. */
export function invertDiff(diff: DatasetDiff): DatasetDiff {
  return {
    actors: invertRecords(diff.actors),
    relations: invertRecords(diff.relations),
    ...(diff.head && { head: [diff.head[1], diff.head[0]] as const }),
  };
}

const samePosition = (a: Position | undefined, b: Position) =>
  a !== undefined && a.x === b.x && a.y === b.y;

/** Move actors to these positions: a diff of the actors whose position changes. */
export function moveActors(
  dataset: Dataset,
  positions: ReadonlyMap<string, Position>,
): DatasetDiff {
  const updated: (readonly [Actor, Actor])[] = [];
  for (const actor of dataset.actors) {
    const p = positions.get(actor.id);
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y) || samePosition(actor.position, p)) {
      continue;
    }
    updated.push([actor, { ...actor, position: { x: p.x, y: p.y } }]);
  }
  return { actors: { ...noRecords, updated }, relations: noRecords };
}

/** Change the dataset's title. */
export function retitle(dataset: Dataset, title: string): DatasetDiff {
  const { actors: _a, relations: _r, ...before } = dataset;
  return { ...EMPTY_DIFF, head: [before, { ...before, title }] };
}

/** Change the dataset's own fields (sources, declared vocabulary) to those of `next`. */
export function changeHead(dataset: Dataset, next: Dataset): DatasetDiff {
  const { actors: _a, relations: _r, ...before } = dataset;
  const { actors: _na, relations: _nr, ...after } = next;
  return { ...EMPTY_DIFF, head: [before, after] };
}

/** Add actors and relations (an import into the open dataset, a drafted graph accepted). */
export function addRecords(
  actors: readonly Actor[],
  relations: readonly Relation[] = [],
): DatasetDiff {
  return {
    actors: { ...noRecords, added: actors },
    relations: { ...noRecords, added: relations },
  };
}

/**
 * Remove actors, every relation that touches them, and these relations; an actor whose parent is
 * removed stays, on its own (a dangling parent would make the dataset invalid).
 */
export function removeRecords(
  dataset: Dataset,
  actorIds: Iterable<string>,
  relationIds: Iterable<string> = [],
): DatasetDiff {
  const actorSet = new Set(actorIds);
  const relationSet = new Set(relationIds);
  const actors = picked(dataset.actors, (a) => actorSet.has(a.id));
  const relations = picked(
    dataset.relations,
    (r) => relationSet.has(r.id) || actorSet.has(r.source) || actorSet.has(r.target),
  );
  const orphaned = dataset.actors
    .filter((a) => a.parent !== undefined && actorSet.has(a.parent) && !actorSet.has(a.id))
    .map((a) => {
      const { parent: _parent, ...rest } = a;
      return [a, rest] as const;
    });
  return {
    actors: { ...noRecords, updated: orphaned, removed: actors.records, removedAt: actors.at },
    relations: { ...noRecords, removed: relations.records, removedAt: relations.at },
  };
}

/** Replace records by id with new versions (an edit of names, kinds, types, evidence). */
export function updateRecords(
  dataset: Dataset,
  actors: readonly Actor[],
  relations: readonly Relation[] = [],
): DatasetDiff {
  const actorById = new Map(dataset.actors.map((a) => [a.id, a]));
  const relationById = new Map(dataset.relations.map((r) => [r.id, r]));
  const pairs = <T extends { id: string }>(next: readonly T[], before: Map<string, T>) =>
    next.flatMap((after) => {
      const old = before.get(after.id);
      return old ? [[old, after] as const] : [];
    });
  return {
    actors: { ...noRecords, updated: pairs(actors, actorById) },
    relations: { ...noRecords, updated: pairs(relations, relationById) },
  };
}

/**
 * Places already given to new actors, by grid cell, for `placeNear`'s `taken`: whether a point is
 * clear of them looks at nine cells, not at every place taken, so placing thousands of actors
 * stays linear.
 */
export class PlacedGrid {
  private readonly cells = new Map<string, Position[]>();

  /** `cell` at least the distance `isClear` is asked about. */
  constructor(private readonly cell = 60) {}

  private key(cx: number, cy: number): string {
    return `${cx},${cy}`;
  }

  add(p: Position): void {
    const key = this.key(Math.floor(p.x / this.cell), Math.floor(p.y / this.cell));
    const cell = this.cells.get(key);
    if (cell) cell.push(p);
    else this.cells.set(key, [p]);
  }

  /** Whether no place taken lies within `distance` (at most the cell size) of `p`. */
  isClear(p: Position, distance: number): boolean {
    const cx = Math.floor(p.x / this.cell);
    const cy = Math.floor(p.y / this.cell);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of this.cells.get(this.key(cx + dx, cy + dy)) ?? [])
          if (Math.hypot(q.x - p.x, q.y - p.y) < distance) return false;
    return true;
  }

  /**
   * Where placeNear last found room beyond its first rings, by coarse area: many actors crowding
   * one area start looking there, not at the middle again (each would otherwise check every taken
   * point of the crowd, and placing thousands would be quadratic).
   */
  private readonly crowds = new Map<string, number>();

  private crowdKey(centre: Position): string {
    return this.key(Math.floor(centre.x / 400), Math.floor(centre.y / 400));
  }

  crowdRing(centre: Position): number {
    return this.crowds.get(this.crowdKey(centre)) ?? 0;
  }

  crowded(centre: Position, ring: number): void {
    this.crowds.set(this.crowdKey(centre), ring);
  }
}

/** The centre of some positions, or `fallback` when there are none. */
export function centreOf(positions: readonly Position[], fallback: Position): Position {
  if (positions.length === 0) return fallback;
  return {
    x: positions.reduce((s, p) => s + p.x, 0) / positions.length,
    y: positions.reduce((s, p) => s + p.y, 0) / positions.length,
  };
}

/**
 * Where a new actor goes: beside the actors it relates to (their centre, nudged so it does not
 * land on one), or at `fallback` (the centre of the view) when it relates to none placed yet.
 * Deterministic: the same neighbours give the same place.
 */
export function placeNear(
  neighbours: readonly Position[],
  fallback: Position,
  taken: readonly Position[] | PlacedGrid = [],
  spacing = 80,
): Position {
  const centre = centreOf(neighbours, fallback);
  const clearance = spacing * 0.75;
  const far = (p: Position) => (q: Position) => Math.hypot(q.x - p.x, q.y - p.y) >= clearance;
  const grid = taken instanceof PlacedGrid ? taken : null;
  const free = (p: Position) =>
    (grid ? grid.isClear(p, clearance) : (taken as readonly Position[]).every(far(p))) &&
    neighbours.every(far(p));
  const at = (ring: number, k: number, points: number): Position => {
    const angle = (2 * Math.PI * k) / points + ring * 0.4;
    return {
      x: centre.x + ring * spacing * Math.cos(angle),
      y: centre.y + ring * spacing * Math.sin(angle),
    };
  };
  // Rings of eight points around the centre, outward until one is free of every placed actor.
  for (let ring = neighbours.length === 1 ? 1 : 0; ring < 12; ring++) {
    const points = ring === 0 ? 1 : 8;
    for (let k = 0; k < points; k++) {
      const p = at(ring, k, points);
      if (free(p)) return p;
    }
  }
  // Where many crowd one place (actors related to none placed yet, or to one hub), rings as
  // dense as spacing allows, from where the last of the crowd found room, so each gets its own.
  for (let ring = Math.max(12, (grid?.crowdRing(centre) ?? 0) - 1); ring < MAX_RINGS; ring++) {
    const points = Math.floor(2 * Math.PI * ring);
    for (let k = 0; k < points; k++) {
      const p = at(ring, k, points);
      if (!free(p)) continue;
      grid?.crowded(centre, ring);
      return p;
    }
  }
  return { x: centre.x + spacing, y: centre.y };
}

/** How far out placeNear looks, in rings of `spacing`. */
const MAX_RINGS = 200;

/** Each actor's neighbours along `relations`, either way (self-relations left out). */
export function neighbourIndex(
  relations: readonly Pick<Relation, 'source' | 'target'>[],
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = index.get(from);
    if (list) list.push(to);
    else index.set(from, [to]);
  };
  for (const r of relations) {
    if (r.source === r.target) continue;
    link(r.source, r.target);
    link(r.target, r.source);
  }
  return index;
}

/**
 * Places for new actors, one after another: beside the actors `relations` link them to (placed
 * already, by `positionOf`, or earlier by this placer), else at `fallback`; clear of every place
 * it gave. The relations are indexed once, and places taken kept by grid cell, so placing
 * thousands stays linear. The canvas places a diff's actors with it, and a merge its added ones.
 */
export class ActorPlacer {
  private neighbours: Map<string, string[]> | null = null;
  private readonly given = new Map<string, Position>();
  private readonly taken = new PlacedGrid();

  constructor(
    private readonly relations: readonly Pick<Relation, 'source' | 'target'>[],
    private readonly positionOf: (id: string) => Position | undefined,
    private readonly fallback: () => Position,
  ) {}

  /** A place for `id`. */
  place(id: string): Position {
    this.neighbours ??= neighbourIndex(this.relations);
    const near: Position[] = [];
    for (const other of this.neighbours.get(id) ?? []) {
      const p = this.given.get(other) ?? this.positionOf(other);
      if (p) near.push(p);
    }
    return placeNear(near, this.fallback(), this.taken);
  }

  /** `id` is at `position` (given by place, or its own): later places keep clear of it. */
  placed(id: string, position: Position): void {
    this.taken.add(position);
    this.given.set(id, position);
  }
}

/**
 * Datasets that differ only in where actors sit share one content key: the first of them. Derived
 * data that never reads positions (the visible graph, counts, the timeline, the search index) is
 * cached by this key, so a drag or a layout does not recompute it on a 20k-actor graph.
 */
const contentKeys = new WeakMap<Dataset, Dataset>();

/** Record that `next` is `previous` with actors moved. */
export function shareContent(next: Dataset, previous: Dataset): void {
  contentKeys.set(next, contentOf(previous));
}

/** The key of a dataset's content: itself, or the earliest version it only moved actors of. */
export function contentOf(dataset: Dataset): Dataset {
  return contentKeys.get(dataset) ?? dataset;
}

/** A run of a dataset's actors or of its relations, as `datasetInParts` cuts them. */
export type DatasetPart =
  { readonly actors: readonly Actor[] } | { readonly relations: readonly Relation[] };

/**
 * A dataset as its head (with no actors or relations) and runs of at most `size` actors, then of
 * relations: a worker posts a large dataset this way, and the page reads each run in a task of its
 * own (reading 20k actors and 100k relations at once took a quarter of a second).
 */
export function datasetInParts(
  dataset: Dataset,
  size: number,
): { readonly head: Dataset; readonly parts: DatasetPart[] } {
  const parts: DatasetPart[] = [];
  for (let i = 0; i < dataset.actors.length; i += size) {
    parts.push({ actors: dataset.actors.slice(i, i + size) });
  }
  for (let i = 0; i < dataset.relations.length; i += size) {
    parts.push({ relations: dataset.relations.slice(i, i + size) });
  }
  return { head: { ...dataset, actors: [], relations: [] }, parts };
}

/** The dataset `datasetInParts` cut up, whole again. */
export function datasetFromParts(head: Dataset, parts: readonly DatasetPart[]): Dataset {
  const actors: Actor[] = [...head.actors];
  const relations: Relation[] = [...head.relations];
  for (const part of parts) {
    if ('actors' in part) for (const actor of part.actors) actors.push(actor);
    else for (const relation of part.relations) relations.push(relation);
  }
  return { ...head, actors, relations };
}
