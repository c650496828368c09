// The timeline strip: dated relations in date order, where each sits on the strip, and dates ↔
// positions for drag-to-select.
import type { Dataset } from '../../graph-data/schema';
import {
  relationMask,
  sameRelationFilters,
  type FilterParts,
  type Filters,
  type VisibleGraph,
} from './filters';
import { contentOf } from './document';
import { dateSpan, dayNumber, dayString } from './partial-date';
import { relationFacts } from './relation-facts';
import { vocabularyOf, type Vocabulary } from './vocabulary';

export interface TimelineMark {
  readonly relationId: string;
  /** The relation's date as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date: string;
  readonly dateInferred: boolean;
  /** First and last calendar day the date can mean (`2024-02` → 2024-02-01 … 2024-02-29). */
  readonly start: string;
  readonly end: string;
  /** "Iraqi government condemned United States", in the analyst's words. */
  readonly label: string;
}

/** First and last day shown on the strip, as `YYYY-MM-DD`, both inclusive. */
export type DateExtent = readonly [string, string];

/** The real calendar days a partial date spans (dateSpan's `-31` pulled back to the month's end). */
export function calendarSpan(date: string): readonly [string, string] {
  const [start, end] = dateSpan(date);
  return [dayString(dayNumber(start)), dayString(dayNumber(end))];
}

// Datasets are immutable, so the order worked out for one holds for as long as it lives.
const orderCache = new WeakMap<Dataset, Int32Array>();

/**
 * Positions in `dataset.relations` of the dated relations, in strip order: by first possible
 * day, then last, then dataset order, so a year-only date sits before the days inside it.
 */
function datedOrder(dataset: Dataset): Int32Array {
  const cached = orderCache.get(contentOf(dataset));
  if (cached) return cached;
  const { startDays, endDays } = relationFacts(dataset);
  const dated: number[] = [];
  dataset.relations.forEach((r, i) => {
    if (r.date) dated.push(i);
  });
  const order = Int32Array.from(dated).sort(
    (a, b) => startDays[a]! - startDays[b]! || endDays[a]! - endDays[b]! || a - b,
  );
  orderCache.set(contentOf(dataset), order);
  return order;
}

function markOf(
  dataset: Dataset,
  index: number,
  names: ReadonlyMap<string, string>,
  vocabulary: Vocabulary,
): TimelineMark {
  const r = dataset.relations[index]!;
  const { startDays, endDays } = relationFacts(dataset);
  const type = vocabulary.relationType(r.type).label;
  return {
    relationId: r.id,
    date: r.date!,
    dateInferred: r.dateInferred === true,
    start: dayString(startDays[index]!),
    end: dayString(endDays[index]!),
    label: `${names.get(r.source) ?? r.source} ${type} ${names.get(r.target) ?? r.target}`,
  };
}

const actorNames = (dataset: Dataset) => new Map(dataset.actors.map((a) => [a.id, a.name]));

/**
 * Dated relations, shown ones only when `visible` is given, earliest first: by first possible
 * day, then last, then dataset order, so a year-only date sits before the days inside it.
 */
export function timelineMarks(dataset: Dataset, visible?: VisibleGraph): TimelineMark[] {
  const vocabulary = vocabularyOf(dataset);
  const names = actorNames(dataset);
  const marks: TimelineMark[] = [];
  for (const i of datedOrder(dataset)) {
    if (visible && !visible.relationIds.has(dataset.relations[i]!.id)) continue;
    marks.push(markOf(dataset, i, names, vocabulary));
  }
  return marks;
}

/** The days the marks cover, or undefined when there are none. */
export function timelineExtent(marks: readonly TimelineMark[]): DateExtent | undefined {
  if (marks.length === 0) return undefined;
  let start = marks[0]!.start;
  let end = marks[0]!.end;
  for (const m of marks) {
    if (m.start < start) start = m.start;
    if (m.end > end) end = m.end;
  }
  return [start, end];
}

/** Columns across the strip: marks whose centres round to the same 1/200 share one. */
export const TIMELINE_COLUMNS = 200;

export interface PlacedMark {
  readonly mark: TimelineMark;
  /** The relation's type id, for its colour. */
  readonly type: string;
  /** The centre of the mark's span on the strip, 0..1. */
  readonly x: number;
  /** How many marks came before it in its column. */
  readonly row: number;
}

export interface TimelineLayout {
  /** The days the shown marks cover, or undefined when no shown relation is dated. */
  readonly extent: DateExtent | undefined;
  /** How many dated relations the filters show. */
  readonly count: number;
  /** Marks per column (see TIMELINE_COLUMNS), in the order each column's first mark comes. */
  readonly columns: ReadonlyMap<number, number>;
  /** Every mark with its place, earliest first; empty when there are more than `maxMarks`. */
  readonly placed: readonly PlacedMark[];
}

