// Positions belong to the dataset: a drag and a layout are stored, so they survive a switch to
// another dataset and back, a reload, and a JSON export and re-import.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Dataset, Position } from '../../graph-data/schema';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import {
  drawnCentre,
  expect,
  graphShot,
  MILITIA_ORANGE,
  openApp,
  pixelDifference,
  test,
} from './fixtures';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'public', 'examples');
const datasetSelect = (page: Page) => page.getByRole('combobox', { name: 'Dataset' });

async function chooseFile(page: Page, path: string) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await choosing).setFiles(path);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
}

/** Everything in the open dataset, as the Export dialog's JSON writes it. */
async function exportJson(page: Page): Promise<{ dataset: Dataset; path: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'JSON (Actor Graph)' }).check();
  await dialog.getByRole('radio', { name: 'Everything' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const path = await (await downloading).path();
  await page.keyboard.press('Escape');
  return { dataset: JSON.parse(await readFile(path, 'utf8')) as Dataset, path };
}

const positionOf = (dataset: Dataset, id: string): Position | undefined =>
  dataset.actors.find((a) => a.id === id)?.position;

/** Drag the one actor drawn in this fill colour by (dx, dy) screen pixels. */
async function dragActor(page: Page, fill: readonly number[], dx: number, dy: number) {
  const { x, y } = await drawnCentre(page, fill);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
  await page.mouse.up();
}

test('a dragged actor stays where it was dropped across a switch of dataset and a reload', async ({
  page,
}) => {
  await openApp(page);
  await chooseFile(page, join(EXAMPLES, 'kh-strikes-edges.csv'));
  await datasetSelect(page).selectOption(centcomKh2024.id);
  // Kataib Hezbollah is the only militia: the only actor filled in the militia orange.
  await dragActor(page, MILITIA_ORANGE, 160, 90);

  const moved = positionOf((await exportJson(page)).dataset, 'kh')!;
  const start = positionOf(centcomKh2024, 'kh')!;
  expect(moved.x - start.x).toBeGreaterThan(20);
  expect(moved.y - start.y).toBeGreaterThan(10);

  await datasetSelect(page).selectOption('kh-strikes-edges');
  await datasetSelect(page).selectOption(centcomKh2024.id);
  expect(positionOf((await exportJson(page)).dataset, 'kh')).toEqual(moved);

  await page.waitForTimeout(1200); // stored within a second
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
  await expect.poll(async () => positionOf((await exportJson(page)).dataset, 'kh')).toEqual(moved);
});

test('a laid-out graph exports its positions and opens in the same picture when re-imported', async ({
  page,
}, testInfo) => {
  await openApp(page);
  await chooseFile(page, join(EXAMPLES, 'kh-strikes-edges.csv'));
  await page.waitForTimeout(500);
  const first = await exportJson(page);
  expect(first.dataset.actors.length).toBeGreaterThan(5);
  for (const actor of first.dataset.actors) {
    expect(actor.position, `position of ${actor.id}`).toBeDefined();
  }
  const before = await graphShot(page);

  const copy = testInfo.outputPath('laid-out.json');
  await writeFile(copy, await readFile(first.path));
  await chooseFile(page, copy);
  await expect(datasetSelect(page)).not.toHaveValue('kh-strikes-edges');
  await page.waitForTimeout(500);
  const second = await exportJson(page);
  for (const actor of first.dataset.actors) {
    expect(positionOf(second.dataset, actor.id), actor.id).toEqual(actor.position);
  }
  expect(pixelDifference(before, await graphShot(page))).toBeLessThan(0.01);
});
