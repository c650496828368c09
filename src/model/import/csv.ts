// CSV edge lists and Gephi edge tables into a dataset (docs/design.md §8): one relation per row, actors from the names.
// Workbook sheets come here too, as tables of text.
import Papa from 'papaparse';
import { BUILT_IN_RELATION_TYPES } from '../../../graph-data/schema';
import {
  bothReadings,
  dayOrderOf,
  numericDate,
  readDate,
  type DayOrder,
} from './spreadsheet-dates';
import { datasetIdFromFileName, fileBaseName, slugify, UniqueIds } from './unique-ids';
import {
  formatPath,
  isForbiddenKey,
  LIMITS,
  problemList,
  shown,
  validateDataset,
  type ImportResult,
  type PathSegment,
  type Problem,
} from './validate';

export interface CsvImportOptions {
  /** Shown as the source of every relation, and the dataset's title. */
  readonly fileName?: string;
  readonly datasetId?: string;
  /** The user's answer when the file's dates could be day first or month first. */
  readonly dayOrder?: DayOrder;
}

/** Gephi's `Type` column says a direction, not a relation type. */
const DIRECTIONS: Readonly<Record<string, boolean>> = {
  directed: true,
  undirected: false,
  nondirected: false,
  mutual: false,
};

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula, so the CSV export
 * puts a `'` before such text (OWASP's advice); the import takes exactly one `'` off again, which
 * makes the round trip exact even for text that itself starts with `'=`.
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;
const unescapeFormula = (value: string): string =>
  /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;

/** The header's delimiter: the first that yields both `source` and `target` columns. */
function headerDelimiter(text: string): string {
  for (const delimiter of DELIMITERS) {
    const first = Papa.parse<string[]>(text, { delimiter, preview: 1 }).data[0] ?? [];
    const names = first.map((cell) => cell.trim().toLowerCase());
    if (names.includes('source') && names.includes('target')) return delimiter;
  }
  return ',';
}

interface Row {
  readonly number: number;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly directed: boolean;
  readonly id?: string;
  readonly date?: string;
  readonly summary?: string;
  readonly attributes?: Record<string, string | number>;
}

/**
 * CSV text into a Dataset, or every problem: `header: missing column 'target'`, `row 5: missing
 * source`. Rows are numbered as a spreadsheet shows them, the header being row 1. Columns are
 * matched by name ignoring case and spaces; values are trimmed.
 */
export function csvToDataset(text: string, options: CsvImportOptions = {}): ImportResult {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: headerDelimiter(body) });
  const problems: Problem[] = parsed.errors.map((error) => ({
    path: error.row === undefined ? 'file' : `row ${error.row + 1}`,
    message: error.message,
  }));
  return tableToDataset(parsed.data, options, problems);
}

const DAY_ORDER_WORDS: Readonly<Record<DayOrder, string>> = {
  'day-first': 'day first',
  'month-first': 'month first',
};

/**
 * A table of text (a CSV file's rows, a sheet's) with a header row into a Dataset, or every
 * problem, or a question when its dates could be read day first or month first and nothing in
 * the file settles which (`options.dayOrder` answers it). `problems` are the parser's own.
 */
