// Shared browser-test helpers: a page that fails the test on console errors, and PNG decoding.
import { test as base, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

export const test = base.extend<{ consoleErrors: string[] }>({
  // Automatic: every browser test fails on a console error or an uncaught exception.
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Open the app and wait until the graph canvas has drawn something. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
  await expect
    .poll(async () => (await inkOf(await graphShot(page))).inked, { timeout: 15_000 })
    .toBeGreaterThan(500);
}

export async function graphShot(page: Page): Promise<Buffer> {
  return page.locator('#panel-graph').screenshot();
}

export interface Ink {
  readonly width: number;
  readonly height: number;
  /** Pixels that differ from the top-left (background) pixel. */
  readonly inked: number;
  /** Distinct colours, quantised to 4 bits a channel. */
  readonly colours: number;
}

export function decodePng(buffer: Buffer): PNG {
  return PNG.sync.read(buffer);
}

export function inkOf(buffer: Buffer): Ink {
  const png = decodePng(buffer);
  const { data, width, height } = png;
  const bg = [data[0], data[1], data[2], data[3]];
  let inked = 0;
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!,
      g = data[i + 1]!,
      b = data[i + 2]!,
      a = data[i + 3]!;
    if (r !== bg[0] || g !== bg[1] || b !== bg[2] || a !== bg[3]) inked++;
    colours.add(((r >> 4) << 12) | ((g >> 4) << 8) | ((b >> 4) << 4) | (a >> 4));
  }
  return { width, height, inked, colours: colours.size };
}

/** Share of pixels that differ between two same-sized PNG screenshots. */
export function pixelDifference(a: Buffer, b: Buffer): number {
  const pa = decodePng(a);
  const pb = decodePng(b);
  if (pa.width !== pb.width || pa.height !== pb.height) return 1;
  let diff = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    if (
      pa.data[i] !== pb.data[i] ||
      pa.data[i + 1] !== pb.data[i + 1] ||
      pa.data[i + 2] !== pb.data[i + 2]
    ) {
      diff++;
    }
  }
  return diff / (pa.width * pa.height);
}

/**
 * The share of `block` × `block` squares whose mean colour differs by more than `threshold` (0–255)
 * in a channel: two drawings of the same picture that differ only in anti-aliasing and sub-pixel
 * placement (a shape drawn straight or copied from a cached bitmap) come out near 0, while a
 * missing edge, label or actor changes dozens of squares.
 */
export function blockDifference(a: Buffer, b: Buffer, block = 4, threshold = 40): number {
  const pa = decodePng(a);
  const pb = decodePng(b);
  if (pa.width !== pb.width || pa.height !== pb.height) return 1;
  let differing = 0;
  let squares = 0;
  for (let by = 0; by + block <= pa.height; by += block) {
    for (let bx = 0; bx + block <= pa.width; bx += block) {
      squares++;
      const sums = [0, 0, 0];
      for (let y = by; y < by + block; y++) {
        for (let x = bx; x < bx + block; x++) {
          const i = 4 * (y * pa.width + x);
          for (let c = 0; c < 3; c++) sums[c]! += pa.data[i + c]! - pb.data[i + c]!;
        }
      }
      if (sums.some((sum) => Math.abs(sum) / (block * block) > threshold)) differing++;
    }
  }
  return differing / squares;
}

/**
 * Draw the graph again the usual way at the same view: move it a pixel and back, two frames each.
 * What a picture copied or moved ahead of time must equal.
 */
export async function redrawGraph(page: Page): Promise<void> {
  await page.evaluate(async () => {
    type Cy = { panBy(by: { x: number; y: number }): void };
    const container = document.querySelector('#panel-graph .__________cytoscape_container') as
      (Element & { _cyreg?: { cy?: Cy } }) | null;
    const cy = container!._cyreg!.cy!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    cy.panBy({ x: 1, y: 0 });
    await frame();
    await frame();
    cy.panBy({ x: -1, y: 0 });
    await frame();
    await frame();
  });
}

/** The built-in militia fill: Kataib Hezbollah is the built-in dataset's only militia. */
export const MILITIA_ORANGE = [0xf2, 0x8e, 0x2b] as const;

/** Where pixels of this colour are drawn in the graph panel, on the page: their centre. */
export async function drawnCentre(page: Page, [r, g, b]: readonly number[]) {
  const box = (await page.locator('#panel-graph').boundingBox())!;
  const png = decodePng(await graphShot(page));
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = 4 * (y * png.width + x);
      const near = (v: number, w: number) => Math.abs(v - w) <= 6;
      if (near(png.data[i]!, r!) && near(png.data[i + 1]!, g!) && near(png.data[i + 2]!, b!)) {
        sx += x;
        sy += y;
        n++;
      }
    }
  }
  expect(n, 'pixels of the colour').toBeGreaterThan(50);
  return { x: box.x + sx / n, y: box.y + sy / n };
}

/**
 * Where Cytoscape draws an actor, on the page (its rendered position plus the canvas's offset).
 * Read from the instance react-cytoscapejs registers on its container: where to point, not what
 * is checked.
 */
export async function nodeCentre(page: Page, id: string) {
  const box = (await page.locator('#panel-graph .__________cytoscape_container').boundingBox())!;
  const at = await page.evaluate((id) => {
    type Cy = { getElementById(id: string): { renderedPosition(): { x: number; y: number } } };
    const container = document.querySelector('#panel-graph .__________cytoscape_container') as
      (Element & { _cyreg?: { cy?: Cy } }) | null;
    return container!._cyreg!.cy!.getElementById(id).renderedPosition();
  }, id);
  return { x: box.x + at.x, y: box.y + at.y };
}

/** Switch to the "Table" tab and wait for its tables (they load when first shown). */
export async function openTable(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.getByRole('table', { name: 'Actors' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Relationships' })).toBeVisible();
}
