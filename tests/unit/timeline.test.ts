import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Dataset } from '../../graph-data/schema';
import {
  DEFAULT_FILTERS,
  visibleGraph,
  type Filters,
  type VisibleGraph,
} from '../../src/model/filters';
import {
  BREAK_DAYS,
  BREAK_WIDTH,
  calendarSpan,
  dateAtPosition,
  datePosition,
  dateRangeAtPositions,
  sameTimelineFilters,
  TIMELINE_COLUMNS,
  timelineExtent,
  timelineLayout,
  timelineMarks,
  timeAxis,
  type DateExtent,
  type TimelineMark,
} from '../../src/model/timeline';
import { vocabularyOf } from '../../src/model/vocabulary';
import { dayNumber, dayString } from '../../src/model/partial-date';
import { filtersArb, smallDatasetArb } from './fixtures/filter-arbitraries';

describe('timelineMarks', () => {
  it('lists the dated relations of the built-in dataset, earliest first', () => {
    expect(timelineMarks(centcomKh2024).map((m) => m.relationId)).toEqual([
      'us-attacked-soleimani',
      'us-attacked-al-muhandis',
      // A month-only date starts on the 1st, so it sits before the days inside it.
      'iraqi-government-condemned-us',
      'rasool-condemned-us',
      'al-araji-condemned-us',
      'kh-attacked-al-asad',
      'centcom-attacked-kh',
    ]);
  });

  it('gives each mark its span, whether inferred, and a sentence naming both actors', () => {
    const marks = timelineMarks(centcomKh2024);
    expect(marks.find((m) => m.relationId === 'centcom-attacked-kh')).toEqual({
      relationId: 'centcom-attacked-kh',
      date: '2024-01-24',
      dateInferred: true,
      start: '2024-01-24',
      end: '2024-01-24',
      label: 'U.S. Central Command attacked Kataib Hezbollah',
    });
    expect(marks.find((m) => m.relationId === 'us-attacked-soleimani')).toMatchObject({
      dateInferred: false,
      start: '2020-01-01',
      end: '2020-01-31',
      label: 'United States attacked Qassem Soleimani',
    });
  });

  it('leaves out what the filters hide', () => {
    const visible = visibleGraph(centcomKh2024, {
      ...DEFAULT_FILTERS,
      hiddenRelationTypes: ['condemned'],
    });
    expect(timelineMarks(centcomKh2024, visible)).toHaveLength(4);
  });

  it('is empty for a dataset with no dates', () => {
    const undated = {
      ...centcomKh2024,
      relations: centcomKh2024.relations.map(({ date: _date, ...r }) => r),
    };
    expect(timelineMarks(undated)).toEqual([]);
    expect(timelineExtent([])).toBeUndefined();
  });

  it('spans the days from the first mark to the last', () => {
    expect(timelineExtent(timelineMarks(centcomKh2024))).toEqual(['2020-01-01', '2024-01-31']);
  });
});