export function tableToDataset(
  table: readonly (readonly string[])[],
  options: CsvImportOptions = {},
  parserProblems: readonly Problem[] = [],
): ImportResult {
  const problems: Problem[] = [...parserProblems];
  const [headerCells = [], ...records] = table;
  const header = headerCells.map((cell) => cell.trim().toLowerCase());
  if (header.every((name) => name === '')) {
    return { ok: false, problems: [{ path: 'file', message: 'the file is empty' }] };
  }
  const column = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '') return;
    if (column.has(name))
      problems.push({ path: 'header', message: `column '${name}' appears twice` });
    else column.set(name, i);
  });
  for (const required of ['source', 'target']) {
    if (!column.has(required)) {
      problems.push({ path: 'header', message: `missing column '${required}'` });
    }
  }
  if (problems.length > 0) return { ok: false, problems: problemList(problems) };

  const cell = (cells: readonly string[], name: string): string => {
    const i = column.get(name);
    return i === undefined ? '' : unescapeFormula((cells[i] ?? '').trim());
  };
  const typeColumn = column.has('type');
  const gephi =
    (column.has('label') || column.has('weight')) &&
    records.every((cells) => {
      const type = cell(cells, 'type').toLowerCase();
      return type === '' || type in DIRECTIONS;
    });

  // The day order is a property of the whole file: read every date before any row.
  const dateReadings = records.map((cells) => {
    const text = cell(cells, 'date');
    return text === '' ? null : readDate(text);
  });
  const order = dayOrderOf(dateReadings.map((r) => r ?? { kind: 'unknown' as const }));
  const dayOrder = order.settled ?? options.dayOrder;
  const settledBy = order.settled
    ? ` (as row ${order.by + 2}, ${shown(cell(records[order.by] ?? [], 'date'))}, shows)`
    : '';
  if (order.conflict) {
    const [d, m] = order.conflict;
    problems.push({
      path: `row ${m + 2}`,
      message: `date ${shown(cell(records[m] ?? [], 'date'))} puts the month first, but row ${d + 2} (${shown(cell(records[d] ?? [], 'date'))}) puts the day first`,
    });
  }
  const dateOf = (index: number, fail: (message: string) => void): string => {
    const reading = dateReadings[index];
    if (!reading) return '';
    const text = cell(records[index] ?? [], 'date');
    if (reading.kind === 'date') return reading.date;
    if (reading.kind === 'impossible') fail(`date ${shown(text)} is not a real day`);
    else if (reading.kind === 'unknown') {
      fail(
        `date ${shown(text)} is not a date (write it like 2024-01-23, 23/01/2024, 23.01.2024 or 23 Jan 2024)`,
      );
    } else if (dayOrder) {
      const date = numericDate(reading, dayOrder);
      if (date) return date;
      fail(
        `date ${shown(text)} is not a real day when read ${DAY_ORDER_WORDS[dayOrder]}${settledBy}`,
      );
    } else if (!order.conflict) {
      const either = numericDate(reading, 'day-first') ?? numericDate(reading, 'month-first');
      if (either === null) {
        fail(`date ${shown(text)} is not a real day, read day first or month first`);
      } else if (reading.first === reading.second) return either;
      // Otherwise it stays for the question, asked once the rest of the file is sound.
    }
    return '';
  };

  const rows: Row[] = [];
  const explicitIds = new Map<string, number>();
  records.forEach((cells, index) => {
    const number = index + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const at = `row ${number}`;
    const fail = (message: string) => problems.push({ path: at, message });
    // Spreadsheets pad rows with empty cells; only a value past the header's end means trouble.
    if (cells.slice(header.length).some((c) => c.trim() !== '')) {
      fail(
        `${cells.length} values but the header names ${header.length} columns (an unquoted comma?)`,
      );
      return;
    }
    const capped = (name: string, value: string, max: number) => {
      if (value.length > max) fail(`${name} longer than ${max} characters (${value.length})`);
      return value;
    };
    const source = capped('source', cell(cells, 'source'), LIMITS.name);
    const target = capped('target', cell(cells, 'target'), LIMITS.name);
    if (source === '') fail('missing source');
    if (target === '') fail('missing target');
    const rawType = capped(
      gephi ? 'label' : 'type',
      cell(cells, gephi ? 'label' : 'type'),
      LIMITS.name,
    );
    const type =
      BUILT_IN_RELATION_TYPES.find((t) => t === rawType.toLowerCase()) ?? (rawType || 'related');
    const direction = gephi ? cell(cells, 'type').toLowerCase() : '';
    const date = dateOf(index, fail);
    const summary = capped('summary', cell(cells, 'summary'), LIMITS.text);
    const id = capped('id', cell(cells, 'id'), LIMITS.name);
    if (id !== '') {
      const earlier = explicitIds.get(id);
      if (earlier !== undefined) fail(`duplicate id ${shown(id)} (also row ${earlier})`);
      else explicitIds.set(id, number);
    }
    const attributes: Record<string, string | number> = Object.create(null) as Record<
      string,
      string | number
    >;
    const consumed = new Set(['source', 'target', 'type', 'label', 'date', 'summary', 'id']);
    if (!gephi) consumed.delete('label');
    if (!gephi && !typeColumn) consumed.delete('type');
    headerCells.forEach((name, i) => {
      const key = name.trim();
      const value = unescapeFormula((cells[i] ?? '').trim());
      if (key === '' || value === '' || consumed.has(key.toLowerCase()) || isForbiddenKey(key))
        return;
      if (value.length > LIMITS.text)
        fail(`${key} longer than ${LIMITS.text} characters (${value.length})`);
      const number = Number(value);
      attributes[key] = key.toLowerCase() === 'weight' && Number.isFinite(number) ? number : value;
    });
    rows.push({
      number,
      source,
      target,
      type,
      directed: gephi ? (DIRECTIONS[direction] ?? true) : type !== 'related',
      ...(id !== '' && { id }),
      ...(date !== '' && { date }),
      ...(summary !== '' && { summary }),
      ...(Object.keys(attributes).length > 0 && { attributes }),
    });
  });
  if (problems.length === 0 && rows.length === 0) {
    problems.push({ path: 'file', message: 'no rows below the header' });
  }
  if (problems.length > 0) return { ok: false, problems: problemList(problems) };
  if (!dayOrder && order.ambiguous) {
    const examples = [...new Set(order.ambiguous.map((i) => cell(records[i] ?? [], 'date')))];
    return {
      ok: false,
      problems: [
        {
          path: 'file',
          message: `dates such as ${shown(examples[0])} could be day first or month first, and no date in the file settles which`,
        },
      ],
      question: {
        kind: 'day-order',
        examples: examples.slice(0, 3).map((text) => {
          const both = bothReadings(text);
          return {
            text,
            dayFirst: both?.['day-first'] ?? '',
            monthFirst: both?.['month-first'] ?? '',
          };
        }),
      },
    };
  }

  // Explicit relation ids first, then actor ids from names, then generated relation ids, so that
  // none of them collide (Cytoscape keeps nodes and edges in one id space).
  const ids = new UniqueIds(explicitIds.keys());
  const actorIds = new Map<string, string>();
  for (const row of rows) {
    for (const name of [row.source, row.target]) {
      if (!actorIds.has(name)) actorIds.set(name, ids.claim(slugify(name) || 'actor'));
    }
  }
  const types = new Map<string, boolean>();
  for (const row of rows) {
    if (BUILT_IN_RELATION_TYPES.some((t) => t === row.type)) continue;
    // A type is directed when any of its rows is: Gephi tables may mix directions.
    types.set(row.type, (types.get(row.type) ?? false) || row.directed);
  }
  const draft = {
    format: 'actor-graph',
    version: 1,
    id: options.datasetId ?? datasetIdFromFileName(options.fileName ?? 'edge-list'),
    title:
      (options.fileName ? fileBaseName(options.fileName) : '').trim().slice(0, LIMITS.name) ||
      'Imported edge list',
    ...(options.fileName && { description: `Imported from ${options.fileName}` }),
    sources: [],
    relationTypes: [...types].map(([id, directed]) => ({ id, label: id, directed })),
    actors: [...actorIds].map(([name, id]) => ({ id, name, kind: 'other' })),
    relations: rows.map((row) => ({
      id: row.id ?? ids.claim(`row-${row.number}`),
      source: actorIds.get(row.source),
      target: actorIds.get(row.target),
      type: row.type,
      ...(row.date !== undefined && { date: row.date }),
      ...(row.summary !== undefined && { summary: row.summary }),
      ...(row.attributes && { attributes: row.attributes }),
    })),
  };
  // Rows were checked above; anything the validator still finds is named by its row.
  const locate = (segments: readonly PathSegment[]): string => {
    const [section, index] = segments;
    const row = section === 'relations' && typeof index === 'number' ? rows[index] : undefined;
    return row ? `row ${row.number}` : formatPath(segments);
  };
  return validateDataset(draft, { fileName: options.fileName, locate });
}
