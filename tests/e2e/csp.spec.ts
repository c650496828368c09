// The built app runs under a strict Content-Security-Policy (docs/design.md §11) without violating it: not
// when it starts, imports a file (in a worker), exports PNG and SVG, or shows the table.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, openTable, test } from './fixtures';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.effectiveDirective}: ${e.blockedURI} ${e.sample}`);
    });
  });
});

const violations = (page: Page) => page.evaluate(() => window.cspViolations);

test('the page carries a strict policy: no inline script, no eval, no plugins', async ({
  page,
}) => {
  await openApp(page);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
});

test('using the app raises no CSP violation', async ({ page }) => {
  await openApp(page);
  await openTable(page);
  await page.getByRole('tab', { name: 'Graph' }).click();
  // Import runs zod and papaparse in a worker; the fallback would run them here.
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (
    await choosing
  ).setFiles(
    join(import.meta.dirname, '..', '..', 'public', 'examples', 'kh-strikes.actor-graph.json'),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  for (const format of ['PNG image', 'SVG image', 'JSON (Actor Graph)', 'CSV (relationships)']) {
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: format }).check();
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download' }).click();
    await downloading;
    await page.keyboard.press('Escape');
  }
  // Persistence (IndexedDB) after a reload, then a refused file with its alert.
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
