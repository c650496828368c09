// `node bench/storage.mjs [--sizes 5k,20k] [--no-build]` (docs/design.md §12): what storage writes
// per edit and how long it takes, in the installed Chromium's real IndexedDB. For each size it
// opens the app on a generated dataset (a whole write, as on import), renames one actor through
// the Actor dialog and undoes it (each a write of the records it touched), and, for comparison,
// times format 1's write: the whole dataset in one record, as every edit used to do. Prints each
// write's records (chunks, steps, head), size, the page's time on it (in all, and the longest
// stretch in one task) and the time to the committed transaction (medians).
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview, runnerImport } from 'vite';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
/** Built here, out of the way of `npm run build` and of `npm run bench`'s own folder. */
const OUT = join(ROOT, 'node_modules/.cache/actor-graph-storage-bench');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const SIZES = option('--sizes', '5k').split(',');
const RUNS = Number(option('--runs', '3'));
/** Actors and relations of each size (the bench's 5k/20k, and the 20k/100k scale). */
const COUNTS = { '1k': [1000, 4000], '5k': [5000, 20000], '20k': [20000, 100000] };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

async function prepare() {
  if (!args.includes('--no-build')) {
    console.log('building the app…');
    execSync(`npx vite build --logLevel error --emptyOutDir --outDir ${OUT}`, {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const data = join(OUT, 'bench-data');
  mkdirSync(data, { recursive: true });
  const { module: gen } = await runnerImport(join(ROOT, 'bench/generate-dataset.ts'));
  for (const size of SIZES) {
    const [actors, relations] = COUNTS[size];
    const dataset = gen.generateDataset({ actors, relations, seed: 1, id: `storage-${size}` });
    writeFileSync(join(data, `${size}.json`), JSON.stringify(dataset));
  }
  const { module: paths } = await runnerImport(join(ROOT, 'tests/e2e/chromium-path.ts'));
  return { executablePath: paths.chromiumPath(), args: paths.CHROMIUM_ARGS };
}

/** The first storage write begun after `since` (page time), once made: what, how long. */
const writeAfter = (page, since, whole = false) =>
  page.evaluate(
    ({ since, whole }) =>
      new Promise((resolve, reject) => {
        const t0 = performance.now();
        const check = () => {
          const saves = performance.getEntriesByName('actor-graph:save');
          const requests = performance.getEntriesByName('actor-graph:save-requests');
          const i = saves.findIndex((s) => s.startTime >= since && s.detail.whole === whole);
          if (i >= 0 && requests.length > i) {
            const save = saves[i];
            const request = requests.find((r) => r.startTime >= save.startTime);
            resolve({
              ...save.detail,
              totalMs: save.duration,
              mainMs: save.detail.buildMs + request.duration,
              // The longest stretch the page spent on it in one task.
              longestMs: Math.max(save.detail.buildMs, request.detail.longest),
            });
          } else if (performance.now() - t0 > 300_000) reject(new Error('no write'));
          else setTimeout(check, 5);
        };
        check();
      }),
    { since, whole },
  );

/** Page time now, taken just before the next action. */
const pageNow = (page) => page.evaluate(() => performance.now());

/** Format 1's write, timed in the page: the dataset and its history in one record. */
const oneRecordWrite = (page, size) =>
  page.evaluate(async (size) => {
    const dataset = await (await fetch(`bench-data/${size}.json`)).json();
    const db = await new Promise((ok, fail) => {
      const r = indexedDB.open('storage-bench-format-1', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('datasets');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const t0 = performance.now();
    const tx = db.transaction('datasets', 'readwrite');
    tx.objectStore('datasets').put({ savedAt: Date.now(), dataset }, dataset.id);
    const mainMs = performance.now() - t0;
    const longestMs = mainMs;
    await new Promise((ok, fail) => {
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    const totalMs = performance.now() - t0;
    db.close();
    return { mainMs, longestMs, totalMs, bytes: JSON.stringify(dataset).length };
  }, size);

async function session(browser, base, size) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}?data=bench-data/${size}.json`);
  const whole = await writeAfter(page, 0, true);
  console.log(
    `  ${size}: whole write ${whole.records} records, page ${whole.mainMs.toFixed(1)} ms (longest task ${whole.longestMs.toFixed(1)} ms), committed in ${whole.totalMs.toFixed(0)} ms`,
  );
  // The first layout's positions are written too (all actors); let that pass before the edit.
  await page.waitForTimeout(3000);
  const dataset = await page.evaluate(async (size) => {
    const d = await (await fetch(`bench-data/${size}.json`)).json();
    return { name: d.actors[0].name, bytes: JSON.stringify(d).length };
  }, size);
  // One keystroke-sized edit: rename an actor in its dialog, then undo it.
  const search = page.getByRole('combobox', { name: 'Search actors' });
  const details = page.getByRole('complementary', { name: 'Details' });
  const edit = details.getByRole('button', { name: 'Edit' });
  // The search answers once its index is built: ask again until an actor is selected.
  for (let i = 0; i < 120 && !(await edit.isVisible()); i++) {
    // A 20k/100k page answers slowly while it lays out: generous timeouts.
    await search.fill(dataset.name, { timeout: 120_000 });
    await page.waitForTimeout(300);
    await search.press('Enter', { timeout: 120_000 });
    await page.waitForTimeout(700);
  }
  await edit.click({ timeout: 120_000 });
  const dialog = page.getByRole('dialog', { name: 'Actor' });
  await dialog
    .getByRole('textbox', { name: 'Name', exact: true })
    .fill(`${dataset.name} (renamed)`);
  let since = await pageNow(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  const editWrite = await writeAfter(page, since);
  await page.waitForTimeout(300);
  since = await pageNow(page);
  await page.getByRole('button', { name: /^Undo / }).click();
  const undo = await writeAfter(page, since);
  const format1 = await oneRecordWrite(page, size);
  await context.close();
  return { whole: { ...whole, bytes: dataset.bytes }, edit: editWrite, undo, format1 };
}

async function main() {
  const { executablePath, args: chromiumArgs } = await prepare();
  const server = await preview({
    root: ROOT,
    logLevel: 'error',
    build: { outDir: OUT },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const base = server.resolvedUrls.local[0];
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    for (const size of SIZES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await session(browser, base, size));
      const row = (name, pick) => {
        const xs = runs.map(pick);
        const m = (k) => median(xs.map((x) => x[k]));
        const bytes = m('bytes');
        console.log(
          `  ${name.padEnd(44)} ${String(xs[0].records ?? 1).padStart(7)} ${(bytes / 1024).toFixed(1).padStart(9)} kB ${m('mainMs').toFixed(1).padStart(9)} ms ${m('longestMs').toFixed(1).padStart(9)} ms ${m('totalMs').toFixed(1).padStart(9)} ms`,
        );
      };
      const [actors, relations] = COUNTS[size];
      console.log(
        `\n${size} (${actors} actors, ${relations} relations), median of ${RUNS}:\n  ${'write'.padEnd(44)} ${'records'.padStart(7)} ${'size'.padStart(12)} ${'main thread'.padStart(12)} ${'longest task'.padStart(12)} ${'committed'.padStart(12)}`,
      );
      row('whole dataset in chunks (open, import)', (r) => r.whole);
      row('rename one actor (its chunk + 1 undo step)', (r) => r.edit);
      row('undo it (its chunk + the history order)', (r) => r.undo);
      row('format 1: whole dataset in one record', (r) => r.format1);
    }
  } finally {
    await browser.close();
    await new Promise((ok) => server.httpServer.close(ok));
  }
}

await main();
