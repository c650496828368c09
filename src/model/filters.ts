// Which actors and relations the current filters show, and the counts the filter panel displays.
import type { Actor, Dataset, Relation } from '../../graph-data/schema';
import { dateSpan, dateSpanDays } from './partial-date';
import { relationFacts } from './relation-facts';

// dateSpan defines the date filter's bounds; callers import it from here or from partial-date.
export { dateSpan };

export interface Filters {
  /** Types switched off; a type not listed is shown, so newly met types appear by default. */
  readonly hiddenRelationTypes: readonly string[];
  readonly hiddenActorKinds: readonly string[];
  /** Inclusive bounds as partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); undefined is open. */
  readonly dateFrom?: string;
  readonly dateTo?: string;
  readonly includeUndated: boolean;
  readonly hideUnconnected: boolean;
  /**
   * Sources switched off (the "Sources" fieldset, docs/design.md §14): a relation is hidden when
   * every piece of its evidence cites one of them. Left out means none.
   */
  readonly hiddenSources?: readonly string[];
}

export const DEFAULT_FILTERS: Filters = {
  hiddenRelationTypes: [],
  hiddenActorKinds: [],
  includeUndated: true,
  hideUnconnected: false,
};

export interface VisibleGraph {
  readonly actors: readonly Actor[];
  /**
   * Exactly the relations drawn: each passes the filters and both its ends are among `actors`.
   * Every reader (canvas classes, tables, legend, export, focus) relies on this one rule.
   */
  readonly relations: readonly Relation[];
  readonly actorIds: ReadonlySet<string>;
  readonly relationIds: ReadonlySet<string>;
}

/** Whether a relation's date (a span, for partial dates) overlaps the filter's range. */
export function inDateRange(relation: Relation, filters: Filters): boolean {
  if (!relation.date) return filters.includeUndated;
  const [start, end] = dateSpan(relation.date);
  if (filters.dateFrom && end < dateSpan(filters.dateFrom)[0]) return false;
  if (filters.dateTo && start > dateSpan(filters.dateTo)[1]) return false;
  return true;
}

/** Which of the relation filters to apply: the type, the endpoints' kinds, the date range. */
export interface FilterParts {
  readonly types: boolean;
  readonly kinds: boolean;
  readonly dates: boolean;
}

const ALL_PARTS: FilterParts = { types: true, kinds: true, dates: true };
/** Faceted type counts: every filter but the type filter itself. */
const ALL_BUT_TYPES: FilterParts = { types: false, kinds: true, dates: true };

/**
 * For each relation of the dataset, by position, 1 when the chosen parts of the filters show it
 * and 0 when they hide it: its type is not hidden, both endpoints exist and their kinds are not
 * hidden, and its date overlaps the range (undated relations pass by "Include undated").
 */
export function relationMask(
  dataset: Dataset,
  filters: Filters,
  parts: FilterParts = ALL_PARTS,
): Uint8Array {
  // One loop over numbers per filter change: it runs on every toggle, often before the engine
  // has optimised it, so it calls nothing and reads no relation object.
  const facts = relationFacts(dataset);
  const { typeOf, sourceKindOf, targetKindOf, dated, startDays, endDays } = facts;
  const hiddenType = flags(facts.types, parts.types ? filters.hiddenRelationTypes : []);
  const hiddenKind = flags(facts.kinds, filters.hiddenActorKinds);
  const kinds = parts.kinds;
  const dates = parts.dates;
  // Day numbers compare as inDateRange's strings do: a month's "-31" counts as its last day.
  const from = dates && filters.dateFrom ? dateSpanDays(filters.dateFrom)[0] : -Infinity;
  const to = dates && filters.dateTo ? dateSpanDays(filters.dateTo)[1] : Infinity;
  const undated = !dates || filters.includeUndated ? 1 : 0;
  const mask = new Uint8Array(typeOf.length);
  for (let i = 0; i < mask.length; i++) {
    if (hiddenType[typeOf[i]!]) continue;
    if (kinds) {
      const source = sourceKindOf[i]!;
      const target = targetKindOf[i]!;
      if (source < 0 || target < 0 || hiddenKind[source] || hiddenKind[target]) continue;
    }
    if (!dated[i]) mask[i] = undated;
    else if (!(endDays[i]! < from) && !(startDays[i]! > to)) mask[i] = 1;
  }
  if (filters.hiddenSources?.length) hideUnsupported(dataset, filters.hiddenSources, mask);
  return mask;
}

