// The timeline strip: dated relations in date order, where each sits on the strip, and dates ↔
// positions for drag-to-select.
import { relationName } from './relations-of';
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

/**
 * One stretch of the strip's axis: the days `first`..`last` (day numbers, inclusive) spread evenly
 * from `x0` to `x1` (0..1). A `gap` piece is a stretch with no mark, squeezed into a narrow break.
 */
export interface AxisPiece {
  readonly first: number;
  readonly last: number;
  readonly x0: number;
  readonly x1: number;
  readonly gap: boolean;
}

/**
 * The strip's axis (docs/design.md §15): every day of the extent has a place, in order, so dates
 * stay exact; stretches longer than BREAK_DAYS with no mark are squeezed into breaks, and the
 * width saved goes to the stretches that hold marks, shared by how many marks each holds.
 */
export interface TimeAxis {
  readonly pieces: readonly AxisPiece[];
}

/** Empty stretches longer than this many days become breaks. */
export const BREAK_DAYS = 31;
/** The share of the strip one break takes. */
export const BREAK_WIDTH = 0.04;

/** An unbroken axis over the extent: every day the same width. */
export function linearAxis(extent: DateExtent): TimeAxis {
  const first = dayNumber(extent[0]);
  const last = Math.max(first, dayNumber(extent[1]));
  return { pieces: [{ first, last, x0: 0, x1: 1, gap: false }] };
}

/**
 * The axis for marks spanning `starts[k]`..`ends[k]` (day numbers; in order of start): marks
 * whose spans come within BREAK_DAYS of each other share a stretch; the stretches between are
 * breaks of BREAK_WIDTH each; the rest of the strip goes to the stretches, by their marks.
 */
export function timeAxis(starts: ArrayLike<number>, ends: ArrayLike<number>): TimeAxis {
  const groups: { first: number; last: number; marks: number }[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    const end = ends[k]!;
    const g = groups.at(-1);
    if (g && start <= g.last + 1 + BREAK_DAYS) {
      g.last = Math.max(g.last, end);
      g.marks += 1;
    } else groups.push({ first: start, last: end, marks: 1 });
  }
  if (groups.length === 0) return { pieces: [] };
  const breaks = groups.length - 1;
  const room = 1 - breaks * BREAK_WIDTH;
  const marks = groups.reduce((sum, g) => sum + g.marks, 0);
  const pieces: AxisPiece[] = [];
  let x = 0;
  groups.forEach((g, i) => {
    if (i > 0) {
      const before = groups[i - 1]!;
      pieces.push({
        first: before.last + 1,
        last: g.first - 1,
        x0: x,
        x1: x + BREAK_WIDTH,
        gap: true,
      });
      x += BREAK_WIDTH;
    }
    const width = i === groups.length - 1 ? 1 - x : (room * g.marks) / marks;
    pieces.push({ first: g.first, last: g.last, x0: x, x1: x + width, gap: false });
    x += width;
  });
  return { pieces };
}

const axisOf = (scale: DateExtent | TimeAxis): TimeAxis =>
  'pieces' in scale ? scale : linearAxis(scale);

/** Where the moment `t` (a day number; `d` is the start of day d, `d + 1` its end) sits, 0..1. */
function momentPosition(axis: TimeAxis, t: number): number {
  const { pieces } = axis;
  if (pieces.length === 0) return 0;
  if (t <= pieces[0]!.first) return 0;
  for (const p of pieces) {
    if (t <= p.last + 1) return p.x0 + ((t - p.first) / (p.last - p.first + 1)) * (p.x1 - p.x0);
  }
  return 1;
}

/** The day at a position on the axis (0..1, clamped). */
function positionDay(axis: TimeAxis, position: number): number {
  const { pieces } = axis;
  const p = Number.isFinite(position) ? Math.min(1, Math.max(0, position)) : 0;
  const piece = pieces.find((q) => p < q.x1) ?? pieces.at(-1)!;
  const days = piece.last - piece.first + 1;
  const within = piece.x1 > piece.x0 ? (p - piece.x0) / (piece.x1 - piece.x0) : 0;
  // The nudge undoes rounding: (k / days) * days can come out a hair below k.
  return piece.first + Math.min(days - 1, Math.max(0, Math.floor(within * days + 1e-9)));
}

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
    label: relationName(
      r,
      (id) => names.get(id),
      () => type,
    ),
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
  /** How the days are spread across the strip (breaks where long stretches hold no mark). */
  readonly axis: TimeAxis;
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
  if (first < 0)
    return { extent: undefined, axis: { pieces: [] }, count, columns: new Map(), placed: [] };

  const firstDay = startDays[first]!;
  const lastDay = endDays[last]!;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  for (let k = 0, n = 0; k < order.length; k++) {
    const i = order[k]!;
    if (!shown[i]) continue;
    starts[n] = startDays[i]!;
    ends[n++] = endDays[i]!;
  }
  const axis = timeAxis(starts, ends);
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
    // Halfway between the start of the first day and the end of the last, as datePosition says.
    const x = (momentPosition(axis, startDays[i]!) + momentPosition(axis, endDays[i]! + 1)) / 2;
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
  return { extent: [dayString(firstDay), dayString(lastDay)], axis, count, columns, placed };
}

/**
 * Where a date sits on the strip, 0 at the start of the first day and 1 at the end of the last
 * (each day is a slot, so a one-day extent still has width), on an extent's even axis or a
 * broken one (`timeAxis`). `edge` picks the start or the end of a partial date's span. Dates
 * outside clamp to 0 or 1.
 */
export function datePosition(
  date: string,
  scale: DateExtent | TimeAxis,
  edge: 'start' | 'end' = 'start',
): number {
  const [start, end] = dateSpan(date);
  const t = edge === 'start' ? dayNumber(start) : dayNumber(end) + 1;
  return Math.min(1, Math.max(0, momentPosition(axisOf(scale), t)));
}

/** The day at a position on the strip (0..1, clamped): the inverse of `datePosition`. */
export function dateAtPosition(position: number, scale: DateExtent | TimeAxis): string {
  return dayString(positionDay(axisOf(scale), position));
}

/** The inclusive date range a drag across the strip selects, whichever way the drag went. */
export function dateRangeAtPositions(
  a: number,
  b: number,
  scale: DateExtent | TimeAxis,
): { readonly from: string; readonly to: string } {
  const from = dateAtPosition(Math.min(a, b), scale);
  const to = dateAtPosition(Math.max(a, b), scale);
  return { from, to };
}
