// The timeline strip: dated relations in date order, and dates ↔ positions for drag-to-select.
import type { Dataset } from '../../graph-data/schema';
import { dateSpan, type VisibleGraph } from './filters';
import { vocabularyOf } from './vocabulary';

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

const MS_PER_DAY = 86_400_000;

/**
 * Whole days since 1970-01-01 of a `YYYY-MM-DD` day. A day past the month's end (dateSpan gives
 * `YYYY-MM-31` for every month) counts as the month's last day.
 */
function dayNumber(day: string): number {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  const last = daysInMonth(y, m);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(y, m - 1, Math.min(d, last));
  return Math.floor(date.getTime() / MS_PER_DAY);
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

function dayString(dayNo: number): string {
  const date = new Date(dayNo * MS_PER_DAY);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The real calendar days a partial date spans (dateSpan's `-31` pulled back to the month's end). */
export function calendarSpan(date: string): readonly [string, string] {
  const [start, end] = dateSpan(date);
  return [dayString(dayNumber(start)), dayString(dayNumber(end))];
}

/**
 * Dated relations, shown ones only when `visible` is given, earliest first: by first possible
 * day, then last, then dataset order, so a year-only date sits before the days inside it.
 */
export function timelineMarks(dataset: Dataset, visible?: VisibleGraph): TimelineMark[] {
  const vocabulary = vocabularyOf(dataset);
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const marks: TimelineMark[] = [];
  for (const r of dataset.relations) {
    if (!r.date) continue;
    if (visible && !visible.relationIds.has(r.id)) continue;
    const [start, end] = calendarSpan(r.date);
    const type = vocabulary.relationType(r.type).label;
    marks.push({
      relationId: r.id,
      date: r.date,
      dateInferred: r.dateInferred === true,
      start,
      end,
      label: `${names.get(r.source) ?? r.source} ${type} ${names.get(r.target) ?? r.target}`,
    });
  }
  // Array.prototype.sort is stable, so equal spans keep dataset order.
  return marks.sort((a, b) => cmp(a.start, b.start) || cmp(a.end, b.end));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
