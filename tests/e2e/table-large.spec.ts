// The Table tab on a generated 20,000-actor / 80,000-relation graph (docs/design.md §6, §10): each table
// keeps only a window of rows in the DOM, says its full size to screen readers, and scrolling or
// the keyboard reaches the last row. Nothing here is timed: speed is measured by `npm run bench`.
import type { Locator, Page } from '@playwright/test';
import { generateDataset } from '../../bench/generate-dataset';
import { expect, openTable, test } from './fixtures';

const ACTORS = 20_000;
const large = JSON.stringify(generateDataset({ actors: ACTORS, relations: 80_000, id: 'e2e-20k' }));
/** Few enough that the table is plainly virtual: the Actors box shows about 12 rows. */
const MOST_ROWS = 100;

const actorsTable = (page: Page) => page.getByRole('table', { name: 'Actors' });
const bodyRows = (table: Locator) => table.locator('tbody tr');

/** Opens the 20k graph, stops its layout (the table needs none) and shows the Table tab. */
async function openLargeTable(page: Page) {
  await page.route('**/e2e-data/20k.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: large }),
  );
  await page.goto('./?data=e2e-data/20k.json');
  const layout = page.getByRole('status').filter({ hasText: 'Laying out' });
  await layout.getByRole('button', { name: 'Stop' }).click({ timeout: 60_000 });
  await expect(layout).toBeHidden();
  await openTable(page);
  await expect(page.getByRole('heading', { name: `Actors (${ACTORS})` })).toBeVisible();
}

test.describe.configure({ timeout: 120_000 });

test('the Table tab of a 20k/80k graph keeps few rows in the DOM and scrolls to the last', async ({
  page,
}) => {
  await openLargeTable(page);
  const actors = actorsTable(page);
  await expect(actors).toHaveAttribute('aria-rowcount', String(ACTORS + 1));
  const relations = page.getByRole('table', { name: 'Relationships' });
  await expect(relations).toHaveAttribute('aria-rowcount', /^\d{5,}$/);
  expect(await bodyRows(actors).count()).toBeLessThanOrEqual(MOST_ROWS);
  expect(await bodyRows(relations).count()).toBeLessThanOrEqual(MOST_ROWS);
  await expect(bodyRows(actors).first()).toHaveAttribute('aria-rowindex', '2');

  // Rows are as tall as the virtualiser assumes, or the last one would not line up at the end.
  const box = actors.locator('xpath=ancestor::div[contains(@class,"table-scroll")]');
  await box.hover();
  await page.mouse.wheel(0, 1_000_000);
  const last = actors.locator(`tr[aria-rowindex="${ACTORS + 1}"]`);
  await expect(last).toBeVisible();
  await expect(last).toBeInViewport();
  expect(await bodyRows(actors).count()).toBeLessThanOrEqual(MOST_ROWS);
  await expect(actors.locator('tr[aria-rowindex="2"]')).toHaveCount(0);
  const gap = await box.evaluate((el) => {
    const rows = el.querySelectorAll('tbody tr');
    const lastRow = rows[rows.length - 1]!.getBoundingClientRect();
    return el.getBoundingClientRect().bottom - lastRow.bottom;
  });
  // The last row ends at the bottom of the box (give or take its border and a rounding pixel).
  expect(Math.abs(gap)).toBeLessThanOrEqual(3);

  // Choosing the last row selects that actor.
  const name = (await last.getByRole('button').textContent())!;
  await last.getByRole('button').click();
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(name);
  await expect(last).toHaveAttribute('aria-current', 'true');
});

test('the keyboard walks a 20k-row table: Tab in, End to the last row, Home back', async ({
  page,
}) => {
  await openLargeTable(page);
  const actors = actorsTable(page);
  const first = bodyRows(actors).first().getByRole('button');
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(actors.locator('tr[aria-rowindex="3"]').getByRole('button')).toBeFocused();
  await page.keyboard.press('End');
  const last = actors.locator(`tr[aria-rowindex="${ACTORS + 1}"]`);
  await expect(last.getByRole('button')).toBeFocused();
  await expect(last).toBeInViewport();
  expect(await bodyRows(actors).count()).toBeLessThanOrEqual(MOST_ROWS);
  await page.keyboard.press('Enter');
  await expect(last).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Home');
  await expect(actors.locator('tr[aria-rowindex="2"]').getByRole('button')).toBeFocused();
  // One Tab stop per table: Tab goes on to the Relationships table, not to the next actor.
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('table', { name: 'Relationships' }).locator('tbody tr button').first(),
  ).toBeFocused();
});
