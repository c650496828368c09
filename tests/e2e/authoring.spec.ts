// Authoring on the canvas and in the tables: drag from the selected actor's handle to relate two
// actors, select several (Shift-click, Shift-drag a box) and delete them at once, edit names and
// kinds in place, and go back to any step from "History".
import type { Page } from '@playwright/test';
import { expect, nodeCentre, openApp, openTable, test } from './fixtures';

const actorsTable = (page: Page) => page.getByRole('table', { name: 'Actors' });

test('dragging from the selected actor’s handle onto another opens "Relationship" with both filled in', async ({
  page,
}) => {
  await openApp(page);
  const kh = await nodeCentre(page, 'kh');
  await page.mouse.click(kh.x, kh.y);
  const handle = page.getByRole('button', { name: 'Draw a relationship from Kataib Hezbollah' });
  await expect(handle).toBeVisible();
  const from = (await handle.boundingBox())!;
  const iran = await nodeCentre(page, 'iran');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move((from.x + iran.x) / 2, (from.y + iran.y) / 2, { steps: 5 });
  await page.mouse.move(iran.x, iran.y, { steps: 5 });
  await page.mouse.up();
  const dialog = page.getByRole('dialog', { name: 'Relationship' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Source', exact: true })).toHaveValue(
    'Kataib Hezbollah',
  );
  await expect(dialog.getByRole('combobox', { name: 'Target', exact: true })).toHaveValue('Iran');
  await dialog.getByRole('textbox', { name: 'Paragraph' }).fill('3');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('button', { name: /^Undo add Kataib Hezbollah .* Iran$/ }),
  ).toBeEnabled();
});

test('Shift-click and a Shift-drawn box select several; Delete asks, deletes them in one step, Undo brings them back', async ({
  page,
}) => {
  await openApp(page);
  const details = page.getByRole('complementary', { name: 'Details' });
  const centcom = await nodeCentre(page, 'centcom');
  const iran = await nodeCentre(page, 'iran');
  await page.mouse.click(centcom.x, centcom.y);
  await page.keyboard.down('Shift');
  await page.mouse.click(iran.x, iran.y);
  await page.keyboard.up('Shift');
  await expect(details.getByRole('heading', { name: '2 selected' })).toBeVisible();
  await expect(details.getByRole('listitem')).toHaveText(['U.S. Central Command', 'Iran']);

  // A box around Kataib Hezbollah adds it (and whatever else lies wholly in the box), drawn
  // from the empty background below and to its right.
  const kh = await nodeCentre(page, 'kh');
  await page.keyboard.down('Shift');
  await page.mouse.move(kh.x + 45, kh.y + 50);
  await page.mouse.down();
  await page.mouse.move(kh.x - 28, kh.y - 28, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(details.getByRole('listitem').filter({ hasText: 'Kataib Hezbollah' })).toHaveCount(
    1,
  );
  const count = Number(
    (await details.getByRole('heading', { name: / selected$/ }).textContent())!.split(' ')[0],
  );
  expect(count).toBeGreaterThanOrEqual(3);

  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete selection' });
  await expect(dialog).toContainText(
    /Delete 3 actors( and \d+ relationships?)? and the \d+ relationships they take part in\?/,
  );
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await openTable(page);
  for (const name of ['U.S. Central Command', 'Iran', 'Kataib Hezbollah'])
    await expect(actorsTable(page).getByRole('button', { name, exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: /^Undo delete \d+ elements$/ }).click();
  for (const name of ['U.S. Central Command', 'Iran', 'Kataib Hezbollah'])
    await expect(actorsTable(page).getByRole('button', { name, exact: true })).toHaveCount(1);
});

test('the Actors table renames and sets a kind in place; "History" goes back to any step', async ({
  page,
}) => {
  await openApp(page);
  await openTable(page);
  await actorsTable(page).getByRole('button', { name: 'Iran', exact: true }).click();
  await actorsTable(page).getByRole('button', { name: 'Rename Iran' }).click();
  const field = actorsTable(page).getByRole('textbox', { name: 'Name of Iran' });
  await field.fill('Islamic Republic of Iran');
  await field.press('Enter');
  await expect(
    actorsTable(page).getByRole('button', { name: 'Islamic Republic of Iran', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue(
    'centcom-kh-2024-edited',
  );
  await actorsTable(page)
    .getByRole('combobox', { name: 'Kind of Islamic Republic of Iran' })
    .selectOption('organization');
  await expect(
    actorsTable(page).getByRole('row', { name: /Islamic Republic of Iran/ }),
  ).toContainText('organization');

  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('group', { name: 'More' }).getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  const steps = history.getByRole('list', { name: 'Steps, newest first' }).getByRole('button');
  await expect(steps).toHaveText([
    'set kind of Islamic Republic of Iran to organization',
    'rename Iran to Islamic Republic of Iran',
    'Start of history',
  ]);
  await steps.filter({ hasText: 'Start of history' }).click();
  await history.getByRole('button', { name: 'Close' }).click();
  await expect(actorsTable(page).getByRole('button', { name: 'Iran', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Redo rename Iran/ })).toBeEnabled();
});
