// A generated 20,000-actor / 100,000-relation graph (docs/design.md §10) in the browser: a filter
// hides exactly its relations and draws without them, search selects an actor, Find path lists
// the shortest connection, and a PNG export is a real image. Correctness only, one page load:
// speed is measured by `npm run bench`.
import { readFile } from 'node:fs/promises';
import { generateDataset } from '../../bench/generate-dataset';
import {
  decodePng,
  expect,
  graphShot,
  inkOf,
  pixelDifference,
  redrawGraph,
  test,
} from './fixtures';

const dataset = generateDataset({ actors: 20_000, relations: 100_000, id: 'e2e-20k-100k' });
const body = JSON.stringify(dataset);

/** Relations, counted the way a shortest path counts them: either way along a relation. */
function distance(from: string, to: string): number {
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  };
  for (const r of dataset.relations) {
    link(r.source, r.target);
    link(r.target, r.source);
  }
  const seen = new Map([[from, 0]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    for (const n of next.get(at) ?? []) {
      if (seen.has(n)) continue;
      seen.set(n, seen.get(at)! + 1);
      if (n === to) return seen.get(n)!;
      queue.push(n);
    }
  }
  return -1;
}

/** The light theme's selection colour (src/graph/stylesheet.ts). */
const SELECTION = [0x0b, 0x57, 0xd0] as const;

/** Pixels of one colour in a screenshot. */
function colourCount(shot: Buffer, [r, g, b]: readonly number[]): number {
  const { data } = decodePng(shot);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] === r && data[i + 1] === g && data[i + 2] === b) n++;
  }
  return n;
}

test.describe.configure({ timeout: 240_000 });

test('at 20k/100k: a filter, a selection, a path and a PNG export are each right', async ({
  page,
}) => {
  await page.route('**/e2e-data/20k-100k.json', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
  await page.goto('./?data=e2e-data/20k-100k.json');
  const layout = page.getByRole('status').filter({ hasText: 'Laying out 20,000 actors' });
  await layout.getByRole('button', { name: 'Stop' }).click({ timeout: 120_000 });
  await expect(layout).toBeHidden();

  // Filter: hiding "attacked" leaves exactly the other relations in the table, and the drawing
  // loses ink; showing it again gives back the same picture.
  const attackedCount = dataset.relations.filter((r) => r.type === 'attacked').length;
  const attacked = page
    .getByRole('group', { name: 'Relationship types' })
    .getByRole('checkbox', { name: `attacked (${attackedCount})` });
  await expect(attacked).toBeChecked();
  await expect.poll(async () => inkOf(await graphShot(page)).inked).toBeGreaterThan(100_000);
  const all = await graphShot(page);
  await attacked.uncheck();
  await expect(attacked).not.toBeChecked();
  await expect.poll(async () => pixelDifference(all, await graphShot(page))).toBeGreaterThan(0.01);
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.getByRole('table', { name: 'Relationships' })).toHaveAttribute(
    'aria-rowcount',
    String(dataset.relations.length - attackedCount + 1),
  );
  await page.getByRole('tab', { name: 'Graph' }).click();
  await attacked.check();
  await expect.poll(async () => pixelDifference(all, await graphShot(page))).toBeLessThan(0.001);

  // Selection through search: the details name the actor, and the drawing shows it chosen.
  const chosen = dataset.actors[12_345]!;
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill(chosen.name);
  await search.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(chosen.name);
  // A node is a pixel or two across at this zoom: its selection ring is drawn wider than it.
  await expect
    .poll(async () => colourCount(await graphShot(page), SELECTION) - colourCount(all, SELECTION), {
      timeout: 60_000,
    })
    .toBeGreaterThan(12);

  // A path between two actors of different groups: as many steps as a breadth-first search says.
  const from = dataset.actors[7]!;
  const to = dataset.actors[19_998]!;
  const steps = distance(from.id, to.id);
  expect(steps).toBeGreaterThan(1);
  await page.getByRole('combobox', { name: 'Path from' }).fill(from.name);
  await page.getByRole('combobox', { name: 'Path to' }).fill(to.name);
  await page.getByRole('button', { name: 'Find path' }).click();
  const listed = page
    .getByRole('list', { name: 'Path' })
    .getByRole('listitem')
    .filter({ has: page.locator('strong') });
  await expect(listed).toHaveCount(steps, { timeout: 30_000 });
  await expect(listed.last()).toContainText(to.name);

  // PNG of the current view (the whole 20k grid at 1× is some 100 million pixels): a real image
  // of the panel's size plus the margin, with the graph drawn in it.
  const box = (await page.locator('#panel-graph').boundingBox())!;
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Current view' }).check();
  await dialog.getByRole('checkbox', { name: 'Include legend and caption' }).uncheck();
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Download' }).click();
  const bytes = await readFile((await (await downloading).path())!);
  const png = decodePng(bytes);
  expect(Math.abs(png.width - (box.width + 48))).toBeLessThanOrEqual(1);
  expect(Math.abs(png.height - (box.height + 48))).toBeLessThanOrEqual(1);
  const ink = inkOf(bytes);
  expect(ink.inked).toBeGreaterThan(png.width * png.height * 0.02);
  expect(ink.colours).toBeGreaterThan(4);
});

test('a 20k/100k file chosen through Import is drawn with its progress shown, the page answering meanwhile', async ({
  page,
}) => {
  await page.goto('./');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (
    await choosing
  ).setFiles({ name: '20k-100k.json', mimeType: 'application/json', buffer: Buffer.from(body) });
  // The graph is drawn in slices, with a progress bar that moves.
  const progress = page.getByRole('progressbar', { name: 'Drawing progress' });
  await expect(progress).toBeVisible({ timeout: 120_000 });
  const first = Number(await progress.getAttribute('value'));
  await expect
    .poll(async () => Number((await progress.getAttribute('value')) ?? Infinity))
    .toBeGreaterThan(first);
  // The page answers while it draws: a script runs and the search box takes typing.
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('Actor');
  await expect(search).toHaveValue('Actor');
  expect(await progress.isVisible()).toBe(true);
  await expect(progress).toBeHidden({ timeout: 120_000 });
  // Then the whole graph is there: its summary counts and a drawing with ink.
  await expect(page.getByRole('complementary', { name: 'Details' })).toContainText(
    '20000 actors, 100000 relationships',
  );
  await expect.poll(async () => inkOf(await graphShot(page)).inked).toBeGreaterThan(100_000);

  // That first picture was drawn ahead, in parts, and copied: the same view drawn again the
  // usual way (moved a pixel and back) gives the same pixels.
  const layout = page.getByRole('status').filter({ hasText: 'Laying out 20,000 actors' });
  if (await layout.isVisible()) await layout.getByRole('button', { name: 'Stop' }).click();
  await expect(layout).toBeHidden();
  const copied = await graphShot(page);
  await redrawGraph(page);
  expect(pixelDifference(copied, await graphShot(page))).toBeLessThan(0.0005);
});
