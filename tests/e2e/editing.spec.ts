// Editing in the browser: an edit changes only the element it touches on the canvas; the view
// stays where the analyst put it, and the built-in dataset's first edit opens a copy.
import type { Page } from '@playwright/test';
import {
  drawnCentre,
  expect,
  graphShot,
  MILITIA_ORANGE,
  openApp,
  openTable,
  pixelDifference,
  test,
} from './fixtures';

async function zoomInOnGraph(page: Page) {
  const box = (await page.locator('#panel-graph').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.45);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120);
  await page.waitForTimeout(500);
}

test('renaming an actor redraws its label and nothing else: no actor and not the view moves', async ({
  page,
}) => {
  await openApp(page);
  await zoomInOnGraph(page);
  const at = await drawnCentre(page, MILITIA_ORANGE);
  await page.mouse.click(at.x, at.y);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Kataib Hezbollah' })).toBeVisible();
  const before = await graphShot(page);

  await details.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Actor' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('KH militia');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(details.getByRole('heading', { name: 'KH militia' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue(
    'centcom-kh-2024-edited',
  );
  await expect(page.getByText(/is built in and stays as it is/)).toBeVisible();
  await page.waitForTimeout(300);

  const after = await graphShot(page);
  const moved = await drawnCentre(page, MILITIA_ORANGE);
  expect(Math.abs(moved.x - at.x)).toBeLessThan(1.5);
  expect(Math.abs(moved.y - at.y)).toBeLessThan(1.5);
  // Only the label's few pixels differ (a refit or a rebuild would move the whole picture).
  const difference = pixelDifference(before, after);
  expect(difference).toBeGreaterThan(0);
  expect(difference).toBeLessThan(0.01);
});

test('Ctrl+Z undoes an edit and Ctrl+Shift+Z redoes it; the Undo button says what it undoes', async ({
  page,
}) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('Iran');
  await search.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Iran' })).toBeVisible();
  await details.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Actor' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Islamic Republic of Iran');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByRole('heading', { name: 'Islamic Republic of Iran' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo edit Iran' })).toBeEnabled();

  await page.locator('body').click({ position: { x: 5, y: 400 } }); // out of any text field
  await page.keyboard.press('Control+z');
  await expect(details.getByRole('heading', { name: 'Iran', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Redo edit Iran' })).toBeEnabled();
  await page.keyboard.press('Control+Shift+z');
  await expect(details.getByRole('heading', { name: 'Islamic Republic of Iran' })).toBeVisible();
});

test('Add actor puts a new actor on the canvas without moving the others; Delete asks, removes, and Undo brings it back', async ({
  page,
}) => {
  await openApp(page);
  const khBefore = await drawnCentre(page, MILITIA_ORANGE);
  await page.getByRole('button', { name: 'Add actor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Actor' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Harakat al-Nujaba');
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('coalition');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Harakat al-Nujaba' })).toBeVisible();
  await page.keyboard.press('Escape'); // clear the selection: nothing is faded
  await page.waitForTimeout(300);
  const khAfter = await drawnCentre(page, MILITIA_ORANGE);
  expect(Math.abs(khAfter.x - khBefore.x)).toBeLessThan(1.5);
  expect(Math.abs(khAfter.y - khBefore.y)).toBeLessThan(1.5);
  await openTable(page);
  await expect(
    page.getByRole('table', { name: 'Actors' }).getByText('Harakat al-Nujaba'),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Graph' }).click();

  // Select the new actor and delete it with the key; the dialog asks first.
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('Nujaba');
  await search.press('Enter');
  await expect(details.getByRole('heading', { name: 'Harakat al-Nujaba' })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 400 } }); // out of the search field
  await page.keyboard.press('Delete');
  const ask = page.getByRole('dialog', { name: 'Delete actor' });
  await expect(ask).toContainText('Delete “Harakat al-Nujaba”?');
  await ask.getByRole('button', { name: 'Delete' }).click();
  await expect(details.getByRole('heading', { name: 'Harakat al-Nujaba' })).toBeHidden();
  await page.getByRole('button', { name: 'Undo delete Harakat al-Nujaba' }).click();
  await openTable(page);
  await expect(
    page.getByRole('table', { name: 'Actors' }).getByText('Harakat al-Nujaba'),
  ).toBeVisible();
});

test('Add relationship from a selected actor draws the new edge and opens its details', async ({
  page,
}) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('Iran');
  await search.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Iran', exact: true })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 400 } }); // Iran stays selected
  await page.waitForTimeout(300);
  const before = await graphShot(page);
  await page.getByRole('button', { name: 'Add relationship' }).click();
  const dialog = page.getByRole('dialog', { name: 'Relationship' });
  await expect(dialog.getByRole('combobox', { name: 'Source', exact: true })).toHaveValue('Iran');
  await dialog.getByRole('combobox', { name: 'Target' }).fill('Iraqi government');
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption('condemned');
  await dialog.getByRole('textbox', { name: 'Paragraph' }).fill('5');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    details.getByRole('heading', { name: 'Iran condemned Iraqi government' }),
  ).toBeVisible();
  await page.waitForTimeout(300);
  expect(pixelDifference(before, await graphShot(page))).toBeGreaterThan(0.001);
  await expect(
    page.getByRole('button', { name: 'Undo add Iran condemned Iraqi government' }),
  ).toBeEnabled();
});

test('an edit is kept across a reload, and so is the step that undoes it', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('Iran');
  await search.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Actor' });
  await dialog.getByRole('textbox', { name: 'Description', exact: true }).fill('Edited.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await page.waitForTimeout(1200); // every edit is stored within a second
  await page.reload();
  const datasets = page.getByRole('combobox', { name: 'Dataset' });
  await datasets.selectOption('centcom-kh-2024-edited');
  await search.fill('Iran');
  await search.press('Enter');
  await expect(details).toContainText('Edited.');
  await page.getByRole('button', { name: 'Undo edit Iran' }).click();
  await search.fill('Iran');
  await search.press('Enter');
  await expect(details.getByRole('heading', { name: 'Iran', exact: true })).toBeVisible();
  await expect(details).not.toContainText('Edited.');
});