/** Clears the mask of each relation whose every piece of evidence cites a hidden source. */
function hideUnsupported(dataset: Dataset, hiddenSources: readonly string[], mask: Uint8Array) {
  const hidden = new Set(hiddenSources);
  const { relations } = dataset;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] && relations[i]!.evidence.every((e) => hidden.has(e.source))) mask[i] = 0;
  }
}

/** 1 for each of `all` that `chosen` lists. */
function flags(all: readonly string[], chosen: readonly string[]): Uint8Array {
  const result = new Uint8Array(all.length);
  if (chosen.length > 0) {
    const set = new Set(chosen);
    all.forEach((x, i) => {
      if (set.has(x)) result[i] = 1;
    });
  }
  return result;
}

/** Whether the chosen parts of two filters show exactly the same relations. */
export function sameRelationFilters(a: Filters, b: Filters, parts: FilterParts): boolean {
  if (a === b) return true;
  return (
    sameItems(a.hiddenSources ?? [], b.hiddenSources ?? []) &&
    (!parts.types || sameItems(a.hiddenRelationTypes, b.hiddenRelationTypes)) &&
    (!parts.kinds || sameItems(a.hiddenActorKinds, b.hiddenActorKinds)) &&
    (!parts.dates ||
      (a.dateFrom === b.dateFrom && a.dateTo === b.dateTo && a.includeUndated === b.includeUndated))
  );
}

const sameItems = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * What the graph shows: relations whose type, endpoint kinds and date pass, and actors whose kind
 * passes (and, with "hide unconnected", that keep at least one shown relation).
 */
export function visibleGraph(dataset: Dataset, filters: Filters): VisibleGraph {
  const shown = relationMask(dataset, filters);
  const relations: Relation[] = [];
  const relationIds = new Set<string>();
  const connected = filters.hideUnconnected ? new Set<string>() : undefined;
  for (let i = 0; i < shown.length; i++) {
    if (!shown[i]) continue;
    const r = dataset.relations[i]!;
    relations.push(r);
    relationIds.add(r.id);
    connected?.add(r.source).add(r.target);
  }
  const hiddenKinds = new Set(filters.hiddenActorKinds);
  const actors: Actor[] = [];
  const actorIds = new Set<string>();
  for (const a of dataset.actors) {
    if (hiddenKinds.has(a.kind) || (connected && !connected.has(a.id))) continue;
    actors.push(a);
    actorIds.add(a.id);
  }
  return drawnOnly({ actors, relations, actorIds, relationIds });
}

/**
 * The one place of the rule "a relation is drawn only when both its ends are": the mask already
 * hides relations whose endpoint kind is hidden, so this drops only what some other rule left
 * without an end (and returns the graph as it is when there is none).
 */
export function drawnOnly(graph: VisibleGraph): VisibleGraph {
  const { actorIds } = graph;
  if (graph.relations.every((r) => actorIds.has(r.source) && actorIds.has(r.target))) return graph;
  const relations = graph.relations.filter((r) => actorIds.has(r.source) && actorIds.has(r.target));
  return { ...graph, relations, relationIds: new Set(relations.map((r) => r.id)) };
}

/** Relations per type under every filter but the type filter itself (faceted counts). */
export function relationTypeCounts(
  dataset: Dataset,
  filters: Filters,
): ReadonlyMap<string, number> {
  const { types, typeOf } = relationFacts(dataset);
  const shown = relationMask(dataset, filters, ALL_BUT_TYPES);
  const perType = new Int32Array(types.length);
  const firstShown = new Int32Array(types.length).fill(shown.length);
  for (let i = 0; i < shown.length; i++) {
    if (!shown[i]) continue;
    const t = typeOf[i]!;
    if (perType[t] === 0) firstShown[t] = i;
    perType[t] = perType[t]! + 1;
  }
  // Keyed in the order the types first come among the counted relations.
  const order = types.map((_, t) => t).filter((t) => perType[t]! > 0);
  order.sort((a, b) => firstShown[a]! - firstShown[b]!);
  const counts = new Map<string, number>();
  for (const t of order) counts.set(types[t]!, perType[t]!);
  return counts;
}

/** Whether two filters give the same `relationTypeCounts` (they differ at most in the type filter). */
export const sameTypeCountFilters = (a: Filters, b: Filters): boolean =>
  sameRelationFilters(a, b, ALL_BUT_TYPES);

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
