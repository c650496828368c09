// Dates as spreadsheets write them (docs/design.md §8) into the format's `YYYY`, `YYYY-MM` or `YYYY-MM-DD`:
// DD/MM/YYYY and MM/DD/YYYY (the order settled across the whole file, or asked), DD.MM.YYYY,
// YYYY/MM/DD, English month names, and spreadsheet serial numbers.
import { dayString, isPartialDate } from '../partial-date';

export type DayOrder = 'day-first' | 'month-first';

/** How one cell reads: a date, two numbers whose order the file must settle, or nothing. */
export type DateReading =
  | { readonly kind: 'date'; readonly date: string }
  | {
      readonly kind: 'numeric';
      readonly first: number;
      readonly second: number;
      readonly year: number;
    }
  | { readonly kind: 'impossible' }
  | { readonly kind: 'unknown' };

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` when year, month and day name a real day, else null. */
function ymd(year: number, month: number, day: number): string | null {
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return isPartialDate(date) ? date : null;
}

const dated = (date: string | null): DateReading =>
  date === null ? { kind: 'impossible' } : { kind: 'date', date };

/** Excel and LibreOffice add a time to dates they save as text: "07/10/2023 14:30". */
const TIME_SUFFIX =
  /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AP]M)?(?:Z|[+-]\d{2}:?\d{2})?)$/i;

const ORDINAL = '(?:st|nd|rd|th)?';

/** One cell's date, without knowing the file's day order yet. */
export function readDate(raw: string): DateReading {
  const text = raw.trim().replace(TIME_SUFFIX, '').trim();
  if (isPartialDate(text)) return { kind: 'date', date: text };
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (m) {
    // The format's own shape with a wrong number in it (2024-13-01), or single digits (2024-1-5).
    if (m[3] === undefined) {
      const month = Number(m[2]);
      return month >= 1 && month <= 12
        ? { kind: 'date', date: `${m[1]}-${pad(month)}` }
        : { kind: 'impossible' };
    }
    return dated(ymd(Number(m[1]), Number(m[2]), Number(m[3])));
  }
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) return dated(ymd(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (m) return dated(ymd(Number(m[3]), Number(m[2]), Number(m[1])));
  m = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (m) return { kind: 'numeric', first: Number(m[1]), second: Number(m[3]), year: Number(m[4]) };
  // "7 Oct 2023", "07-Oct-2023", "7th of October, 2023"
  m = new RegExp(`^(\\d{1,2})${ORDINAL}[ -](?:of )?([a-z]+)\\.?,?[ -](\\d{4})$`, 'i').exec(text);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    return month ? dated(ymd(Number(m[3]), month, Number(m[1]))) : { kind: 'unknown' };
  }
  // "Oct 7, 2023", "October 7th 2023"
  m = new RegExp(`^([a-z]+)\\.? (\\d{1,2})${ORDINAL},? (\\d{4})$`, 'i').exec(text);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month ? dated(ymd(Number(m[3]), month, Number(m[2]))) : { kind: 'unknown' };
  }
  // "October 2023", "Oct-2023"
  m = /^([a-z]+)\.?,?[ -](\d{4})$/i.exec(text);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month ? { kind: 'date', date: `${m[2]}-${pad(month)}` } : { kind: 'unknown' };
  }
  return { kind: 'unknown' };
}

/** A numeric reading as a day, in the given order, or null when that order names no real day. */
export function numericDate(
  reading: Extract<DateReading, { kind: 'numeric' }>,
  order: DayOrder,
): string | null {
  const [day, month] =
    order === 'day-first' ? [reading.first, reading.second] : [reading.second, reading.first];
  return ymd(reading.year, month, day);
}

/** What a file's dates say about their order. */
export interface DayOrderEvidence {
  /** The order some date settles, when only one does. */
  readonly settled: DayOrder | null;
  /** The index of the date that settles it. */
  readonly by: number;
  /** The first date read day first and the first read month first, when the file has both. */
  readonly conflict?: readonly [number, number];
  /** Indexes of the dates the two orders read differently, when nothing settles the order. */
  readonly ambiguous?: readonly number[];
}

/**
 * Whether a file's numeric dates settle day-first or month-first: a real day whose first number is
 * over 12 settles day-first, one whose second is over 12 month-first. With neither, the indexes of the dates the two orders
 * read differently are returned, for the user to be asked; with both, the first of each.
 */
export function dayOrderOf(readings: readonly DateReading[]): DayOrderEvidence {
  let dayFirst = -1;
  let monthFirst = -1;
  const ambiguous: number[] = [];
  readings.forEach((r, i) => {
    if (r.kind !== 'numeric') return;
    // Only a real day settles the order: 31/02/2024 settles nothing, it is wrong either way.
    const asDay = numericDate(r, 'day-first') !== null;
    const asMonth = numericDate(r, 'month-first') !== null;
    if (r.first > 12 && asDay) {
      if (dayFirst === -1) dayFirst = i;
    } else if (r.second > 12 && asMonth) {
      if (monthFirst === -1) monthFirst = i;
    } else if (r.first !== r.second && r.first <= 12 && r.second <= 12) ambiguous.push(i);
  });
  if (dayFirst !== -1 && monthFirst !== -1) {
    return { settled: null, by: -1, conflict: [dayFirst, monthFirst] };
  }
  if (dayFirst !== -1) return { settled: 'day-first', by: dayFirst };
  if (monthFirst !== -1) return { settled: 'month-first', by: monthFirst };
  return ambiguous.length > 0 ? { settled: null, by: -1, ambiguous } : { settled: null, by: -1 };
}

/** Serial 25569 is 1970-01-01 in the 1900 date system that Excel and LibreOffice write. */
const SERIAL_1970 = 25_569;

/**
 * A spreadsheet serial number (days since 1899-12-30, the 1900 system) as `YYYY-MM-DD`, or null
 * for serials before 1 March 1900, where Excel counts a 29 February 1900 that never was.
 */
export function serialDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return null;
  return dayString(Math.floor(serial) - SERIAL_1970);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * What a numeric date means in each order, spelled out for the question ("7 October 2023" and
 * "10 July 2023"), or null when it is not a numeric date both orders read as a real day.
 */
export function bothReadings(text: string): Record<DayOrder, string> | null {
  const reading = readDate(text);
  if (reading.kind !== 'numeric') return null;
  const spell = (date: string | null) => {
    if (date === null) return null;
    const [y, m, d] = date.split('-').map(Number);
    return `${d} ${MONTH_NAMES[m! - 1]} ${y}`;
  };
  const dayFirst = spell(numericDate(reading, 'day-first'));
  const monthFirst = spell(numericDate(reading, 'month-first'));
  return dayFirst && monthFirst ? { 'day-first': dayFirst, 'month-first': monthFirst } : null;
}
