// Files as analysts have them, imported in a real browser: Excel's CSVs (byte-order mark and
// semicolons, Windows-1252, UTF-16 "Unicode Text"), an .xlsx workbook, and Les Misérables as Gephi
// exports it in GEXF and GraphML, checked node by node through the app's own JSON export; then a
// GEXF and a GraphML export of the built-in dataset imported back.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import writeExcelFile from 'write-excel-file/node';
import type { Dataset } from '../../graph-data/schema';
import { expect, openApp, openTable, test } from './fixtures';

const ROOT = join(import.meta.dirname, '..', '..');
const FILES = join(ROOT, 'tests', 'fixtures', 'files');
const BAD = join(ROOT, 'tests', 'unit', 'fixtures', 'bad');

const datasetSelect = (page: Page) => page.getByRole('combobox', { name: 'Dataset' });
const relationshipsTable = (page: Page) => page.getByRole('table', { name: 'Relationships' });
const actorsTable = (page: Page) => page.getByRole('table', { name: 'Actors' });
const imported = (page: Page) => page.getByRole('status').filter({ hasText: 'Imported' });

async function chooseFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await choosing).setFiles(file);
}

/** Downloads a data export of everything through the Export dialog. */
async function exportEverything(page: Page, format: string): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.getByRole('radio', { name: 'Everything' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  await page.keyboard.press('Escape');
  return text;
}

const exportedDataset = async (page: Page) =>
  JSON.parse(await exportEverything(page, 'JSON (Actor Graph)')) as Dataset;

/** The cells of a table's body rows, as text. */
const rowsOf = (table: Locator) =>
  table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
    );

