// A large valid file (5 MB of CSV) imports with progress shown and the page still painting while
// it is parsed (in the worker). Times are printed for the report, never asserted (docs/design.md §10).
import { expect, openApp, test } from './fixtures';

function bigCsv(bytes: number): Buffer {
  const lines = ['source,target,type,date,summary'];
  const filler =
    'reported in the source text with more words to make a realistic summary line'.repeat(2);
  let size = lines[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const line = `Actor ${i % 500},Actor ${(i * 7 + 1) % 500},${i % 3 ? 'attacked' : 'allied'},2024-01-${String((i % 28) + 1).padStart(2, '0')},Row ${i} ${filler}`;
    lines.push(line);
    size += line.length + 2;
  }
  return Buffer.from(lines.join('\r\n'));
}

test('a 5 MB CSV imports with progress and the page keeps painting while it is parsed', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    const frames: number[] = [];
    Object.assign(window, { importStatusSeen: seen, frameTimes: frames });
    new MutationObserver(() => {
      for (const s of document.querySelectorAll('[role="status"]')) {
        if (s.textContent?.startsWith('Importing…')) seen.push(s.textContent);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
    const tick = (t: number) => {
      frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await openApp(page);
  const file = bigCsv(5 * 1024 * 1024);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const started = await page.evaluate(() => performance.now());
  await (await choosing).setFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: file });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'from big.csv',
    { timeout: 60_000 },
  );
  const result = await page.evaluate((t0) => {
    const w = window as unknown as { importStatusSeen: string[]; frameTimes: number[] };
    const parsed = performance.getEntriesByName('import-parsed').at(-1)?.startTime ?? NaN;
    // Frames painted between choosing the file and the parsed result: the worker's time.
    const during = w.frameTimes.filter((t) => t >= t0 && t <= parsed);
    let longest = 0;
    for (let i = 1; i < during.length; i++)
      longest = Math.max(longest, during[i]! - during[i - 1]!);
    return {
      seen: [...new Set(w.importStatusSeen)],
      parse: parsed - t0,
      total: performance.now() - t0,
      frames: during.length,
      longest,
    };
  }, started);
  console.log(
    `5 MB CSV (${file.length} bytes): read and parsed in ${Math.round(result.parse)} ms ` +
      `(${result.frames} frames painted meanwhile, longest gap ${Math.round(result.longest)} ms); ` +
      `imported and drawn after ${Math.round(result.total)} ms; progress: ${result.seen.join(' → ')}`,
  );
  expect(result.seen.length).toBeGreaterThan(0);
  expect(result.frames).toBeGreaterThan(1);
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue('big');
});
