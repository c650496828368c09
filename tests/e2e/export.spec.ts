// Export through the dialog: real PNG files of the right size, and JSON that parses back.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { decodePng, expect, inkOf, openApp, test } from './fixtures';

async function exportWith(
  page: Page,
  choose: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await choose(dialog);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const download = await downloading;
  const path = await download.path();
  const bytes = await readFile(path);
  await page.keyboard.press('Escape');
  return { name: download.suggestedFilename(), bytes };
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
};

test('PNG export is a real image, twice the size at 2×, in several colours', async ({ page }) => {
  await openApp(page);
  const one = await exportWith(page, async (d) => {
    await expect(d.getByRole('radio', { name: 'PNG image' })).toBeChecked();
    await expect(d.getByRole('checkbox', { name: 'Include legend and caption' })).toBeChecked();
    await d.getByRole('radio', { name: '1×' }).check();
  });
  expect(one.name).toBe(`centcom-kh-2024-${today()}.png`);
  expect(one.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const two = await exportWith(page, (d) => d.getByRole('radio', { name: '2×' }).check());
  const a = inkOf(one.bytes);
  const b = inkOf(two.bytes);
  expect(a.width).toBeGreaterThan(300);
  expect(a.height).toBeGreaterThan(300);
  expect(Math.abs(b.width - 2 * a.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(b.height - 2 * a.height)).toBeLessThanOrEqual(4);
  expect(a.colours).toBeGreaterThan(8);
  expect(a.inked).toBeGreaterThan(a.width * a.height * 0.02);
});

test('PNG export without legend, transparent, is just the graph', async ({ page }) => {
  await openApp(page);
  const withLegend = await exportWith(page, async () => {});
  const bare = await exportWith(page, async (d) => {
    await d.getByRole('checkbox', { name: 'Include legend and caption' }).uncheck();
    await d.getByRole('radio', { name: 'Transparent' }).check();
  });
  const png = decodePng(bare.bytes);
  expect(png.height).toBeLessThan(decodePng(withLegend.bytes).height);
  expect(png.data[3]).toBe(0); // a corner pixel is transparent
});

test('JSON export of everything parses back into the same dataset', async ({ page }) => {
  await openApp(page);
  const file = await exportWith(page, async (d) => {
    await d.getByRole('radio', { name: 'JSON (Actor Graph)' }).check();
    await d.getByRole('radio', { name: 'Everything' }).check();
  });
  expect(file.name).toBe(`centcom-kh-2024-${today()}.json`);
  expect(JSON.parse(file.bytes.toString('utf8'))).toEqual(
    JSON.parse(JSON.stringify(centcomKh2024)),
  );
});

test('JSON export of what is shown leaves out a hidden type', async ({ page }) => {
  await openApp(page);
  await page.getByRole('checkbox', { name: /^condemned/ }).uncheck();
  const file = await exportWith(page, (d) =>
    d.getByRole('radio', { name: 'JSON (Actor Graph)' }).check(),
  );
  const parsed = JSON.parse(file.bytes.toString('utf8')) as typeof centcomKh2024;
  expect(parsed.relations.map((r) => r.type)).not.toContain('condemned');
  expect(parsed.relations).toHaveLength(
    centcomKh2024.relations.filter((r) => r.type !== 'condemned').length,
  );
});

/** Cytoscape's own PNG of the whole graph at 1× on white (it registers itself on its container). */
async function cytoscapePng(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const container = document.querySelector('.__________cytoscape_container') as
      (Element & { _cyreg?: { cy?: { png(o: object): string } } }) | null;
    const url = container?._cyreg?.cy?.png({ full: true, scale: 1, bg: '#ffffff' }) ?? '';
    return url.slice(url.indexOf(',') + 1);
  });
  return Buffer.from(base64, 'base64');
}

/** Counts Cytoscape's `style` events from now on; the returned function reads the count. */
async function countRestyles(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const container = document.querySelector('.__________cytoscape_container') as
      (Element & { _cyreg?: { cy?: { on(e: string, f: () => void): void } } }) | null;
    const w = window as unknown as { restyles: number };
    w.restyles = 0;
    container?._cyreg?.cy?.on('style', () => w.restyles++);
  });
  return () => page.evaluate(() => (window as unknown as { restyles: number }).restyles);
}

test('PNG export draws the graph exactly as Cytoscape does, inside a white margin', async ({
  page,
}) => {
  await openApp(page);
  const restyles = await countRestyles(page);
  const file = await exportWith(page, (d) =>
    d.getByRole('checkbox', { name: 'Include legend and caption' }).uncheck(),
  );
  // Drawing the export restyles nothing (Cytoscape's own node drawing would, twice a node).
  expect(await restyles()).toBe(0);
  const png = decodePng(file.bytes);
  const reference = decodePng(await cytoscapePng(page));
  const margin = 24;
  expect(png.width).toBe(reference.width + 2 * margin);
  expect(png.height).toBe(reference.height + 2 * margin);
  let differing = 0;
  let marginInk = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const inside =
        x >= margin && y >= margin && x < margin + reference.width && y < margin + reference.height;
      if (!inside) {
        if (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255) marginInk++;
        continue;
      }
      const j = ((y - margin) * reference.width + (x - margin)) * 4;
      for (let c = 0; c < 4; c++) {
        if (Math.abs(png.data[i + c]! - reference.data[j + c]!) > 2) {
          differing++;
          break;
        }
      }
    }
  }
  expect(marginInk).toBe(0);
  expect(differing).toBeLessThanOrEqual(reference.width * reference.height * 0.001);
});

test('PNG export of the current view is the graph panel plus the margin', async ({ page }) => {
  await openApp(page);
  const box = await page.locator('#panel-graph').boundingBox();
  const file = await exportWith(page, async (d) => {
    await d.getByRole('radio', { name: 'Current view' }).check();
    await d.getByRole('checkbox', { name: 'Include legend and caption' }).uncheck();
  });
  const png = decodePng(file.bytes);
  expect(Math.abs(png.width - (box!.width + 48))).toBeLessThanOrEqual(1);
  expect(Math.abs(png.height - (box!.height + 48))).toBeLessThanOrEqual(1);
});
