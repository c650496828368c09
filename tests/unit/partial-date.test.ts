import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateSpan,
  dateSpanDays,
  dayNumber,
  dayString,
  isPartialDate,
} from '../../src/model/partial-date';
import { dateArb } from './fixtures/dataset-arbitraries';

const MS_PER_DAY = 86_400_000;
const FIRST_DAY = -719_528; // 0000-01-01
const LAST_DAY = 2_932_896; // 9999-12-31

/** Day numbers as the Date object counts them, the definition dayNumber must keep to. */
function dateDayNumber(day: string): number {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  const end = new Date(0);
  end.setUTCFullYear(y, m, 0);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, Math.min(d, end.getUTCDate()));
  return Math.floor(date.getTime() / MS_PER_DAY);
}

const dateDayString = (n: number) => {
  const date = new Date(n * MS_PER_DAY);
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
};

describe('isPartialDate', () => {
  it('accepts a year, a month or a real day, and nothing else', () => {
    for (const ok of ['2024', '2024-02', '2024-02-29', '0099-12-31']) {
      expect(isPartialDate(ok)).toBe(true);
    }
    for (const bad of ['24', '2024-13', '2023-02-29', '2024-1', '2024-01-1', '2024/01', '']) {
      expect(isPartialDate(bad)).toBe(false);
    }
  });
});

describe('day numbers', () => {
  it('count days since 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('0000-01-01')).toBe(FIRST_DAY);
    expect(dayNumber('9999-12-31')).toBe(LAST_DAY);
    expect(dayString(0)).toBe('1970-01-01');
    expect(dayString(FIRST_DAY)).toBe('0000-01-01');
  });

  it('read a day past the month’s end as its last day, leap years included', () => {
    expect(dayNumber('2023-02-31')).toBe(dayNumber('2023-02-28'));
    expect(dayNumber('2024-02-31')).toBe(dayNumber('2024-02-29'));
    expect(dayNumber('1900-02-29')).toBe(dayNumber('1900-02-28'));
    expect(dayNumber('2000-02-30')).toBe(dayNumber('2000-02-29'));
  });

  it('agree with the calendar of the Date object on every day from year 0 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (n) => {
        const day = dayString(n);
        expect(day).toBe(dateDayString(n));
        expect(dayNumber(day)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('agree with the Date object on any year, month and day written as YYYY-MM-DD', () => {
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const year = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
    fc.assert(
      fc.property(year, two, two, (y, m, d) => {
        const day = `${y}-${m}-${d}`;
        expect(dayNumber(day)).toBe(dateDayNumber(day));
      }),
      { numRuns: 2000 },
    );
  });

  it('read odd text the way the Date object does', () => {
    for (const odd of ['+202-01-01', ' 202-01-01', '2024-13-01', '2024-00-10', '2024', '1-2-3']) {
      expect(dayNumber(odd)).toEqual(dateDayNumber(odd));
    }
  });
});

describe('dateSpanDays', () => {
  it('gives the day numbers of dateSpan’s first and last day', () => {
    expect(dateSpanDays('2024')).toEqual([dayNumber('2024-01-01'), dayNumber('2024-12-31')]);
    expect(dateSpanDays('2024-02')).toEqual([dayNumber('2024-02-01'), dayNumber('2024-02-29')]);
    expect(dateSpanDays('2024-02-10')).toEqual([dayNumber('2024-02-10'), dayNumber('2024-02-10')]);
  });

  it('matches dateSpan read through dayNumber for every partial date', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const [start, end] = dateSpan(date);
        expect(dateSpanDays(date)).toEqual([dayNumber(start), dayNumber(end)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('matches dateSpan read through dayNumber for any text at all', () => {
    const odd = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^[0-9+ -]{1,11}$/),
      fc.constantFrom('2024-13', '20-4-01', '2024-01x24', 'abcd', 'abcd-01', '2024-1'),
    );
    fc.assert(
      fc.property(odd, (text) => {
        const [start, end] = dateSpan(text);
        expect(dateSpanDays(text)).toEqual([dayNumber(start), dayNumber(end)]);
      }),
      { numRuns: 2000 },
    );
  });
});
