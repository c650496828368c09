// The built-in graph draws, filters change the drawing and the tables, selection opens details.
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Page } from '@playwright/test';
import {
  blockDifference,
  expect,
  graphShot,
  inkOf,
  openApp,
  openTable,
  pixelDifference,
  test,
} from './fixtures';

test('the canvas draws the built-in graph in several colours', async ({ page, consoleErrors }) => {
  await openApp(page);
  const ink = inkOf(await graphShot(page));
  expect(ink.inked).toBeGreaterThan(5_000);
  expect(ink.colours).toBeGreaterThan(8);
  expect(consoleErrors).toEqual([]);
});

test('unchecking a relation type removes exactly its rows and changes the drawing', async ({
  page,
}) => {
  await openApp(page);
  const before = await graphShot(page);
  const attacked = page
    .getByRole('group', { name: 'Relationship types' })
    .getByRole('checkbox', { name: /^attacked/ });
  await expect(attacked).toHaveAccessibleName('attacked (6)');
  await attacked.uncheck();
  await page.waitForTimeout(300);
  const after = await graphShot(page);
  expect(pixelDifference(before, after)).toBeGreaterThan(0.002);

  await openTable(page);
  const rows = page.getByRole('table', { name: 'Relationships' }).locator('tbody tr');
  const expected = centcomKh2024.relations.filter((r) => r.type !== 'attacked').length;
  await expect(rows).toHaveCount(expected);
  await expect(rows.filter({ hasText: 'attacked' })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Graph' }).click();
  await attacked.check();
  await openTable(page);
  await expect(rows).toHaveCount(centcomKh2024.relations.length);
});

test('the first picture is drawn element by element and matches Cytoscape’s layered drawing', async ({
  page,
}) => {
  // Until the first painted graph, count the cached bitmaps (element textures, layers) copied
  // onto a canvas of the page: Cytoscape's own first frame draws its layers that way. And note
  // which of the page's canvases are cleared or drawn on: the first frame leaves Cytoscape's
  // empty drag and selection-box layers alone.
  await page.addInitScript(() => {
    const w = window as unknown as {
      __blitsBeforePaint: number;
      __touchedBeforePaint: Set<string>;
    };
    w.__blitsBeforePaint = 0;
    w.__touchedBeforePaint = new Set();
    const proto = CanvasRenderingContext2D.prototype as unknown as Record<
      string,
      (...a: unknown[]) => unknown
    >;
    for (const name of ['clearRect', 'fillRect', 'fill', 'stroke', 'fillText', 'drawImage']) {
      const original = proto[name]!;
      proto[name] = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
        if (
          this.canvas.isConnected &&
          performance.getEntriesByName('actor-graph:painted').length === 0
        ) {
          w.__touchedBeforePaint.add(this.canvas.style.zIndex);
        }
        return original.apply(this, args);
      };
    }
    const drawImage = CanvasRenderingContext2D.prototype.drawImage;
    CanvasRenderingContext2D.prototype.drawImage = function (
      this: CanvasRenderingContext2D,
      ...args: unknown[]
    ) {
      const source = args[0];
      if (
        this.canvas.isConnected &&
        // Cytoscape's caches are OffscreenCanvases, or canvases outside the page.
        (source instanceof OffscreenCanvas ||
          (source instanceof HTMLCanvasElement && !source.isConnected)) &&
        performance.getEntriesByName('actor-graph:painted').length === 0
      ) {
        w.__blitsBeforePaint++;
      }
      return (drawImage as (...a: unknown[]) => void).apply(this, args);
    };
  });
  await openApp(page);
  const beforePaint = await page.evaluate(() => {
    const w = window as unknown as {
      __blitsBeforePaint: number;
      __touchedBeforePaint: Set<string>;
    };
    const layers = [...document.querySelectorAll('#panel-graph canvas')].map(
      (c) => (c as HTMLCanvasElement).style.zIndex,
    );
    return { blits: w.__blitsBeforePaint, touched: [...w.__touchedBeforePaint], layers };
  });
  expect(beforePaint.blits).toBe(0);
  // Cytoscape's three canvases, of which only the graph's (the lowest) was drawn.
  expect(beforePaint.layers).toHaveLength(3);
  const lowest = String(Math.min(...beforePaint.layers.map(Number)));
  expect(beforePaint.touched).toEqual([lowest]);

  // The same view drawn both ways: Cytoscape's layers once they are built, then element by
  // element again (the first-frame hook draws directly whenever the cache has not drawn yet).
  const redraw = (direct: boolean) =>
    page.evaluate(async (direct) => {
      type Cy = {
        renderer(): { data: { lyrTxrCache: { firstGet: boolean } } };
        forceRender(): void;
      };
      const container = document.querySelector('#panel-graph .__________cytoscape_container') as
        (Element & { _cyreg?: { cy?: Cy } }) | null;
      const cy = container!._cyreg!.cy!;
      const cache = cy.renderer().data.lyrTxrCache;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      if (direct) cache.firstGet = true;
      cy.forceRender();
      await frame();
      await frame();
      return cache.firstGet;
    }, direct);
  await page.waitForTimeout(1000);
  expect(await redraw(false)).toBe(false);
  const layered = await graphShot(page);
  expect(await redraw(true)).toBe(false);
  const direct = await graphShot(page);
  expect(inkOf(direct).inked).toBeGreaterThan(5_000);
  // Straight strokes are sharper than copied bitmaps: compare squares of 4 × 4 pixels.
  expect(blockDifference(layered, direct)).toBeLessThan(0.001);
});

