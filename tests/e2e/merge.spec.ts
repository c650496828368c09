// Many reports, one graph (docs/design.md §14), in the browser: two files that name the same actors
// differently merge into one actor each, a shared relation keeps both sources' evidence, the
// uncertain match is asked about, the Sources filter changes the drawing and the tables, a
// reload keeps it all, and undo gives both datasets back as they were.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, graphShot, openApp, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'merge');

const datasetSelect = (page: Page) => page.getByRole('combobox', { name: 'Dataset' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const relationsTable = (page: Page) => page.getByRole('table', { name: 'Relationships' });
const sourcesGroup = (page: Page) => page.getByRole('group', { name: 'Sources' });

async function importFile(page: Page, name: string) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await choosing).setFiles(join(FIXTURES, name));
  await expect(page.getByRole('status').filter({ hasText: `from ${name}` })).toBeVisible();
}

test('two reports merge into one graph with every source kept, filterable, undoable', async ({
  page,
}) => {
  await openApp(page);
  await importFile(page, 'wire.json');
  await importFile(page, 'paper.json');
  await datasetSelect(page).selectOption('merge-wire');
  await expect(details(page)).toContainText('5 actors, 4 relationships');

  // The preview: what merges, what is new, and the one match that is not certain.
  await page.getByRole('button', { name: 'Merge datasets…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge datasets' });
  await expect(dialog.getByRole('combobox', { name: 'Dataset to merge' })).toHaveValue(
    'merge-paper',
  );
  const merged = dialog.getByRole('list', { name: 'Merged' });
  await expect(merged).toContainText('US Central Command → CENTCOM (same short name “CENTCOM”)');
  await expect(merged).toContainText("Kata'ib Hizballah → Kataib Hezbollah (same name)");
  await expect(merged).toContainText('Iraqi Government → Iraqi government (same name)');
  await expect(dialog.getByRole('list', { name: 'New' })).toHaveText('Islamic Resistance in Iraq');
  const question = dialog.getByRole('group', { name: 'Is “Soleimani” already here?' });
  await question.getByRole('radio', { name: /Same as Qassem Soleimani/ }).check();
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(dialog).toBeHidden();

  // One actor per real-world actor; the other spellings kept as aliases.
  await expect(details(page)).toContainText('6 actors, 7 relationships');
  await page.getByRole('tab', { name: 'Table' }).click();
  const actorsTable = page.getByRole('table', { name: 'Actors' });
  for (const name of ['CENTCOM', 'Kataib Hezbollah', 'Qassem Soleimani', 'Iraqi government']) {
    await expect(actorsTable.getByRole('button', { name, exact: true })).toHaveCount(1);
  }
  await expect(actorsTable.getByRole('button', { name: "Kata'ib Hizballah" })).toHaveCount(0);

  // The strike both report: one relation with the evidence of each source.
  await relationsTable(page).getByRole('button', { name: 'attacked' }).click();
  await expect(details(page)).toContainText('Supported by 2 sources');
  await expect(details(page)).toContainText('Wire service item');
  await expect(details(page)).toContainText('Newspaper account');
  // The condemnation the two date differently is kept twice, each marked.
  await expect(relationsTable(page)).toContainText('≠ sources also give 2024-01-25');
  await expect(relationsTable(page)).toContainText('≠ sources also give 2024-01-24');
  // Nothing selected again (a selected row's type is a list to edit, not the row's button).
  await page.keyboard.press('Escape');
  await expect(details(page)).not.toContainText('Supported by 2 sources');

  // The Sources filter: unticking the newspaper hides what only it supports, in the table…
  await expect(page.getByRole('heading', { name: 'Relationships (7)' })).toBeVisible();
  await sourcesGroup(page).getByRole('checkbox', { name: 'Newspaper account (4)' }).uncheck();
  await expect(page.getByRole('heading', { name: 'Relationships (4)' })).toBeVisible();
  await expect(relationsTable(page).getByRole('button', { name: 'attacked' })).toHaveCount(1);
  // …and in the drawing.
  await page.getByRole('tab', { name: 'Graph' }).click();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  const without = await graphShot(page);
  await sourcesGroup(page).getByRole('checkbox', { name: 'Newspaper account (4)' }).check();
  await expect.poll(async () => (await graphShot(page)).equals(without)).toBe(false);
  await sourcesGroup(page).getByRole('checkbox', { name: 'Newspaper account (4)' }).uncheck();
  await expect.poll(() => page.url()).toContain('hidesources=paper');

  // A reload keeps the merged dataset, its sources and the hidden source.
  await page.reload();
  await expect(datasetSelect(page)).toHaveValue('merge-wire');
  await expect(
    sourcesGroup(page).getByRole('checkbox', { name: 'Newspaper account (4)' }),
  ).not.toBeChecked();
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.getByRole('heading', { name: 'Relationships (4)' })).toBeVisible();
  await sourcesGroup(page).getByRole('button', { name: 'Show all' }).click();
  await expect(page.getByRole('heading', { name: 'Relationships (7)' })).toBeVisible();

  // Undo gives the open dataset back as it was; the merged-in one never changed.
  await page.getByRole('button', { name: 'Undo merge “Paper report”' }).click();
  await expect(page.getByRole('heading', { name: 'Relationships (4)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Actors (5)' })).toBeVisible();
  await expect(sourcesGroup(page)).toHaveCount(0);
  await datasetSelect(page).selectOption('merge-paper');
  await expect(page.getByRole('heading', { name: 'Actors (5)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Relationships (4)' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Actors' }).getByRole('button', { name: "Kata'ib Hizballah" }),
  ).toHaveCount(1);
});

test('the open dataset is not offered for merging into itself, and nothing changes', async ({
  page,
}) => {
  await openApp(page);
  await importFile(page, 'wire.json');
  await page.getByRole('button', { name: 'Merge datasets…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge datasets' });
  // Only other datasets are offered; the built-in one merges in as another report would.
  await expect(
    dialog.getByRole('combobox', { name: 'Dataset to merge' }).getByRole('option', {
      name: 'Wire report',
    }),
  ).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(details(page)).toContainText('5 actors, 4 relationships');
});
