// A generated 5,000-actor / 20,000-relation graph opens through `?data=`, filters without errors,
// and the page keeps answering input while its layout runs in the worker (docs/design.md §10). Nothing here
// is timed: speed is measured by `npm run bench`.
import { generateDataset } from '../../bench/generate-dataset';
import {
  decodePng,
  expect,
  graphShot,
  inkOf,
  pixelDifference,
  redrawGraph,
  test,
} from './fixtures';

const large = JSON.stringify(generateDataset({ actors: 5000, relations: 20000, id: 'e2e-5k' }));

test.beforeEach(async ({ page }) => {
  // Served as a same-origin file, as a dataset next to the app would be.
  await page.route('**/e2e-data/*.json', (route) =>
    route.request().url().endsWith('/5k.json')
      ? route.fulfill({ contentType: 'application/json', body: large })
      : route.fulfill({ contentType: 'application/json', body: '{"format":"actor-graph"}' }),
  );
});

test('a 5k/20k dataset opens via ?data= and a filter click answers while the layout runs', async ({
  page,
}) => {
  await page.goto('./?data=e2e-data/5k.json');
  const attacked = page
    .getByRole('group', { name: 'Relationship types' })
    .getByRole('checkbox', { name: /^attacked/ });
  await expect(attacked).toHaveAccessibleName('attacked (5000)', { timeout: 30_000 });
  const layout = page.getByRole('status').filter({ hasText: 'Laying out 5,000 actors' });
  await expect(layout).toBeVisible();
  await expect(layout.getByRole('button', { name: 'Stop' })).toBeVisible();

  // The layout runs in a worker: the page still answers a click at once.
  await attacked.uncheck();
  await expect(attacked).not.toBeChecked();
  await expect(layout).toBeVisible();

  await expect(layout).toBeHidden({ timeout: 50_000 });
  await attacked.check();
  await expect(attacked).toBeChecked();
  await expect.poll(async () => inkOf(await graphShot(page)).inked).toBeGreaterThan(5_000);
});

test('Stop ends a running layout and keeps the graph usable', async ({ page }) => {
  await page.goto('./?data=e2e-data/5k.json');
  const layout = page.getByRole('status').filter({ hasText: 'Laying out' });
  await layout.getByRole('button', { name: 'Stop' }).click({ timeout: 30_000 });
  await expect(layout).toBeHidden();
  const allied = page
    .getByRole('group', { name: 'Relationship types' })
    .getByRole('checkbox', { name: /^allied/ });
  await allied.uncheck();
  await expect(allied).not.toBeChecked();
});

test('zoomed out, a large graph is drawn in far detail and its filters change the drawing', async ({
  page,
}) => {
  await page.goto('./?data=e2e-data/5k.json');
  const layout = page.getByRole('status').filter({ hasText: 'Laying out' });
  await layout.getByRole('button', { name: 'Stop' }).click({ timeout: 30_000 });
  await expect(layout).toBeHidden();
  const types = page.getByRole('group', { name: 'Relationship types' });
  await expect.poll(async () => inkOf(await graphShot(page)).inked).toBeGreaterThan(50_000);
  const all = await graphShot(page);

  // No relationships: the 20,000 edges leave the picture, the 5,000 actors stay. (The panel
  // grows when the timeline empties, so compare the share of pixels inked.)
  // Share of the canvas's pixels that differ from its background (read inside the border).
  const share = (shot: Buffer) => {
    const { data, width, height } = decodePng(shot);
    const bg = ((5 * width + 5) * 4) as number;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== data[bg] || data[i + 1] !== data[bg + 1] || data[i + 2] !== data[bg + 2]) {
        inked++;
      }
    }
    return inked / (width * height);
  };
  const canvas = page.locator('#panel-graph .__________cytoscape_container');
  const before = share(await canvas.screenshot());
  await types.getByRole('button', { name: 'Show none' }).click();
  await expect.poll(async () => share(await canvas.screenshot())).toBeLessThan(before * 0.8);
  expect(share(await canvas.screenshot())).toBeGreaterThan(0.1);

  // All of them again: the same picture as before.
  await types.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(async () => pixelDifference(all, await graphShot(page))).toBeLessThan(0.001);
});

test('while a ?data= file loads nothing is drawn; then its graph is', async ({ page }) => {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const small = generateDataset({ actors: 30, relations: 60, id: 'e2e-slow' });
  await page.route('**/e2e-data/slow.json', async (route) => {
    await released;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(small) });
  });
  await page.goto('./?data=e2e-data/slow.json');
  await expect(page.getByRole('status').filter({ hasText: 'Loading slow.json' })).toBeVisible();
  // The built-in graph is not put on a canvas only to be replaced.
  const canvas = page.locator('#panel-graph .__________cytoscape_container');
  await page.waitForTimeout(500);
  await expect(canvas).toHaveCount(0);
  release();
  await expect(canvas).toHaveCount(1);
  await expect.poll(async () => inkOf(await graphShot(page)).inked).toBeGreaterThan(1_000);
  await expect(
    page.getByRole('group', { name: 'Relationship types' }).getByRole('checkbox').first(),
  ).toBeVisible();
});

