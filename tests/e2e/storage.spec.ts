// Storage in a real Chromium (docs/design.md §12): edits and their history survive a reload; a
// browser profile closed or killed in the middle of a burst of edits reopens with every edit but
// at most the last; two tabs on one dataset keep both tabs' edits; a failing store says "Not
// saved — kept in memory" and keeps the data.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path';
import { expect, openApp, test } from './fixtures';

/** Actors of the built-in dataset with names no other actor's begins with. */
const ACTORS = [
  'Lloyd Austin',
  'Yehia Rasool',
  'Qassem al-Araji',
  'Abu Mahdi al-Muhandis',
  'al-Asad Airbase',
  'Biden administration',
];
const EDITED_ID = 'centcom-kh-2024-edited';

async function findActor(page: Page, name: string) {
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill(name);
  await search.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name, exact: true })).toBeVisible();
  return details;
}

/** Give an actor a new description through its "Edit" dialog; `wait` for the dialog to close. */
async function describeActor(page: Page, name: string, text: string, wait = true) {
  const details = await findActor(page, name);
  await details.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Actor' });
  await dialog.getByRole('textbox', { name: 'Description', exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Save' }).click();
  if (wait) await expect(dialog).toBeHidden();
}

async function openEditedCopy(page: Page) {
  await page.getByRole('combobox', { name: 'Dataset' }).selectOption(EDITED_ID);
}

/** Which of the burst's actors carry their burst description. */
async function editsKept(page: Page, count: number): Promise<boolean[]> {
  const kept: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const details = await findActor(page, ACTORS[i]!);
    kept.push(((await details.textContent()) ?? '').includes(`Burst edit ${i + 1}.`));
  }
  return kept;
}

/** Edits 1..n-1 all kept, edit n kept or not: every edit but at most the last. */
function expectAllButAtMostTheLast(kept: boolean[]) {
  expect(kept.slice(0, -1), 'edits before the last').toEqual(kept.slice(0, -1).map(() => true));
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ });

test('edits and their undo steps survive a reload, and the toolbar says they are saved', async ({
  page,
}) => {
  await openApp(page);
  await describeActor(page, 'Lloyd Austin', 'First edit.');
  await describeActor(page, 'Yehia Rasool', 'Second edit.');
  await expect(saved(page)).toBeVisible();
  await page.reload();
  await openEditedCopy(page);
  await expect(await findActor(page, 'Lloyd Austin')).toContainText('First edit.');
  await expect(await findActor(page, 'Yehia Rasool')).toContainText('Second edit.');
  await page.getByRole('button', { name: 'Undo edit Yehia Rasool' }).click();
  await expect(page.getByRole('button', { name: 'Undo edit Lloyd Austin' })).toBeEnabled();
  await expect(await findActor(page, 'Yehia Rasool')).not.toContainText('Second edit.');
  await expect(page.getByRole('button', { name: 'Redo edit Yehia Rasool' })).toBeEnabled();
});