test('clicking an actor opens its details; Escape clears', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Search actors' }).fill("kata'ib");
  await page.keyboard.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Kataib Hezbollah');
  await expect(details).toContainText('paragraph 8');
  await page.locator('body').press('Escape');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(centcomKh2024.title);
});

test('choosing a table row selects the element and fades the rest of the drawing', async ({
  page,
}) => {
  await openApp(page);
  const before = await graphShot(page);
  await openTable(page);
  await page.getByRole('table', { name: 'Actors' }).getByRole('button', { name: 'Iran' }).click();
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Iran');
  await page.getByRole('tab', { name: 'Graph' }).click();
  await page.waitForTimeout(300);
  expect(pixelDifference(before, await graphShot(page))).toBeGreaterThan(0.002);
});

test('layouts are deterministic: the same data gives the same picture', async ({ page }) => {
  await openApp(page);
  const first = await graphShot(page);
  const layout = page.getByRole('combobox', { name: 'Layout' });
  await layout.selectOption('circle');
  await expect
    .poll(async () => pixelDifference(first, await graphShot(page)))
    .toBeGreaterThan(0.002);
  await layout.selectOption('fcose');
  await expect.poll(async () => pixelDifference(first, await graphShot(page))).toBe(0);

  // The address bar follows the view a moment after the change; reload once it has.
  await expect(page).not.toHaveURL(/layout=/);
  await page.reload();
  await openApp(page);
  expect(pixelDifference(first, await graphShot(page))).toBe(0);
});

/**
 * The renderer's z-sorted element ids (ours, installed by the app) and Cytoscape's own. With
 * `cached`, ours as the renderer holds them now (not sorted again), and whether that array is the
 * one `markSortedArray` marked.
 */
async function drawOrders(page: Page, cached = false) {
  return page.evaluate((cached) => {
    type Ele = { id(): string };
    type Sorted = Ele[] & { interactive: Ele[]; nondrag: Ele[]; marked?: boolean };
    type Renderer = {
      getCachedZSortedEles(force?: boolean): Sorted;
      cachedZSortedEles: Sorted | null;
    };
    const container = document.querySelector('.__________cytoscape_container') as
      (Element & { _cyreg?: { cy?: { renderer(): Renderer } } }) | null;
    const r = container!._cyreg!.cy!.renderer();
    const ids = (s: Sorted) => ({
      all: s.map((e) => e.id()),
      interactive: s.interactive.map((e) => e.id()),
      nondrag: s.nondrag.map((e) => e.id()),
    });
    const sorted = r.getCachedZSortedEles(!cached);
    const marked = sorted.marked === true;
    const ours = ids(sorted);
    const own = (Object.getPrototypeOf(r) as Renderer).getCachedZSortedEles;
    const theirs = ids(own.call(r, true));
    r.cachedZSortedEles = sorted; // ours again, as the app keeps it
    return { ours, theirs, own: Object.hasOwn(r, 'getCachedZSortedEles'), marked };
  }, cached);
}

