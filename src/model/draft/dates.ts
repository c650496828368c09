// Dates in a sentence (docs/design.md §13): stated ("January 20, 2024", "in January 2020") or implied and
// resolved against the report's published date ("on Wednesday", "January 20" without a year).
import type { PartialDate } from '../../../graph-data/schema';

export interface DateMention {
  /** Offsets in the paragraph. */
  readonly start: number;
  readonly end: number;
  readonly date: PartialDate;
  /** The text implies the date (a weekday, a missing year) but does not state it. */
  readonly inferred: boolean;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH = `(${MONTHS.join('|')})`;
const PATTERNS: readonly {
  re: RegExp;
  kind: 'mdy' | 'dmy' | 'my' | 'y' | 'weekday' | 'relative';
}[] = [
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    kind: 'mdy',
  },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`, 'gi'), kind: 'dmy' },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'gi'), kind: 'my' },
  { re: /\b(?:in|since|during|by)\s+((?:19|20)\d{2})\b/gi, kind: 'y' },
  { re: new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'gi'), kind: 'weekday' },
  { re: /\b(yesterday|today)\b/gi, kind: 'relative' },
];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The published date as a day, if it names one. */
function publishedDay(published: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published ?? '');
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}
const publishedYear = (published: string | undefined) => {
  const m = /^(\d{4})/.exec(published ?? '');
  return m ? Number(m[1]) : undefined;
};

/**
 * Date expressions of a sentence, resolved. `text` is the sentence and `offset` its place in the
 * paragraph. A weekday is the latest such day on or before the published day (news reports tell of
 * the past); a month and day without a year take the published year, or the year before when that
 * would fall after publication.
 */
export function datesIn(text: string, offset: number, published?: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const day = publishedDay(published);
  const year = publishedYear(published);
  for (const { re, kind } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!free(s, e)) continue;
      const resolved = resolve(kind, m, day, year, published);
      if (!resolved) continue;
      taken.push([s, e]);
      found.push({ start: offset + s, end: offset + e, ...resolved });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function resolve(
  kind: (typeof PATTERNS)[number]['kind'],
  m: RegExpMatchArray,
  day: Date | undefined,
  year: number | undefined,
  published: string | undefined,
): { date: string; inferred: boolean } | undefined {
  const monthOf = (name: string | undefined) => MONTHS.indexOf((name ?? '').toLowerCase()) + 1;
  switch (kind) {
    case 'mdy':
    case 'dmy': {
      const month = monthOf(kind === 'mdy' ? m[1] : m[2]);
      const date = Number(kind === 'mdy' ? m[2] : m[1]);
      if (date < 1 || date > 31) return undefined;
      const stated = m[3] ? Number(m[3]) : undefined;
      if (stated) return { date: `${stated}-${pad(month)}-${pad(date)}`, inferred: false };
      if (year === undefined) return undefined;
      let y = year;
      if (published && `${y}-${pad(month)}-${pad(date)}` > published.padEnd(10, '9')) y -= 1;
      return { date: `${y}-${pad(month)}-${pad(date)}`, inferred: true };
    }
    case 'my':
      return { date: `${m[2]}-${pad(monthOf(m[1]))}`, inferred: false };
    case 'y':
      return { date: m[1]!, inferred: false };
    case 'weekday': {
      if (!day) return undefined;
      const wanted = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const back = (day.getUTCDay() - wanted + 7) % 7;
      return { date: iso(new Date(day.getTime() - back * 86_400_000)), inferred: true };
    }
    case 'relative': {
      if (!day) return undefined;
      const back = m[1]!.toLowerCase() === 'yesterday' ? 1 : 0;
      return { date: iso(new Date(day.getTime() - back * 86_400_000)), inferred: true };
    }
  }
}
