// Which actors and relations the current filters show, and the counts the filter panel displays.
import type { Actor, Dataset, Relation } from '../../graph-data/schema';

export interface Filters {
  /** Types switched off; a type not listed is shown, so newly met types appear by default. */
  readonly hiddenRelationTypes: readonly string[];
  readonly hiddenActorKinds: readonly string[];
  /** Inclusive bounds as partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); undefined is open. */
  readonly dateFrom?: string;
  readonly dateTo?: string;
  readonly includeUndated: boolean;
  readonly hideUnconnected: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenRelationTypes: [],
  hiddenActorKinds: [],
  includeUndated: true,
  hideUnconnected: false,
};

export interface VisibleGraph {
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
  readonly actorIds: ReadonlySet<string>;
  readonly relationIds: ReadonlySet<string>;
}

/** The first and last day a partial date can mean, as `YYYY-MM-DD` strings that sort correctly. */
export function dateSpan(date: string): readonly [string, string] {
  const [y = '0000', m, d] = date.split('-');
  if (d !== undefined) return [date, date];
  if (m !== undefined) return [`${y}-${m}-01`, `${y}-${m}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Whether a relation's date (a span, for partial dates) overlaps the filter's range. */
export function inDateRange(relation: Relation, filters: Filters): boolean {
  if (!relation.date) return filters.includeUndated;
  const [start, end] = dateSpan(relation.date);
  if (filters.dateFrom && end < dateSpan(filters.dateFrom)[0]) return false;
  if (filters.dateTo && start > dateSpan(filters.dateTo)[1]) return false;
  return true;
}

interface FilterParts {
  readonly types: boolean;
  readonly kinds: boolean;
  readonly dates: boolean;
}

const ALL_PARTS: FilterParts = { types: true, kinds: true, dates: true };

function relationPasses(
  relation: Relation,
  filters: Filters,
  kindOf: ReadonlyMap<string, string>,
  parts: FilterParts,
): boolean {
  if (parts.types && filters.hiddenRelationTypes.includes(relation.type)) return false;
  if (parts.kinds) {
    const sourceKind = kindOf.get(relation.source);
    const targetKind = kindOf.get(relation.target);
    if (sourceKind === undefined || targetKind === undefined) return false;
    if (filters.hiddenActorKinds.includes(sourceKind)) return false;
    if (filters.hiddenActorKinds.includes(targetKind)) return false;
  }
  return !parts.dates || inDateRange(relation, filters);
}

const kindIndex = (dataset: Dataset): Map<string, string> =>
  new Map(dataset.actors.map((a) => [a.id, a.kind]));

/**
 * What the graph shows: relations whose type, endpoint kinds and date pass, and actors whose kind
 * passes (and, with "hide unconnected", that keep at least one shown relation).
 */
export function visibleGraph(dataset: Dataset, filters: Filters): VisibleGraph {
  const kindOf = kindIndex(dataset);
  const relations = dataset.relations.filter((r) => relationPasses(r, filters, kindOf, ALL_PARTS));
  const connected = new Set<string>();
  for (const r of relations) {
    connected.add(r.source);
    connected.add(r.target);
  }
  const actors = dataset.actors.filter(
    (a) =>
      !filters.hiddenActorKinds.includes(a.kind) &&
      (!filters.hideUnconnected || connected.has(a.id)),
  );
  return {
    actors,
    relations,
    actorIds: new Set(actors.map((a) => a.id)),
    relationIds: new Set(relations.map((r) => r.id)),
  };
}

/** Relations per type under every filter but the type filter itself (faceted counts). */
export function relationTypeCounts(
  dataset: Dataset,
  filters: Filters,
): ReadonlyMap<string, number> {
  const kindOf = kindIndex(dataset);
  const counts = new Map<string, number>();
  for (const r of dataset.relations) {
    if (!relationPasses(r, filters, kindOf, { types: false, kinds: true, dates: true })) continue;
    counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  }
  return counts;
}

/** Actors per kind, in the whole dataset. */
export function actorKindCounts(dataset: Dataset): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const a of dataset.actors) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  return counts;
}

/** The earliest and latest day any dated relation can mean, or undefined when none is dated. */
export function dateExtent(dataset: Dataset): readonly [string, string] | undefined {
  let min: string | undefined;
  let max: string | undefined;
  for (const r of dataset.relations) {
    if (!r.date) continue;
    const [start, end] = dateSpan(r.date);
    if (min === undefined || start < min) min = start;
    if (max === undefined || end > max) max = end;
  }
  return min !== undefined && max !== undefined ? [min, max] : undefined;
}
