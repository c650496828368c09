// SVG export in the browser: a well-formed XML file whose labels are <text>, with the legend and
// caption, sized by the scale, that a browser draws as an image.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

async function exportSvg(
  page: Page,
  choose: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {},
) {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'SVG image' }).check();
  await choose(dialog);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const download = await downloading;
  const text = await readFile(await download.path(), 'utf8');
  await page.keyboard.press('Escape');
  return { name: download.suggestedFilename(), text };
}

/** Parse in the page: the browser's own XML parser says whether the file is well formed. */
function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const svg = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: svg.localName,
      namespace: svg.namespaceURI,
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
      texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
      paths: doc.getElementsByTagName('path').length,
    };
  }, text);
}

test('the SVG export is valid XML with the labels, legend and caption as <text>', async ({
  page,
}) => {
  await openApp(page);
  const { name, text } = await exportSvg(page);
  expect(name).toMatch(/^centcom-kh-2024-\d{8}\.svg$/);
  const svg = await parseSvg(page, text);
  expect(svg.error).toBe(false);
  expect(svg.root).toBe('svg');
  expect(svg.namespace).toBe('http://www.w3.org/2000/svg');
  const all = svg.texts.join('\n');
  for (const label of ['Kataib Hezbollah', 'Iran', 'US strikes on Kataib Hezbollah']) {
    expect(all).toContain(label);
  }
  // Legend entries and caption lines.
  for (const entry of ['attacked', 'allied', 'militia', 'Filters: none', 'Exported ']) {
    expect(all).toContain(entry);
  }
  expect(svg.paths).toBeGreaterThan(20);
});

test('the SVG export doubles its size at 2× and leaves out the legend when asked', async ({
  page,
}) => {
  await openApp(page);
  const one = await parseSvg(page, (await exportSvg(page)).text);
  const two = await parseSvg(
    page,
    (await exportSvg(page, (d) => d.getByRole('radio', { name: '2×' }).check())).text,
  );
  expect(Math.abs(two.width - 2 * one.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(1);
  const bare = await parseSvg(
    page,
    (
      await exportSvg(page, async (d) => {
        await d.getByRole('radio', { name: '1×' }).check();
        await d.getByRole('checkbox', { name: 'Include legend and caption' }).uncheck();
      })
    ).text,
  );
  expect(bare.height).toBeLessThan(one.height);
  expect(bare.texts.join('\n')).not.toContain('Filters: none');
});

test('the exported SVG draws as an image in the browser', async ({ page }) => {
  await openApp(page);
  const { text } = await exportSvg(page);
  // Draw it from a data: URL (allowed by img-src) onto a canvas and count inked pixels.
  const drawn = await page.evaluate(async (source) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) inked++;
    }
    return { width: canvas.width, height: canvas.height, inked, url: canvas.toDataURL() };
  }, text);
  expect(drawn.width).toBeGreaterThan(300);
  expect(drawn.inked).toBeGreaterThan(drawn.width * drawn.height * 0.01);
  await mkdir('test-results', { recursive: true });
  // Kept for a person to look at.
  await writeFile(
    'test-results/export-svg-drawn.png',
    Buffer.from(drawn.url.slice(drawn.url.indexOf(',') + 1), 'base64'),
  );
});
