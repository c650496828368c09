// Excel workbooks (.xlsx) into a dataset (docs/design.md §8): a sheet read as a CSV edge list, the sheet
// asked for when there are several. read-excel-file (MIT; fflate and a SAX parser, no DOM) reads
// the workbook, so this runs in the import worker; it loads only when a workbook is opened.
import readXlsxFile from 'read-excel-file/universal';
import { tableToDataset } from './csv';
import { serialDate } from './spreadsheet-dates';
import { datasetIdFromFileName } from './unique-ids';
import type { ImportAnswers, ImportResult } from './validate';

export interface WorkbookImportOptions {
  readonly existingIds?: Iterable<string>;
  readonly answers?: ImportAnswers;
}

type Cell = string | number | boolean | Date | null | undefined | object;

const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell as `YYYY-MM-DD`: the library gives dates at UTC midnight. */
const dayOf = (date: Date) =>
  `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/**
 * A sheet's cells as text, the way a CSV of it would read: dates as `YYYY-MM-DD`, and numbers in
 * the `date` column as the spreadsheet serial numbers they are (a date typed without a date format).
 */
export function sheetTable(rows: readonly (readonly Cell[])[]): string[][] {
  const header = (rows[0] ?? []).map((c) => (typeof c === 'string' ? c.trim().toLowerCase() : ''));
  const dateColumn = header.indexOf('date');
  return rows.map((row, r) =>
    row.map((cell, c) => {
      if (cell === null || cell === undefined) return '';
      if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : dayOf(cell);
      if (typeof cell === 'number' && r > 0 && c === dateColumn) {
        return serialDate(cell) ?? String(cell);
      }
      if (typeof cell === 'object') return JSON.stringify(cell);
      return String(cell);
    }),
  );
}

/** An .xlsx file's bytes into a dataset, or its problems, or the question which sheet to read. */
export async function importWorkbook(
  name: string,
  bytes: Uint8Array,
  options: WorkbookImportOptions = {},
): Promise<ImportResult> {
  let sheets: { sheet: string; data: readonly (readonly Cell[])[] }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    sheets = (await readXlsxFile(buffer as ArrayBuffer)) as typeof sheets;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: 'file', message: `is not a readable .xlsx workbook (${message})` }],
    };
  }
  const nonEmpty = sheets.filter((s) => s.data.some((row) => row.some((c) => c !== null)));
  if (nonEmpty.length === 0) {
    return { ok: false, problems: [{ path: 'file', message: 'the workbook has no data' }] };
  }
  const wanted = options.answers?.sheet;
  const chosen = nonEmpty.length === 1 ? nonEmpty[0] : nonEmpty.find((s) => s.sheet === wanted);
  if (!chosen) {
    return {
      ok: false,
      problems: [
        {
          path: 'file',
          message: `has ${nonEmpty.length} sheets (${nonEmpty.map((s) => s.sheet).join(', ')}): choose one`,
        },
      ],
      question: { kind: 'sheet', sheets: nonEmpty.map((s) => s.sheet) },
    };
  }
  const result = tableToDataset(sheetTable(chosen.data), {
    fileName: name,
    datasetId: datasetIdFromFileName(name, options.existingIds ?? []),
    dayOrder: options.answers?.dayOrder,
  });
  if (result.ok) {
    return nonEmpty.length > 1
      ? { ...result, notices: [`read the sheet “${chosen.sheet}”`] }
      : result;
  }
  // Problems name the sheet, since rows are numbered within it.
  return nonEmpty.length > 1
    ? {
        ...result,
        problems: result.problems.map((p) =>
          p.path === 'file' ? p : { ...p, path: `sheet “${chosen.sheet}”, ${p.path}` },
        ),
      }
    : result;
}