/** The installed Chromium on a profile of its own, as the user's browser would be. */
function persistentProfile(baseURL: string) {
  const dir = mkdtempSync(join(tmpdir(), 'actor-graph-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      baseURL,
      viewport: { width: 1400, height: 900 },
    });
  return { dir, launch, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function reopenAndCheck(context: BrowserContext, burst: number) {
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await openApp(page);
  await openEditedCopy(page);
  const kept = await editsKept(page, burst);
  expectAllButAtMostTheLast(kept);
  // A valid dataset: it opened, and no saved dataset was refused as damaged.
  await expect(page.getByText(/damaged and could not be opened/)).toHaveCount(0);
  expect(problems).toEqual([]);
}

test('a browser profile closed in the middle of a burst of edits reopens with every edit but at most the last', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const profile = persistentProfile(baseURL!);
  try {
    let context = await profile.launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await openApp(page);
    const burst = ACTORS.length;
    for (let i = 0; i < burst; i++) {
      await describeActor(page, ACTORS[i]!, `Burst edit ${i + 1}.`, i < burst - 1);
    }
    await context.close(); // at once after the last Save
    context = await profile.launch();
    await reopenAndCheck(context, burst);
    await context.close();
  } finally {
    profile.remove();
  }
});

test('a browser killed in the middle of a burst of edits reopens with every edit but at most the last', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const profile = persistentProfile(baseURL!);
  // Started here, not by Playwright, so that this test owns the process and can kill it.
  const browserProcess = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--user-data-dir=${profile.dir}`,
      '--remote-debugging-port=0',
      '--window-size=1400,900',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    const portFile = join(profile.dir, 'DevToolsActivePort');
    await expect.poll(() => existsSync(portFile), { timeout: 20_000 }).toBe(true);
    await expect
      .poll(() => readFileSync(portFile, 'utf8').split('\n')[0] ?? '', { timeout: 5_000 })
      .toMatch(/^\d+$/);
    const port = readFileSync(portFile, 'utf8').split('\n')[0];
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const context = browser.contexts()[0]!;
    const page = await context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(baseURL!);
    await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
    const burst = ACTORS.length;
    for (let i = 0; i < burst; i++) {
      await describeActor(page, ACTORS[i]!, `Burst edit ${i + 1}.`, i < burst - 1);
    }
    browserProcess.kill('SIGKILL'); // no unload, no flush: the process is gone
    await new Promise((resolve) => browserProcess.once('exit', resolve));
    await browser.close().catch(() => undefined);
    const reopened = await profile.launch();
    await reopenAndCheck(reopened, burst);
    await reopened.close();
  } finally {
    if (browserProcess.exitCode === null && browserProcess.signalCode === null) {
      browserProcess.kill('SIGKILL');
    }
    profile.remove();
  }
});

test('two tabs editing one dataset both keep their edits', async ({ page }) => {
  const other = await page.context().newPage();
  await openApp(page);
  await openApp(other);
  // The first edit in tab one makes the edited copy; tab two hears of it and opens it.
  await describeActor(page, 'Lloyd Austin', 'Edited in tab one.');
  const datasets = other.getByRole('combobox', { name: 'Dataset' });
  await expect(datasets.locator(`option[value="${EDITED_ID}"]`)).toHaveCount(1);
  await openEditedCopy(other);
  await expect(await findActor(other, 'Lloyd Austin')).toContainText('Edited in tab one.');
  await describeActor(other, 'Yehia Rasool', 'Edited in tab two.');
  await describeActor(page, 'Qassem al-Araji', 'Edited in tab one, again.');
  // Each tab shows the other's edit at once.
  await expect(await findActor(page, 'Yehia Rasool')).toContainText('Edited in tab two.');
  await expect(await findActor(other, 'Qassem al-Araji')).toContainText(
    'Edited in tab one, again.',
  );
  await expect(saved(page)).toBeVisible();
  await expect(saved(other)).toBeVisible();
  // Storage holds all three: a third tab reads them.
  const third = await page.context().newPage();
  await openApp(third);
  await openEditedCopy(third);
  await expect(await findActor(third, 'Lloyd Austin')).toContainText('Edited in tab one.');
  await expect(await findActor(third, 'Yehia Rasool')).toContainText('Edited in tab two.');
  await expect(await findActor(third, 'Qassem al-Araji')).toContainText(
    'Edited in tab one, again.',
  );
});

test('a full store says "Not saved — kept in memory", warns, and keeps the edit', async ({
  page,
  baseURL,
}) => {
  await openApp(page);
  // The browser's own quota for this site, made too small for any write.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(baseURL!).origin,
    quotaSize: 1,
  });
  await describeActor(page, 'Lloyd Austin', 'Kept in memory.');
  await expect(
    page.getByRole('status').filter({ hasText: 'Not saved — kept in memory' }),
  ).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: /could not be saved in this browser/ }),
  ).toBeVisible();
  await expect(await findActor(page, 'Lloyd Austin')).toContainText('Kept in memory.');
  // The data stays usable: the next edit is made and shown too.
  await describeActor(page, 'Yehia Rasool', 'Also in memory.');
  await expect(await findActor(page, 'Yehia Rasool')).toContainText('Also in memory.');
});
