// Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): one check shared by the importer, links and
// the date fields, the days such a date spans, and day numbers for counting days. Kept apart from
// the validator so the initial bundle need not load zod.

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real month and day (29 February only in leap years). */
export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const year = Number(y);
  const last = month === 2 && !isLeapYear(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
  const day = Number(d);
  return day >= 1 && day <= last;
}

/** The first and last day a partial date can mean, as `YYYY-MM-DD` strings that sort correctly. */
export function dateSpan(date: string): readonly [string, string] {
  const [y = '0000', m, d] = date.split('-');
  if (d !== undefined) return [date, date];
  if (m !== undefined) return [`${y}-${m}-01`, `${y}-${m}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

const MS_PER_DAY = 86_400_000;
/** Days from 0000-03-01 to 1970-01-01, and in one 400-year cycle of the Gregorian calendar. */
const EPOCH_SHIFT = 719_468;
const DAYS_PER_ERA = 146_097;

/** The number written in `text[from..to)` when it is all ASCII digits, else NaN. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/** The last day of a month (1–12) of a four-digit year. */
const lastDayOf = (year: number, month: number) =>
  month === 2 && !isLeapYear(year) ? 28 : DAYS_IN_MONTH[month - 1]!;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/**
 * Whole days since 1970-01-01 of a `YYYY-MM-DD` day. A day past the month's end (dateSpan gives
 * `YYYY-MM-31` for every month) counts as the month's last day.
 */
export function dayNumber(day: string): number {
  // Counting in integers rather than through a Date: this runs for every dated relation.
  if (day.length === 10 && day[4] === '-' && day[7] === '-') {
    const y = digits(day, 0, 4);
    const m = digits(day, 5, 7);
    const d = digits(day, 8, 10);
    if (!Number.isNaN(y) && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      return daysFromCivil(y, m, Math.min(d, lastDayOf(y, m)));
    }
  }
  // Anything else, as Date reads it (a month past 12 runs into the next year).
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

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The `YYYY-MM-DD` day of a day number: the inverse of `dayNumber`. */
export function dayString(dayNo: number): string {
  // H. Hinnant's `civil_from_days`, for the years a partial date can name.
  const z = dayNo + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  if (Number.isInteger(y) && y >= 0 && y <= 9999) return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  const date = new Date(dayNo * MS_PER_DAY);
  const [yy, mm, dd] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return `${pad(yy, 4)}-${pad(mm, 2)}-${pad(dd, 2)}`;
}

/**
 * The first and last day a partial date can mean, as day numbers: `dateSpan` read through
 * `dayNumber`, without building the strings.
 */
export function dateSpanDays(date: string): readonly [number, number] {
  const y = digits(date, 0, 4);
  if (!Number.isNaN(y)) {
    if (date.length === 4) return [daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31)];
    const m = digits(date, 5, 7);
    if (date.length === 7 && date[4] === '-' && m >= 1 && m <= 12) {
      return [daysFromCivil(y, m, 1), daysFromCivil(y, m, lastDayOf(y, m))];
    }
    if (date.length === 10 && date[4] === '-' && date[7] === '-') {
      const day = dayNumber(date);
      return [day, day];
    }
  }
  const [start, end] = dateSpan(date);
  return [dayNumber(start), dayNumber(end)];
}
