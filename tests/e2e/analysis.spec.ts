// The analyst's workflow in a real browser: links that restore a view, dates, paths, focus,
// shortcuts and the dark theme.
import { centcomKh2024 as dataset } from '../../graph-data/centcom-kh-2024';
import { expect, graphShot, inkOf, openApp, openTable, pixelDifference, test } from './fixtures';
import type { Page } from '@playwright/test';

const relationRows = (page: Page) =>
  page.getByRole('table', { name: 'Relationships' }).locator('tbody tr');

test('a link with filters and a selection reopens exactly that view', async ({ page }) => {
  await openApp(page, '?hide=condemned&undated=hide&sel=actor:kh');
  const types = page.getByRole('group', { name: 'Relationship types' });
  await expect(types.getByRole('checkbox', { name: /^condemned/ })).not.toBeChecked();
  await expect(types.getByRole('checkbox', { name: /^attacked/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Include undated' })).not.toBeChecked();
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Kataib Hezbollah');
  await openTable(page);
  const expected = dataset.relations.filter((r) => r.type !== 'condemned' && r.date);
  await expect(relationRows(page)).toHaveCount(expected.length);
});

test('Copy link gives a URL that reopens the same view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await page.getByRole('checkbox', { name: /^allied/ }).uncheck();
  await page.getByRole('textbox', { name: 'From' }).fill('2024');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('hide=allied');
  expect(link).toContain('from=2024');

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('checkbox', { name: /^allied/ })).not.toBeChecked();
  await expect(other.getByRole('textbox', { name: 'From' })).toHaveValue('2024');
  await other.close();
});

test('a malformed link is ignored with a notice, not a crash', async ({ page }) => {
  await openApp(page, '?from=2024-13-45&sel=galaxy:x&zoom=9');
  await expect(page.getByText(/Ignored “from”/)).toBeVisible();
  await expect(page.getByText(/Ignored the unknown setting “zoom”/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^attacked/ })).toBeChecked();
});

test('the date range removes the right rows from the Relationships table', async ({ page }) => {
  await openApp(page);
  await openTable(page);
  await page.getByRole('textbox', { name: 'From' }).fill('2024-01-21');
  // Kept: undated relations, and dated ones that can fall on or after 21 January 2024 (a month
  // like 2024-01 can). Dropped: the 2020 strike and the al-Asad attack of 20 January.
  const kept = dataset.relations.filter(
    (r) => !r.date || (r.date.length === 7 ? r.date >= '2024-01' : r.date >= '2024-01-21'),
  );
  await expect(relationRows(page)).toHaveCount(kept.length);
  await expect(relationRows(page).filter({ hasText: 'al-Asad Airbase' })).toHaveCount(0);
  await expect(relationRows(page).filter({ hasText: '2020-01' })).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'Include undated' }).uncheck();
  await expect(relationRows(page)).toHaveCount(kept.filter((r) => r.date).length);
});

test('choosing a timeline mark selects its relationship', async ({ page }) => {
  await openApp(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('button', { name: /al-Asad Airbase, 2024-01-20/ }).click();
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Kataib Hezbollah attacked al-Asad Airbase');
});

test('a path between Qassem Soleimani and CENTCOM is found and listed', async ({ page }) => {
  await openApp(page);
  const before = await graphShot(page);
  await page.getByRole('combobox', { name: 'Path from' }).fill('Qassem Soleimani');
  await page.getByRole('combobox', { name: 'Path to' }).fill('CENTCOM');
  await page.getByRole('button', { name: 'Find path' }).click();
  const steps = page
    .getByRole('list', { name: 'Path' })
    .getByRole('listitem')
    .filter({ has: page.locator('strong') });
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText('Kataib Hezbollah');
  await expect(steps.nth(0)).toContainText('paragraph 8');
  await expect(steps.nth(1)).toContainText('U.S. Central Command');
  // The path is highlighted: the rest of the drawing fades.
  expect(pixelDifference(before, await graphShot(page))).toBeGreaterThan(0.002);
});

test('Focus shows only the neighbourhood, Expand widens it, Leave focus restores', async ({
  page,
}) => {
  await openApp(page, '?sel=actor:iran');
  await page.getByRole('button', { name: 'Focus 1 hop' }).click();
  await openTable(page);
  const actorRows = page.getByRole('table', { name: 'Actors' }).locator('tbody tr');
  // Iran, Kataib Hezbollah and the Islamic Resistance in Iraq, and the relations among them.
  await expect(actorRows).toHaveCount(3);
  await page.getByRole('button', { name: 'Expand' }).click();
  await expect.poll(() => actorRows.count()).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Leave focus' }).click();
  await expect(actorRows).toHaveCount(dataset.actors.length);
});

test('? opens the Keyboard shortcuts dialog, Escape closes it', async ({ page }) => {
  await openApp(page);
  await page.locator('body').press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Fit the graph to the window');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.locator('body').press('/');
  await expect(page.getByRole('combobox', { name: 'Search actors' })).toBeFocused();
});

test('the dark theme draws the graph light on dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  const shot = await graphShot(page);
  await test.info().attach('dark-theme', { body: shot, contentType: 'image/png' });
  const ink = inkOf(shot);
  expect(ink.colours).toBeGreaterThan(8);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(13, 17, 23)');
});

test('dragging across the timeline sets the date range', async ({ page }) => {
  await openApp(page);
  const strip = page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('group', { name: /drag to set the date range/ });
  const box = (await strip.boundingBox())!;
  // From the left end to a tenth of the way: early 2020 only, the January 2020 strike.
  await page.mouse.move(box.x + 0.2, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.05, box.y + 5, { steps: 4 });
  await page.mouse.move(box.x + box.width * 0.1, box.y + 5, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue('2020-01-01');
  await expect(page.getByRole('textbox', { name: 'To' })).toHaveValue(/^2020-/);
  await page.getByRole('checkbox', { name: 'Include undated' }).uncheck();
  await openTable(page);
  const in2020 = dataset.relations.filter((r) => r.date?.startsWith('2020'));
  await expect(relationRows(page)).toHaveCount(in2020.length);
});

test('Group by parent draws actors inside their parents', async ({ page }) => {
  await openApp(page);
  const before = await graphShot(page);
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('checkbox', { name: 'Group by parent' }).check();
  // Close the menu, so the picture compared is the graph's, not the menu over it.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('checkbox', { name: 'Group by parent' })).toBeHidden();
  await expect
    .poll(async () => pixelDifference(before, await graphShot(page)))
    .toBeGreaterThan(0.01);
  await expect(page).toHaveURL(/group=parent/);
});