test('a ?data= file that is not a valid dataset raises an alert and keeps the built-in one', async ({
  page,
}) => {
  await page.goto('./?data=e2e-data/broken.json');
  const alert = page.getByRole('alert').filter({ hasText: 'broken.json could not be opened' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('listitem').first()).toBeVisible();
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toContainText('Kataib');
});

test('a ?data= address on another site is refused', async ({ page }) => {
  await page.goto('./?data=https://example.com/x.json');
  await expect(page.getByRole('alert')).toContainText('only a relative address on this site');
});

test('zoomed out, a drag moves the far picture as it is and draws the graph again at rest', async ({
  page,
}) => {
  // Paths stroked or filled on the graph layer (Cytoscape's lowest canvas, z-index 1): the far
  // painter draws the graph with them.
  await page.addInitScript(() => {
    const w = window as unknown as { __paths: number };
    w.__paths = 0;
    for (const name of ['stroke', 'fill'] as const) {
      const draw = CanvasRenderingContext2D.prototype[name] as (...a: unknown[]) => void;
      CanvasRenderingContext2D.prototype[name] = function (
        this: CanvasRenderingContext2D,
        ...args: unknown[]
      ) {
        const canvas = this.canvas;
        if (canvas.isConnected && canvas.style.zIndex === '1') w.__paths++;
        return draw.apply(this, args);
      };
    }
  });
  const paths = () => page.evaluate(() => (window as unknown as { __paths: number }).__paths);
  await page.goto('./?data=e2e-data/5k.json');
  const layout = page.getByRole('status').filter({ hasText: 'Laying out' });
  await layout.getByRole('button', { name: 'Stop' }).click({ timeout: 30_000 });
  await expect(layout).toBeHidden();
  await expect.poll(async () => inkOf(await graphShot(page)).inked).toBeGreaterThan(50_000);
  await page.waitForTimeout(500);

  // The graph layer's own pixels (no overlay of the page), kept in the page under a name: a few
  // million bytes each, compared there rather than copied out.
  const layer = (name: string) =>
    page.evaluate((name) => {
      type Renderer = { NODE: number; data: { contexts: CanvasRenderingContext2D[] } };
      const container = document.querySelector('#panel-graph .__________cytoscape_container') as
        (Element & { _cyreg?: { cy?: { renderer(): Renderer } } }) | null;
      const r = container!._cyreg!.cy!.renderer();
      const context = r.data.contexts[r.NODE]!;
      const { width, height } = context.canvas;
      const w = window as unknown as { __layers?: Record<string, ImageData> };
      const image = context.getImageData(0, 0, width, height);
      (w.__layers ??= {})[name] = image;
      let inked = 0;
      for (let i = 3; i < image.data.length; i += 4) if (image.data[i]! > 0) inked++;
      return inked;
    }, name);
  /** Share of the pixels of layer `before`, moved by (dx, dy), that layer `after` does not show the same. */
  const movedDifference = (before: string, after: string, dx: number, dy: number) =>
    page.evaluate(
      ([before, after, dx, dy]) => {
        const layers = (window as unknown as { __layers: Record<string, ImageData> }).__layers;
        const { width, height, data: a } = layers[before]!;
        const b = layers[after]!.data;
        let differ = 0;
        let compared = 0;
        for (let y = 0; y < height - dy; y++) {
          for (let x = 0; x < width - dx; x++) {
            const i = 4 * (y * width + x);
            const j = 4 * ((y + dy) * width + x + dx);
            compared++;
            if ([0, 1, 2, 3].some((c) => a[i + c] !== b[j + c])) differ++;
          }
        }
        return differ / compared;
      },
      [before, after, dx, dy] as const,
    );

  const inked = await layer('before');
  expect(inked).toBeGreaterThan(20_000);
  const box = (await page.locator('#panel-graph').boundingBox())!;
  // Pressed on the empty margin above the graph: pressed on an actor, a drag would move it.
  const [x, y] = [box.x + box.width - 80, box.y + 20];
  await page.mouse.move(x, y);
  await page.mouse.down();
  const pathsBefore = await paths();
  for (let i = 1; i <= 6; i++) await page.mouse.move(x + i * 10, y + i * 5);
  await page.waitForTimeout(200);
  // While the button is held, the frame is the picture before, moved with the pointer, and no
  // path of the graph is drawn for it.
  await layer('moving');
  expect(await paths()).toBe(pathsBefore);
  expect(await movedDifference('before', 'moving', 60, 30)).toBe(0);
  await page.mouse.up();

  // At rest the graph is drawn again: the same picture as a fresh drawing of that view.
  await page.waitForTimeout(500);
  await layer('rested');
  await redrawGraph(page);
  await layer('redrawn');
  expect(await paths()).toBeGreaterThan(pathsBefore);
  expect(await movedDifference('redrawn', 'rested', 0, 0)).toBe(0);
  // And it differs from the moved copy where the copy had nothing: the strip the pan uncovered.
  expect(await movedDifference('moving', 'rested', 0, 0)).toBeGreaterThan(0);
});