/**
 * The strip follows every filter but the date range (and "Include undated", which dated marks
 * never meet), so what the range leaves out stays in view, dimmed, and can be dragged back in.
 */
const MARK_PARTS: FilterParts = { types: true, kinds: true, dates: false };

/** Whether two filters give the same timeline layout (they differ only in the date range). */
export const sameTimelineFilters = (a: Filters, b: Filters): boolean =>
  sameRelationFilters(a, b, MARK_PARTS);

/**
 * The strip's marks under the filters: their extent, how many share each column, and, when
 * there are at most `maxMarks`, each mark with its place (the strip draws density beyond that,
 * so the marks and their sentences are not built).
 */
export function timelineLayout(
  dataset: Dataset,
  filters: Filters,
  maxMarks = Number.POSITIVE_INFINITY,
  vocabulary?: Vocabulary,
): TimelineLayout {
  const shown = relationMask(dataset, filters, MARK_PARTS);
  const order = datedOrder(dataset);
  const { startDays, endDays } = relationFacts(dataset);
  let count = 0;
  let first = -1;
  let last = -1;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (!shown[i]) continue;
    count += 1;
    // In strip order, so the first shown mark starts the extent.
    if (first < 0) first = i;
    if (last < 0 || endDays[i]! > endDays[last]!) last = i;
  }
  if (first < 0) return { extent: undefined, count, columns: new Map(), placed: [] };

  const firstDay = startDays[first]!;
  const lastDay = endDays[last]!;
  const days = lastDay - firstDay + 1;
  // Sentences are only worth building for marks the strip draws one by one.
  const words =
    count <= maxMarks
      ? { names: actorNames(dataset), vocabulary: vocabulary ?? vocabularyOf(dataset) }
      : undefined;
  const perColumn = new Int32Array(TIMELINE_COLUMNS + 1);
  const columnOrder: number[] = [];
  const placed: PlacedMark[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (!shown[i]) continue;
    // Halfway between the start of the first day and the end of the last, each clamped to the
    // strip as datePosition does.
    const a = Math.min(1, Math.max(0, (startDays[i]! - firstDay) / days));
    const b = Math.min(1, Math.max(0, (endDays[i]! - firstDay + 1) / days));
    const x = (a + b) / 2;
    const column = Math.round(x * TIMELINE_COLUMNS);
    const row = perColumn[column]!;
    if (row === 0) columnOrder.push(column);
    perColumn[column] = row + 1;
    if (words) {
      const mark = markOf(dataset, i, words.names, words.vocabulary);
      placed.push({ mark, type: dataset.relations[i]!.type, x, row });
    }
  }
  const columns = new Map(columnOrder.map((c) => [c, perColumn[c]!]));
  return { extent: [dayString(firstDay), dayString(lastDay)], count, columns, placed };
}

/**
 * Where a date sits on the strip, 0 at the start of the extent's first day and 1 at the end of
 * its last (each day is a slot, so a one-day extent still has width). `edge` picks the start or
 * the end of a partial date's span. Dates outside the extent clamp to 0 or 1.
 */
export function datePosition(
  date: string,
  extent: DateExtent,
  edge: 'start' | 'end' = 'start',
): number {
  const first = dayNumber(extent[0]);
  const days = dayNumber(extent[1]) - first + 1;
  if (days <= 0) return 0;
  const [start, end] = dateSpan(date);
  const offset = edge === 'start' ? dayNumber(start) - first : dayNumber(end) - first + 1;
  return Math.min(1, Math.max(0, offset / days));
}

/** The day at a position on the strip (0..1, clamped): the inverse of `datePosition`. */
export function dateAtPosition(position: number, extent: DateExtent): string {
  const first = dayNumber(extent[0]);
  const days = Math.max(1, dayNumber(extent[1]) - first + 1);
  const p = Number.isFinite(position) ? Math.min(1, Math.max(0, position)) : 0;
  // The nudge undoes rounding: (k / days) * days can come out a hair below k.
  return dayString(first + Math.min(days - 1, Math.floor(p * days + 1e-9)));
}

/** The inclusive date range a drag across the strip selects, whichever way the drag went. */
export function dateRangeAtPositions(
  a: number,
  b: number,
  extent: DateExtent,
): { readonly from: string; readonly to: string } {
  const from = dateAtPosition(Math.min(a, b), extent);
  const to = dateAtPosition(Math.max(a, b), extent);
  return { from, to };
}