describe('calendarSpan', () => {
  it('ends a month on its real last day, leap years included', () => {
    expect(calendarSpan('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(calendarSpan('2023-02')).toEqual(['2023-02-01', '2023-02-28']);
    expect(calendarSpan('2024-04')).toEqual(['2024-04-01', '2024-04-30']);
    expect(calendarSpan('2024')).toEqual(['2024-01-01', '2024-12-31']);
    expect(calendarSpan('2024-03-05')).toEqual(['2024-03-05', '2024-03-05']);
  });

  it('reads years below 100 as written, not as 19xx', () => {
    expect(calendarSpan('0099-02')).toEqual(['0099-02-01', '0099-02-28']);
  });
});

describe('positions on the strip', () => {
  const january: DateExtent = ['2024-01-01', '2024-01-31'];

  it('puts the first day at 0 and the end of the last day at 1', () => {
    expect(datePosition('2024-01-01', january)).toBe(0);
    expect(datePosition('2024-01-31', january, 'end')).toBe(1);
    expect(datePosition('2024-01', january, 'end')).toBe(1);
    expect(datePosition('2024-01-16', january)).toBeCloseTo(15 / 31);
  });

  it('clamps dates outside the extent to its ends', () => {
    expect(datePosition('2023', january)).toBe(0);
    expect(datePosition('2025-06-01', january)).toBe(1);
  });

  it('turns positions back into days, clamped to the extent', () => {
    expect(dateAtPosition(0, january)).toBe('2024-01-01');
    expect(dateAtPosition(0.5, january)).toBe('2024-01-16');
    expect(dateAtPosition(1, january)).toBe('2024-01-31');
    expect(dateAtPosition(-2, january)).toBe('2024-01-01');
    expect(dateAtPosition(7, january)).toBe('2024-01-31');
    expect(dateAtPosition(Number.NaN, january)).toBe('2024-01-01');
  });

  it('gives a one-day extent the whole strip', () => {
    const day: DateExtent = ['2024-01-24', '2024-01-24'];
    expect(datePosition('2024-01-24', day)).toBe(0);
    expect(datePosition('2024-01-24', day, 'end')).toBe(1);
    expect(dateAtPosition(0.5, day)).toBe('2024-01-24');
  });

  it('accepts an extent ending on a month given as "-31"', () => {
    const february: DateExtent = ['2024-02-01', '2024-02-31'];
    expect(dateAtPosition(1, february)).toBe('2024-02-29');
  });

  it('selects a range whichever way the drag goes', () => {
    expect(dateRangeAtPositions(0.9, 0.1, january)).toEqual({
      from: '2024-01-04',
      to: '2024-01-28',
    });
    expect(dateRangeAtPositions(0.1, 0.9, january)).toEqual({
      from: '2024-01-04',
      to: '2024-01-28',
    });
  });

  it('maps every day of a long extent to a position and back to the same day', () => {
    const decade: DateExtent = ['2015-01-01', '2024-12-31'];
    const first = Date.UTC(2015, 0, 1);
    for (let i = 0; i < 3653; i++) {
      const inside = new Date(first + i * 86_400_000).toISOString().slice(0, 10);
      expect(dateAtPosition(datePosition(inside, decade), decade)).toBe(inside);
    }
  });

  it('maps every day of any extent to a position and back to the same day', () => {
    const MS_PER_DAY = 86_400_000;
    const day = (n: number) => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
    // Days from 1900 to about 2100, an extent up to ~30 years, and a day inside it.
    fc.assert(
      fc.property(
        fc.integer({ min: -25_000, max: 47_000 }),
        fc.integer({ min: 0, max: 11_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (first, length, at) => {
          const extent: DateExtent = [day(first), day(first + length)];
          const inside = day(first + Math.floor(at * length));
          expect(dateAtPosition(datePosition(inside, extent), extent)).toBe(inside);
        },
      ),
    );
  });
});

/** The marks worked out plainly, relation by relation, then sorted: what timelineMarks must match. */
function plainMarks(dataset: Dataset, visible?: VisibleGraph): TimelineMark[] {
  const vocabulary = vocabularyOf(dataset);
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => names.get(id) ?? id;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return dataset.relations
    .filter((r) => r.date && (!visible || visible.relationIds.has(r.id)))
    .map((r) => {
      const [start, end] = calendarSpan(r.date!);
      const type = vocabulary.relationType(r.type).label;
      return {
        relationId: r.id,
        date: r.date!,
        dateInferred: r.dateInferred === true,
        start,
        end,
        label: `${name(r.source)} ${type} ${name(r.target)}`,
      };
    })
    .sort((a, b) => cmp(a.start, b.start) || cmp(a.end, b.end));
}

/** The strip's layout worked out plainly from the marks, timeAxis, datePosition and timelineExtent. */
function plainLayout(dataset: Dataset, filters: Filters, maxMarks: number) {
  const undated = { ...filters, dateFrom: undefined, dateTo: undefined, includeUndated: true };
  const marks = plainMarks(dataset, visibleGraph(dataset, undated));
  const extent = timelineExtent(marks);
  const axis = timeAxis(
    marks.map((m) => dayNumber(m.start)),
    marks.map((m) => dayNumber(m.end)),
  );
  const columns = new Map<number, number>();
  const placed = extent
    ? marks.map((m) => {
        const x = (datePosition(m.start, axis) + datePosition(m.date, axis, 'end')) / 2;
        const column = Math.round(x * TIMELINE_COLUMNS);
        const row = columns.get(column) ?? 0;
        columns.set(column, row + 1);
        const type = dataset.relations.find((r) => r.id === m.relationId)!.type;
        return { mark: m, type, x, row };
      })
    : [];
  return {
    extent,
    axis,
    count: marks.length,
    columns,
    placed: marks.length <= maxMarks ? placed : [],
  };
}

describe('timelineMarks on any small dataset', () => {
  it('lists the dated relations the graph shows, sorted by first then last day, then dataset order', () => {
    fc.assert(
      fc.property(smallDatasetArb(), filtersArb, (dataset, f) => {
        expect(timelineMarks(dataset)).toEqual(plainMarks(dataset));
        const visible = visibleGraph(dataset, f);
        expect(timelineMarks(dataset, visible)).toEqual(plainMarks(dataset, visible));
      }),
      { numRuns: 300 },
    );
  });
});

describe('timelineLayout', () => {
  it('places the built-in marks across the strip, stacking those in one column', () => {
    const layout = timelineLayout(centcomKh2024, DEFAULT_FILTERS);
    expect(layout.extent).toEqual(['2020-01-01', '2024-01-31']);
    expect(layout.count).toBe(7);
    expect(layout.placed.map((p) => p.mark)).toEqual(timelineMarks(centcomKh2024));
    // January 2020 and January 2024, with a break between: the 2020 marks (two of seven) sit in
    // the middle of the first stretch, which gets 2/7 of the strip after the break's share.
    expect(layout.axis.pieces.map((p) => p.gap)).toEqual([false, true, false]);
    expect(layout.placed[0]!.x).toBeCloseTo(((1 - BREAK_WIDTH) * 2) / 7 / 2);
    // The three condemnations of January 2024 land in one column, one above the other.
    const condemned = layout.placed.filter((p) => p.type === 'condemned');
    expect(condemned.map((p) => p.row)).toEqual([0, 1, 2]);
    expect(new Set(condemned.map((p) => p.x)).size).toBe(1);
    expect([...layout.columns.values()].reduce((a, b) => a + b)).toBe(7);
  });

  it('follows the type and kind filters but not the date range', () => {
    const hidden = timelineLayout(centcomKh2024, {
      ...DEFAULT_FILTERS,
      hiddenRelationTypes: ['condemned'],
    });
    expect(hidden.count).toBe(4);
    expect(hidden.placed.some((p) => p.type === 'condemned')).toBe(false);
    const ranged = timelineLayout(centcomKh2024, {
      ...DEFAULT_FILTERS,
      dateFrom: '2024',
      dateTo: '2024-01-10',
      includeUndated: false,
    });
    expect(ranged).toEqual(timelineLayout(centcomKh2024, DEFAULT_FILTERS));
  });

  it('counts marks per column but builds none beyond maxMarks', () => {
    const layout = timelineLayout(centcomKh2024, DEFAULT_FILTERS, 6);
    expect(layout.count).toBe(7);
    expect(layout.placed).toEqual([]);
    expect(layout.columns).toEqual(timelineLayout(centcomKh2024, DEFAULT_FILTERS).columns);
  });

  it('has no extent when no shown relation is dated', () => {
    const layout = timelineLayout(centcomKh2024, {
      ...DEFAULT_FILTERS,
      hiddenRelationTypes: ['attacked', 'condemned'],
    });
    expect(layout).toEqual({
      extent: undefined,
      axis: { pieces: [] },
      count: 0,
      columns: new Map(),
      placed: [],
    });
  });

  it('matches the marks placed one by one with datePosition, on any small dataset', () => {
    fc.assert(
      fc.property(
        smallDatasetArb(),
        filtersArb,
        fc.integer({ min: 0, max: 40 }),
        (dataset, f, maxMarks) => {
          const layout = timelineLayout(dataset, f, maxMarks);
          const plain = plainLayout(dataset, f, maxMarks);
          expect(layout.extent).toEqual(plain.extent);
          expect(layout.axis).toEqual(plain.axis);
          expect(layout.count).toBe(plain.count);
          // Same columns, in the same order (the strip draws them in this order).
          expect([...layout.columns]).toEqual([...plain.columns]);
          expect(layout.placed).toEqual(plain.placed);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sameTimelineFilters', () => {
  it('holds when only the date range or "Include undated" differ', () => {
    const f: Filters = { ...DEFAULT_FILTERS, hiddenActorKinds: ['person'] };
    expect(sameTimelineFilters(f, { ...f, dateFrom: '2020', dateTo: '2021' })).toBe(true);
    expect(sameTimelineFilters(f, { ...f, includeUndated: false })).toBe(true);
    expect(sameTimelineFilters(f, { ...f, hideUnconnected: true })).toBe(true);
    expect(sameTimelineFilters(f, { ...f, hiddenActorKinds: [] })).toBe(false);
    expect(sameTimelineFilters(f, { ...f, hiddenRelationTypes: ['allied'] })).toBe(false);
  });
});

describe('timeAxis', () => {
  const day = (d: string) => dayNumber(d);
  const marks = ['2020-01-03', '2020-01-03', '2024-01-20', '2024-01-24', '2024-01-25'];
  const axis = timeAxis(marks.map(day), marks.map(day));

  it('breaks the axis where four years pass without a mark, and keeps every date exact', () => {
    expect(axis.pieces.map((p) => p.gap)).toEqual([false, true, false]);
    const [, gap] = axis.pieces;
    expect(gap!.x1 - gap!.x0).toBeCloseTo(BREAK_WIDTH);
    for (const d of ['2020-01-03', '2022-06-01', '2024-01-20', '2024-01-24', '2024-01-25']) {
      const x = (datePosition(d, axis) + datePosition(d, axis, 'end')) / 2;
      expect(dateAtPosition(x, axis)).toBe(d);
    }
  });

  it('spends the width on the marks: days of the same week a tenth of the strip apart, not 0.3%', () => {
    const at = (d: string) => datePosition(d, axis);
    expect(at('2024-01-24') - at('2024-01-20')).toBeGreaterThan(0.1);
    const plain: DateExtent = ['2020-01-03', '2024-01-25'];
    expect(datePosition('2024-01-24', plain) - datePosition('2024-01-20', plain)).toBeLessThan(
      0.003,
    );
  });

  it('keeps stretches no more than BREAK_DAYS apart unbroken', () => {
    const first = day('2024-01-01');
    // BREAK_DAYS empty days between two marks: one stretch; one more: a break.
    const close = [first, first + 1 + BREAK_DAYS];
    expect(timeAxis(close, close).pieces).toHaveLength(1);
    const apart = [first, first + 2 + BREAK_DAYS];
    expect(timeAxis(apart, apart).pieces.map((p) => p.gap)).toEqual([false, true, false]);
  });

  it('orders every day of the extent, on any marks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 18000, max: 19500 }), fc.nat(400)), {
          minLength: 1,
          maxLength: 30,
        }),
        (spans) => {
          const sorted = [...spans].sort((a, b) => a[0] - b[0]);
          const a = timeAxis(
            sorted.map(([s]) => s),
            sorted.map(([s, n]) => s + n),
          );
          const first = sorted[0]![0];
          const last = Math.max(...sorted.map(([s, n]) => s + n));
          let previous = -1;
          // Every 13th day: a prime step lands on every weekday and day of the month.
          for (let d = first; d <= last; d += 13) {
            const x = datePosition(dayString(d), a);
            expect(x).toBeGreaterThan(previous);
            expect(dateAtPosition(x + 1e-9, a)).toBe(dayString(d));
            previous = x;
          }
          expect(datePosition(dayString(last), a, 'end')).toBeCloseTo(1);
        },
      ),
      { numRuns: 100 },
    );
  });
});
