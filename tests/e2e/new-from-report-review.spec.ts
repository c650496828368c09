// "New from report" in the browser, on texts written for these tests (no seed report needed):
// an HTML file's scripts never run, the page answers input while a long report drafts, and
// rejecting or swapping candidates changes what is created.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, openTable, test } from './fixtures';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'draft-corpus');

const REPORT = [
  'The Coastal Command (CC) struck positions of the Iron Hand near Port Selim on Tuesday.',
  '',
  'The Fenwick Council condemned the strikes, calling them "a reckless escalation."',
].join('\n');

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'New from report' }).click();
  return page.getByRole('dialog', { name: 'New from report' });
}

test('an HTML report is read as text: its scripts and handlers never run', async ({ page }) => {
  await openApp(page);
  const dialog = await openDialog(page);
  const html =
    '<html><head><script>window.__ran = "head"</script></head><body>' +
    '<p>The Red Banner shelled Port Selim.</p><img src="x" onerror="window.__ran = \'img\'">' +
    '<script>window.__ran = "body"</script></body></html>';
  await dialog.getByLabel('Open file').setInputFiles({
    name: 'story.html',
    mimeType: 'text/html',
    buffer: Buffer.from(html),
  });
  await expect(dialog.getByLabel('Report text')).toHaveValue('The Red Banner shelled Port Selim.');
  await expect(dialog.getByText(/contains scripts: they were left out/)).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { __ran?: string }).__ran)).toBeUndefined();
});

test('the page answers typing while a long report drafts in the worker', async ({ page }) => {
  await openApp(page);
  const texts = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  // About 15,000 words: several seconds of drafting on this machine.
  const long = Array.from({ length: 9 }, () => texts.join('\n\n')).join('\n\n');
  const dialog = await openDialog(page);
  await dialog.getByLabel('Title').fill('Long report');
  await dialog.getByLabel('Report text').fill(long);
  await dialog.getByRole('button', { name: 'Find actors and relations' }).click();
  const drafting = dialog.getByRole('progressbar', { name: 'Drafting' });
  await expect(drafting).toBeVisible();
  await dialog.getByLabel('Publisher').fill('Typed while drafting');
  await expect(dialog.getByLabel('Publisher')).toHaveValue('Typed while drafting');
  // The answer came while the draft was still being made.
  await expect(drafting).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Review' })).toBeVisible({ timeout: 60_000 });
});

test('a swapped candidate is created the other way round, and rejected ones are not created', async ({
  page,
}) => {
  await openApp(page);
  const dialog = await openDialog(page);
  await dialog.getByLabel('Title').fill('Port Selim');
  await dialog.getByLabel('Report text').fill(REPORT);
  await dialog.getByLabel('Published').fill('2025-03-07');
  await dialog.getByRole('button', { name: 'Find actors and relations' }).click();
  const review = page.getByRole('dialog', { name: 'Review' });
  const items = review.getByRole('list', { name: 'Candidate relations' }).getByRole('listitem');
  await expect(items.first()).toBeVisible({ timeout: 20_000 });
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await review.getByRole('button', { name: 'Accept all' }).click();
  const strike = review.getByRole('listitem', { name: 'Coastal Command attacked Iron Hand' });
  await strike.getByRole('button', { name: 'Swap direction' }).click();
  // Every other candidate rejected: only the swapped one is created.
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    if ((await item.getAttribute('aria-label')) === 'Iron Hand attacked Coastal Command') continue;
    await item.getByRole('button', { name: 'Reject' }).click();
  }
  await review.getByRole('button', { name: 'Create dataset' }).click();
  await expect(review).toBeHidden();
  await openTable(page);
  const rows = page.getByRole('table', { name: 'Relationships' }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(/Iron Hand.*attacked.*Coastal Command/);
});
