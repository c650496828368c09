// Relations that say the same thing become one (docs/design.md §14): same source, target, type and
// compatible dates; the evidence of every source is kept, each item with its own source and
// paragraph. Dates that disagree are kept on both relations and marked.
import type { Dataset, Evidence, Relation, RelationTypeId } from '../../../graph-data/schema';
import { listOf, OTHER_DATES, otherDatesOf } from '../corroboration';

/** Two dates agree when either is missing, they are equal, or one is a prefix of the other. */
export function compatibleDates(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

/** The key two relations must share to be one: endpoints (either way round when undirected) and type. */
export function relationKey(
  source: string,
  target: string,
  type: RelationTypeId,
  directed: boolean,
): string {
  const [s, t] = !directed && target < source ? [target, source] : [source, target];
  return `${s}\u0000${t}\u0000${type}`;
}

const sameEvidence = (a: Evidence, b: Evidence) =>
  a.source === b.source &&
  a.paragraph === b.paragraph &&
  a.excerpt === b.excerpt &&
  a.quote === b.quote;

/** The evidence of both, each item once, the first's first. */
export function joinEvidence(a: readonly Evidence[], b: readonly Evidence[]): readonly Evidence[] {
  const extra = b.filter((e) => !a.some((x) => sameEvidence(x, e)));
  return extra.length === 0 ? a : [...a, ...extra];
}

/**
 * `into` with `other`'s evidence and, when `other` is more precise, its date ("2024-01-24" over
 * "2024-01"). The caller has checked that the dates are compatible.
 */
export function joinRelations(into: Relation, other: Relation): Relation {
  const evidence = joinEvidence(into.evidence, other.evidence);
  const morePrecise = other.date !== undefined && (into.date ?? '').length < other.date.length;
  const summary = into.summary ?? other.summary;
  const otherDates = joinDates(
    listOf(into.attributes?.[OTHER_DATES]),
    listOf(other.attributes?.[OTHER_DATES]),
  );
  const sameDates = otherDates.length === listOf(into.attributes?.[OTHER_DATES]).length;
  if (evidence === into.evidence && !morePrecise && summary === into.summary && sameDates) {
    return into;
  }
  const merged: Relation = {
    ...into,
    ...(summary !== undefined && { summary }),
    evidence,
    ...(morePrecise && {
      date: other.date,
      ...(other.dateInferred ? { dateInferred: true } : {}),
    }),
  };
  if (morePrecise && !other.dateInferred)
    delete (merged as { dateInferred?: boolean }).dateInferred;
  return withOtherDates(merged, otherDates);
}

const joinDates = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

/** The relation marked with dates other sources give for it (none: the mark is removed). */
export function withOtherDates(relation: Relation, dates: readonly string[]): Relation {
  const list = dates.filter((d) => d !== relation.date);
  const current = listOf(relation.attributes?.[OTHER_DATES]);
  if (current.length === list.length && current.every((d, i) => d === list[i])) return relation;
  const { [OTHER_DATES]: _old, ...rest } = relation.attributes ?? {};
  const attributes = list.length > 0 ? { ...rest, [OTHER_DATES]: list } : rest;
  const { attributes: _a, ...bare } = relation;
  return Object.keys(attributes).length > 0 ? { ...bare, attributes } : bare;
}

/**
 * Fold `incoming` relations into `base` ones by key: a relation whose key and dates agree with a
 * base relation adds its evidence to it (the same id first, so a dataset merged with itself is
 * unchanged); one whose dates disagree with every base relation of its key is added, and both are
 * marked with the other's date. Returns the base relations changed and the relations to add.
 */
export function foldRelations(
  base: readonly Relation[],
  incoming: readonly Relation[],
  directed: (type: RelationTypeId) => boolean,
): { updated: Map<string, Relation>; added: Relation[] } {
  const byKey = new Map<string, Relation[]>();
  const current = new Map<string, Relation>();
  const keyOf = (r: Relation) => relationKey(r.source, r.target, r.type, directed(r.type));
  for (const r of base) {
    const key = keyOf(r);
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  const updated = new Map<string, Relation>();
  const added: Relation[] = [];
  const latest = (r: Relation) => updated.get(r.id) ?? current.get(r.id) ?? r;
  for (const r of incoming) {
    const key = keyOf(r);
    const list = (byKey.get(key) ?? []).map(latest);
    const agreeing =
      list.find((b) => b.id === r.id && compatibleDates(b.date, r.date)) ??
      list.find((b) => compatibleDates(b.date, r.date));
    if (agreeing) {
      // Undirected: the incoming one may run the other way round; the base's direction stays.
      const joined = joinRelations(agreeing, {
        ...r,
        source: agreeing.source,
        target: agreeing.target,
      });
      if (joined !== agreeing) updated.set(agreeing.id, joined);
      continue;
    }
    const disagreeing = list.filter((b) => b.date !== undefined);
    let next = r;
    if (disagreeing.length > 0 && r.date) {
      next = withOtherDates(
        r,
        joinDates(
          otherDatesOf(r),
          disagreeing.map((b) => b.date!),
        ),
      );
      for (const b of disagreeing) {
        updated.set(b.id, withOtherDates(b, joinDates(otherDatesOf(b), [r.date])));
      }
    }
    added.push(next);
    current.set(next.id, next);
    byKey.set(key, [...(byKey.get(key) ?? []), next]);
  }
  // Added relations may have been marked again by later ones: give back their last version.
  const addedIds = new Set(added.map((r) => r.id));
  for (const id of [...updated.keys()]) {
    if (!addedIds.has(id)) continue;
    current.set(id, updated.get(id)!);
    updated.delete(id);
  }
  return { updated, added: added.map((r) => current.get(r.id) ?? r) };
}

/** Relations citing each source (a relation counts once per source it cites), in source order. */
export function sourceCounts(dataset: Dataset): ReadonlyMap<string, number> {
  const counts = new Map<string, number>(dataset.sources.map((s) => [s.id, 0]));
  for (const r of dataset.relations) {
    const cited =
      r.evidence.length === 1 ? [r.evidence[0]!.source] : new Set(r.evidence.map((e) => e.source));
    for (const id of cited) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
