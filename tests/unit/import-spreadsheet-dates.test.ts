// Dates as spreadsheets write them: each form read, the day order settled across a file or asked
// once, and a date no reading makes real refused with its row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvToDataset } from '../../src/model/import/csv';
import { importBytes } from '../../src/model/import/detect';
import { readDate, serialDate } from '../../src/model/import/spreadsheet-dates';

const FILES = join(import.meta.dirname, '..', 'fixtures', 'files');
const problemsOf = (result: ReturnType<typeof csvToDataset>) =>
  result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
const datesOf = (result: ReturnType<typeof csvToDataset>) =>
  result.ok ? result.dataset.relations.map((r) => r.date ?? '') : problemsOf(result);
const csv = (...dates: string[]) =>
  `source,target,date\n${dates.map((d, i) => `A${i},B${i},"${d}"`).join('\n')}\n`;

describe('readDate', () => {
  it.each([
    ['2023-10-07', '2023-10-07'],
    ['2023-10', '2023-10'],
    ['2023', '2023'],
    ['2023-1-5', '2023-01-05'],
    ['2023/10/07', '2023-10-07'],
    ['2023.10.07', '2023-10-07'],
    ['07.10.2023', '2023-10-07'],
    ['7.1.2023', '2023-01-07'],
    ['7 Oct 2023', '2023-10-07'],
    ['07-Oct-2023', '2023-10-07'],
    ['7th October, 2023', '2023-10-07'],
    ['Oct 7, 2023', '2023-10-07'],
    ['October 7th 2023', '2023-10-07'],
    ['October 2023', '2023-10'],
    ['sept 2023', '2023-09'],
    ['Oct-2023', '2023-10'],
    ['2023-10-07 14:30:00', '2023-10-07'],
    ['7 Oct 2023 2:30 PM', '2023-10-07'],
  ])('%j is %s', (text, date) => {
    expect(readDate(text)).toEqual({ kind: 'date', date });
  });

  it('leaves DD/MM/YYYY and MM/DD/YYYY to the file to settle', () => {
    expect(readDate('07/10/2023')).toEqual({ kind: 'numeric', first: 7, second: 10, year: 2023 });
    expect(readDate('7-10-2023 09:15')).toEqual({
      kind: 'numeric',
      first: 7,
      second: 10,
      year: 2023,
    });
  });

  it('knows impossible days from text that is no date at all', () => {
    expect(readDate('31.02.2024')).toEqual({ kind: 'impossible' });
    expect(readDate('2024/13/01')).toEqual({ kind: 'impossible' });
    expect(readDate('30 Feb 2024')).toEqual({ kind: 'impossible' });
    expect(readDate('yesterday')).toEqual({ kind: 'unknown' });
    expect(readDate('7 Smarch 2023')).toEqual({ kind: 'unknown' });
  });

  it('reads spreadsheet serial numbers in the 1900 system', () => {
    expect(serialDate(45206)).toBe('2023-10-07');
    expect(serialDate(25569)).toBe('1970-01-01');
    expect(serialDate(61)).toBe('1900-03-01');
    expect(serialDate(60)).toBeNull();
    expect(serialDate(45206.75)).toBe('2023-10-07');
  });
});

describe('the day order of a file', () => {
  it('a first number over 12 anywhere settles day first for every row', () => {
    expect(datesOf(csvToDataset(csv('07/10/2023', '13/10/2023')))).toEqual([
      '2023-10-07',
      '2023-10-13',
    ]);
  });

  it('a second number over 12 anywhere settles month first', () => {
    expect(datesOf(csvToDataset(csv('07/10/2023', '10/13/2023')))).toEqual([
      '2023-07-10',
      '2023-10-13',
    ]);
  });

  it('asks once when no row settles it, creating nothing, with the dates as examples', () => {
    const result = csvToDataset(csv('07/10/2023', '08/10/2023', '07/10/2023', '2023-10-09'));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'file',
          message:
            "dates such as '07/10/2023' could be day first or month first, and no date in the file settles which",
        },
      ],
      question: {
        kind: 'day-order',
        examples: [
          { text: '07/10/2023', dayFirst: '7 October 2023', monthFirst: '10 July 2023' },
          { text: '08/10/2023', dayFirst: '8 October 2023', monthFirst: '10 August 2023' },
        ],
      },
    });
  });

  it('reads the dates in the order the user answers', () => {
    const text = csv('07/10/2023', '08/10/2023');
    expect(datesOf(csvToDataset(text, { dayOrder: 'day-first' }))).toEqual([
      '2023-10-07',
      '2023-10-08',
    ]);
    expect(datesOf(csvToDataset(text, { dayOrder: 'month-first' }))).toEqual([
      '2023-07-10',
      '2023-08-10',
    ]);
  });

  it('does not ask when the two orders read every date alike', () => {
    expect(datesOf(csvToDataset(csv('05/05/2023', '5 May 2023')))).toEqual([
      '2023-05-05',
      '2023-05-05',
    ]);
  });

  it('an answer never overrides what the file itself settles', () => {
    expect(
      datesOf(csvToDataset(csv('07/10/2023', '13/10/2023'), { dayOrder: 'month-first' })),
    ).toEqual(['2023-10-07', '2023-10-13']);
  });

  it('refuses, with the row, a date no reading makes real', () => {
    expect(problemsOf(csvToDataset(csv('07/10/2023', '31/02/2024')))).toEqual([
      "row 3: date '31/02/2024' is not a real day, read day first or month first",
    ]);
    expect(problemsOf(csvToDataset(csv('13/10/2023', '10/31/2023')))).toEqual([
      "row 3: date '10/31/2023' puts the month first, but row 2 ('13/10/2023') puts the day first",
    ]);
    expect(problemsOf(csvToDataset(csv('13/10/2023', '02/30/2023')))).toEqual([
      "row 3: date '02/30/2023' is not a real day when read day first (as row 2, '13/10/2023', shows)",
    ]);
    expect(problemsOf(csvToDataset(csv('soon')))).toEqual([
      "row 2: date 'soon' is not a date (write it like 2024-01-23, 23/01/2024, 23.01.2024 or 23 Jan 2024)",
    ]);
  });

  it('lists other problems rather than asking about a file that cannot import anyway', () => {
    const result = csvToDataset('source,target,date\nA,,07/10/2023\n');
    expect(result.ok || result.question).toBeUndefined();
    expect(problemsOf(result)).toEqual(['row 2: missing target']);
  });

  it('the Excel CSV with a byte-order mark, semicolons and CRLF asks, then imports', () => {
    const bytes = new Uint8Array(readFileSync(join(FILES, 'excel-semicolon-bom-crlf.csv')));
    const asked = importBytes('excel-semicolon-bom-crlf.csv', bytes);
    expect(asked.ok || asked.question?.kind).toBe('day-order');
    expect(
      asked.ok ||
        (asked.question?.kind === 'day-order' && asked.question.examples.map((e) => e.text)),
    ).toEqual(['07/10/2023', '08/10/2023', '11/10/2023']);
    const answered = importBytes('excel-semicolon-bom-crlf.csv', bytes, {
      answers: { dayOrder: 'day-first' },
    });
    expect(answered.ok && answered.dataset.actors.map((a) => a.name)).toEqual([
      'Café Group',
      'Harbour Authority',
      'Ministry of Interior',
      'Northern Brigade',
    ]);
    expect(datesOf(answered)).toEqual(['2023-10-07', '2023-10-08', '2023-10-11', '']);
  });
});
