// Excel workbooks: a sheet read as an edge list, dates as date cells or serial numbers, the sheet
// asked for when there are several, and a broken workbook refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { csvToDataset } from '../../src/model/import/csv';
import { isWorkbook } from '../../src/model/import/detect';
import { importWorkbook, sheetTable } from '../../src/model/import/xlsx';

const HEADER = ['Source', 'Target', 'Type', 'Date', 'Weight'].map((value) => ({ value }));
const EDGES = [
  [
    { value: 'Café Group' },
    { value: 'Harbour Authority' },
    { value: 'attacked' },
    { value: new Date(Date.UTC(2023, 9, 7)), type: Date, format: 'dd/mm/yyyy' },
    { value: 3 },
  ],
  [
    { value: 'Harbour Authority' },
    { value: 'Café Group' },
    { value: 'condemned' },
    // A date typed into a cell without a date format: the serial number 45207 (8 October 2023).
    { value: 45207 },
    { value: 1 },
  ],
];

async function workbook(sheets: { sheet: string; data: unknown[] }[]): Promise<Uint8Array> {
  const file =
    sheets.length === 1
      ? writeExcelFile(sheets[0]!.data as SheetData, { sheet: sheets[0]!.sheet })
      : writeExcelFile(sheets.map((s) => ({ data: s.data as SheetData, sheet: s.sheet })));
  return new Uint8Array(await file.toBuffer());
}

describe('importWorkbook', () => {
  it('reads a one-sheet workbook as an edge list, dates and serial numbers as days', async () => {
    const bytes = await workbook([{ sheet: 'Edges', data: [HEADER, ...EDGES] }]);
    expect(isWorkbook('network.xlsx', bytes)).toBe(true);
    expect(isWorkbook('network.bin', bytes)).toBe(true);
    const result = await importWorkbook('network.xlsx', bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.id).toBe('network');
    expect(result.dataset.actors.map((a) => a.name)).toEqual(['Café Group', 'Harbour Authority']);
    expect(result.dataset.relations.map((r) => [r.type, r.date, r.attributes?.Weight])).toEqual([
      ['attacked', '2023-10-07', 3],
      ['condemned', '2023-10-08', 1],
    ]);
  });

  it('asks which sheet when there are several, then reads the one chosen', async () => {
    const bytes = await workbook([
      { sheet: 'Notes', data: [[{ value: 'Collected in October' }]] },
      { sheet: 'Edges', data: [HEADER, ...EDGES] },
    ]);
    const asked = await importWorkbook('two.xlsx', bytes);
    expect(asked.ok || asked.question).toEqual({ kind: 'sheet', sheets: ['Notes', 'Edges'] });
    const answered = await importWorkbook('two.xlsx', bytes, { answers: { sheet: 'Edges' } });
    expect(answered.ok && answered.dataset.relations).toHaveLength(2);
    expect(answered.ok && answered.notices).toEqual(['read the sheet “Edges”']);
    const wrong = await importWorkbook('two.xlsx', bytes, { answers: { sheet: 'Notes' } });
    expect(wrong.ok || wrong.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "sheet “Notes”, header: missing column 'source'",
      "sheet “Notes”, header: missing column 'target'",
    ]);
  });

  it('asks day or month first for text dates in a sheet, as for a CSV', async () => {
    const bytes = await workbook([
      {
        sheet: 'Edges',
        data: [
          HEADER,
          [{ value: 'A' }, { value: 'B' }, { value: 'allied' }, { value: '07/10/2023' }],
        ],
      },
    ]);
    const asked = await importWorkbook('text-dates.xlsx', bytes);
    expect(asked.ok || asked.question?.kind).toBe('day-order');
    const answered = await importWorkbook('text-dates.xlsx', bytes, {
      answers: { dayOrder: 'month-first' },
    });
    expect(answered.ok && answered.dataset.relations[0]?.date).toBe('2023-07-10');
  });

  it('refuses a file that is not a workbook, and never an id in use', async () => {
    const broken = await importWorkbook('broken.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]));
    expect(broken.ok).toBe(false);
    expect(broken.ok || broken.problems[0]?.message).toMatch(/^is not a readable \.xlsx workbook/);
    const bytes = await workbook([{ sheet: 'Edges', data: [HEADER, ...EDGES] }]);
    const second = await importWorkbook('network.xlsx', bytes, { existingIds: ['network'] });
    expect(second.ok && second.dataset.id).toBe('network-2');
  });
});

describe('the example workbook', () => {
  it('public/examples/kh-strikes-edges.xlsx imports like the CSV it was made from', async () => {
    const dir = join(import.meta.dirname, '..', '..', 'public', 'examples');
    const bytes = new Uint8Array(readFileSync(join(dir, 'kh-strikes-edges.xlsx')));
    const result = await importWorkbook('kh-strikes-edges.xlsx', bytes);
    const csv = csvToDataset(readFileSync(join(dir, 'kh-strikes-edges.csv'), 'utf8'), {
      fileName: 'kh-strikes-edges.xlsx',
    });
    expect(result.ok && csv.ok).toBe(true);
    if (!result.ok || !csv.ok) return;
    expect(result.dataset.relations).toEqual(csv.dataset.relations);
    expect(result.dataset.relations.some((r) => r.date === '2024-01-24')).toBe(true);
  });
});

describe('sheetTable', () => {
  it('writes cells as a CSV of the sheet would read', () => {
    expect(
      sheetTable([
        ['source', 'target', 'date', 'n'],
        ['A', 'B', 45206, 45206],
        ['A', null, new Date(Date.UTC(2024, 0, 23)), true],
      ]),
    ).toEqual([
      ['source', 'target', 'date', 'n'],
      ['A', 'B', '2023-10-07', '45206'],
      ['A', '', '2024-01-23', 'true'],
    ]);
  });
});