/** A tag's attributes, by regular expression: a reading of the file independent of the app's. */
function tags(source: string, name: string): Record<string, string>[] {
  return [...source.matchAll(new RegExp(`<${name}\\s([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
}

test.describe('CSVs as Excel saves them', () => {
  test('a UTF-8 CSV with a byte-order mark, semicolons, CRLF and DD/MM dates asks once, then imports', async ({
    page,
  }) => {
    await openApp(page);
    await openTable(page);
    const datasetsBefore = await datasetSelect(page).locator('option').allInnerTexts();
    await chooseFile(page, join(FILES, 'excel-semicolon-bom-crlf.csv'));
    const question = page.getByRole('dialog', { name: 'Day first or month first?' });
    await expect(question).toContainText('07/10/2023: 7 October 2023 (day first)');
    // Nothing is created while the question is open.
    expect(await datasetSelect(page).locator('option').allInnerTexts()).toEqual(datasetsBefore);
    await page.screenshot({ path: 'test-results/import-day-order-question.png' });
    await question.getByRole('button', { name: 'Day first' }).click();
    await expect(imported(page)).toContainText('from excel-semicolon-bom-crlf.csv');
    await expect(question).toBeHidden();
    await expect(datasetSelect(page)).toHaveValue('excel-semicolon-bom-crlf');
    const rows = await rowsOf(relationshipsTable(page));
    expect(rows.map((r) => r[3])).toEqual(
      expect.arrayContaining(['2023-10-07', '2023-10-08', '2023-10-11']),
    );
    await expect(actorsTable(page).getByRole('rowheader', { name: 'Café Group' })).toBeVisible();
  });

  test('a Windows-1252 CSV imports with its accents, € and curly quotes, and says so', async ({
    page,
  }) => {
    await openApp(page);
    await chooseFile(page, join(FILES, 'excel-windows-1252.csv'));
    await expect(imported(page)).toContainText('read as Windows-1252');
    await openTable(page);
    await expect(actorsTable(page).getByRole('rowheader', { name: 'Café Group' })).toBeVisible();
    await expect(relationshipsTable(page)).toContainText(
      'The authority condemned the “attack” and fined them 500 €',
    );
  });

  test('a UTF-16 "Unicode Text" export imports, with its month-name dates', async ({ page }) => {
    await openApp(page);
    await chooseFile(page, join(FILES, 'excel-unicode-text.txt'));
    await expect(imported(page)).toContainText('read as UTF-16');
    await openTable(page);
    await expect(actorsTable(page).getByRole('rowheader', { name: 'Café Group' })).toBeVisible();
    const dates = (await rowsOf(relationshipsTable(page))).map((r) => r[3]);
    expect(dates).toEqual(expect.arrayContaining(['2023-10-07', '2023-10', '2023-10-11']));
  });
});

test('an .xlsx workbook made with write-excel-file imports, after choosing its sheet', async ({
  page,
}) => {
  const header = ['Source', 'Target', 'Type', 'Date'].map((value) => ({ value }));
  const buffer = await writeExcelFile([
    { sheet: 'Notes', data: [[{ value: 'Collected in October 2023' }]] },
    {
      sheet: 'Edges',
      data: [
        header,
        [
          { value: 'Café Group' },
          { value: 'Harbour Authority' },
          { value: 'attacked' },
          { value: new Date(Date.UTC(2023, 9, 7)), type: Date, format: 'dd/mm/yyyy' },
        ],
        [{ value: 'Harbour Authority' }, { value: 'Café Group' }, { value: 'condemned' }, {}],
      ],
    },
  ]).toBuffer();
  await openApp(page);
  await chooseFile(page, {
    name: 'network.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  const question = page.getByRole('dialog', { name: 'Which sheet?' });
  await question.getByRole('button', { name: 'Edges' }).click();
  await expect(imported(page)).toContainText('from network.xlsx (read the sheet “Edges”)');
  await openTable(page);
  const rows = await rowsOf(relationshipsTable(page));
  expect(rows.map((r) => r.slice(0, 4))).toEqual([
    ['Café Group', 'attacked', 'Harbour Authority', '2023-10-07'],
    ['Harbour Authority', 'condemned', 'Café Group', 'undated'],
  ]);
});

test('Les Misérables in GEXF keeps every node, edge, position, colour, size and attribute', async ({
  page,
}) => {
  const source = await readFile(join(FILES, 'les-miserables.gexf'), 'utf8');
  await openApp(page);
  await chooseFile(page, join(FILES, 'les-miserables.gexf'));
  await expect(imported(page)).toContainText('from les-miserables.gexf');
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/import-les-miserables-gexf.png' });
  const dataset = await exportedDataset(page);

  const nodes = tags(source, 'node');
  const positions = tags(source, 'viz:position');
  const colours = tags(source, 'viz:color');
  const sizes = tags(source, 'viz:size');
  expect(nodes).toHaveLength(77);
  expect(dataset.actors.map((a) => [a.id, a.name, a.position])).toEqual(
    nodes.map((n, i) => [
      n.id,
      n.label,
      { x: Number(positions[i]!.x), y: Number(positions[i]!.y) },
    ]),
  );
  const hex = (c: Record<string, string>) =>
    `#${['r', 'g', 'b'].map((k) => Number(c[k]).toString(16).padStart(2, '0')).join('')}`;
  expect(dataset.actors.map((a) => [a.attributes?.color, a.attributes?.size])).toEqual(
    nodes.map((_, i) => [hex(colours[i]!), Number(sizes[i]!.value)]),
  );
  const attvalues = tags(source, 'attvalue');
  expect(dataset.actors.flatMap((a) => [a.attributes?.Authority, a.attributes?.Hub])).toEqual(
    attvalues.map((v) => Number(v.value)),
  );

  const edges = tags(source, 'edge');
  expect(edges).toHaveLength(254);
  expect(dataset.relations.map((r) => [r.source, r.target, r.attributes?.weight])).toEqual(
    edges.map((e) => [e.source, e.target, e.weight === undefined ? undefined : Number(e.weight)]),
  );
});

test('Les Misérables in GraphML keeps every node, edge, position and attribute', async ({
  page,
}) => {
  const source = await readFile(join(FILES, 'les-miserables.graphml'), 'utf8');
  await openApp(page);
  await chooseFile(page, join(FILES, 'les-miserables.graphml'));
  await expect(imported(page)).toContainText('from les-miserables.graphml');
  const dataset = await exportedDataset(page);

  // Each node's <data> by key, read with regular expressions.
  const nodes = [...source.matchAll(/<node id="([^"]+)">([\s\S]*?)<\/node>/g)].map((m) => ({
    id: m[1]!,
    data: Object.fromEntries(
      [...m[2]!.matchAll(/<data key="([^"]+)">([^<]*)<\/data>/g)].map((d) => [d[1], d[2]]),
    ),
  }));
  expect(nodes).toHaveLength(77);
  expect(
    dataset.actors.map((a) => [
      a.id,
      a.name,
      a.position,
      a.attributes?.['Modularity Class'],
      a.attributes?.size,
      [a.attributes?.r, a.attributes?.g, a.attributes?.b],
    ]),
  ).toEqual(
    nodes.map(({ id, data }) => [
      id,
      data.label,
      { x: Number(data.x), y: Number(data.y) },
      Number(data.modularity_class),
      Number(data.size),
      [Number(data.r), Number(data.g), Number(data.b)],
    ]),
  );
  const edges = [
    ...source.matchAll(
      /<edge [^>]*source="([^"]+)" target="([^"]+)">\s*<data key="weight">([^<]*)</g,
    ),
  ];
  expect(edges).toHaveLength(254);
  expect(dataset.relations.map((r) => [r.source, r.target, r.attributes?.weight])).toEqual(
    edges.map((e) => [e[1], e[2], Number(e[3])]),
  );
});