/** Tag the renderer's sorted array, to tell later whether it was sorted again. */
async function markSortedArray(page: Page) {
  await page.evaluate(() => {
    type Renderer = { getCachedZSortedEles(): { marked?: boolean } };
    const container = document.querySelector('.__________cytoscape_container') as
      (Element & { _cyreg?: { cy?: { renderer(): Renderer } } }) | null;
    container!._cyreg!.cy!.renderer().getCachedZSortedEles().marked = true;
  });
}

test('elements are drawn and hit-tested in exactly the order Cytoscape sorts them', async ({
  page,
}) => {
  await openApp(page);
  const flat = await drawOrders(page);
  expect(flat.own).toBe(true); // the keyed sort is installed on this renderer
  expect(flat.ours.all).toHaveLength(centcomKh2024.actors.length + centcomKh2024.relations.length);
  expect(flat.ours).toEqual(flat.theirs);
  // Compound parents (their depth orders the drawing) and hidden elements.
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('checkbox', { name: 'Group by parent' }).check();
  await page.keyboard.press('Escape');
  await page
    .getByRole('group', { name: 'Relationship types' })
    .getByRole('checkbox', { name: /^condemned/ })
    .uncheck();
  const grouped = await drawOrders(page);
  expect(grouped.ours).toEqual(grouped.theirs);
  expect(grouped.ours.all).not.toEqual(flat.ours.all);
});

test('showing and hiding elements keeps the draw order and changes only what can be hit', async ({
  page,
}) => {
  await openApp(page);
  await markSortedArray(page);
  const attacked = page
    .getByRole('group', { name: 'Relationship types' })
    .getByRole('checkbox', { name: /^attacked/ });
  const before = await drawOrders(page, true);
  await attacked.uncheck();
  await expect(page.getByRole('checkbox', { name: /^attacked/ })).not.toBeChecked();
  const hidden = await drawOrders(page, true);
  expect(hidden.marked).toBe(true); // the same sorted array: no re-sort for a filter toggle
  expect(hidden.ours).toEqual(hidden.theirs);
  // The six "attacked" relations can no longer be hit; everything else still can.
  expect(hidden.ours.interactive).toHaveLength(before.ours.interactive.length - 6);
  await markSortedArray(page);
  await attacked.check();
  const shown = await drawOrders(page, true);
  expect(shown.marked).toBe(true);
  expect(shown.ours).toEqual(shown.theirs);
  expect(shown.ours).toEqual(before.ours);
});

test('the graph is painted first and the side panels mount right after it', async ({ page }) => {
  // Whether the graph's first frame had been marked when the filters first got content.
  await page.addInitScript(() => {
    const seen: { paintedBefore: boolean }[] = [];
    Object.assign(window, { __filtersSeen: seen });
    new MutationObserver(() => {
      if (seen.length > 0) return;
      const nav = document.querySelector('nav.filters-panel');
      if (nav && nav.childElementCount > 0)
        seen.push({
          paintedBefore: performance.getEntriesByName('actor-graph:painted').length > 0,
        });
    }).observe(document, { childList: true, subtree: true });
  });
  await openApp(page);
  await expect(
    page.getByRole('group', { name: 'Relationship types' }).getByRole('checkbox').first(),
  ).toBeVisible();
  const seen = await page.evaluate(
    () => (window as unknown as { __filtersSeen: { paintedBefore: boolean }[] }).__filtersSeen,
  );
  expect(seen).toHaveLength(1);
  expect(seen[0]?.paintedBefore).toBe(true);
  await expect(page.getByRole('complementary', { name: 'Details' })).toContainText(
    centcomKh2024.title,
  );
});