for (const [format, ext] of [
  ['GEXF (Gephi)', 'gexf'],
  ['GraphML (Gephi, yEd, Cytoscape)', 'graphml'],
] as const) {
  test(`a ${ext.toUpperCase()} export of the built-in dataset imports back with the same table`, async ({
    page,
  }) => {
    await openApp(page);
    await openTable(page);
    const actorsBefore = await rowsOf(actorsTable(page));
    const relationsBefore = await rowsOf(relationshipsTable(page));
    const text = await exportEverything(page, format);
    await chooseFile(page, {
      name: `kh.${ext}`,
      mimeType: 'application/xml',
      buffer: Buffer.from(text),
    });
    await expect(imported(page)).toContainText(`from kh.${ext}`);
    await expect(datasetSelect(page)).toHaveValue('kh');
    // GraphML writes a parent's actors inside it, so the order of the list may change.
    const sorted = (rows: string[][]) => rows.map((r) => r.join('\t')).sort();
    expect(sorted(await rowsOf(actorsTable(page)))).toEqual(sorted(actorsBefore));
    expect(sorted(await rowsOf(relationshipsTable(page)))).toEqual(sorted(relationsBefore));
    expect(actorsBefore.length).toBeGreaterThan(10);
  });
}

test('bad XML is refused with its place, entity bombs unexpanded, and nothing changes', async ({
  page,
}) => {
  await openApp(page);
  await openTable(page);
  const before = await relationshipsTable(page).innerText();
  const datasetsBefore = await datasetSelect(page).locator('option').allInnerTexts();
  for (const [file, problem] of [
    ['malformed-mismatched-tag.gexf', 'line 6, column 5: not valid XML: </nodes> closes <node>'],
    ['billion-laughs.graphml', 'a DOCTYPE with declarations is refused'],
    ['graphml-dangling-edge.graphml', "line 8, column 5, edge 'e2' target: no actor 'kh2'"],
  ] as const) {
    await chooseFile(page, join(BAD, file));
    const alert = page.getByRole('alert').filter({ hasText: `Could not import ${file}` });
    await expect(alert).toContainText('nothing was changed');
    await expect(alert).toContainText(problem);
    await expect(datasetSelect(page)).toHaveValue('centcom-kh-2024');
    expect(await datasetSelect(page).locator('option').allInnerTexts()).toEqual(datasetsBefore);
    expect(await relationshipsTable(page).innerText()).toBe(before);
  }
});
