import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseRecord } from '../src/classroom/index.ts';
import { crowdedSession } from './classroomSessions.ts';
import { openClassroom, playTurn, scene } from './classroomSteps.ts';
import { chooseFile, localeWords } from './savedGame.ts';
import { readHook, waitUntilReady, watchPage } from './watch.ts';

test.describe.configure({ timeout: 300_000 });

const words = localeWords('en', 'ui');
const setupWords = (
  JSON.parse(readFileSync('locales/en/classroom.json', 'utf8')) as {
    setup: {
      open: string;
      openHeading: string;
      openUnchanged: string;
      openClose: string;
      record: { unreadable: string };
    };
  }
).setup;

/** The sessions this device's storage holds, as records. */
async function storedSessions(page: Page): Promise<unknown[]> {
  const raws = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('actEarly.classroom.'))
      .sort()
      .map((key) => localStorage.getItem(key) ?? ''),
  );
  return raws.map((raw) => (JSON.parse(raw) as { session: unknown }).session);
}

async function openClassFile(page: Page, path: string): Promise<void> {
  await chooseFile(page, () => page.getByRole('button', { name: setupWords.open }).click(), path);
}

test('a class file opens on the set-up: a finished session replays to its debrief, a bad one changes nothing', async ({
  page,
}, info) => {
  const finished = info.outputPath('finished.json');
  writeFileSync(finished, JSON.stringify({ ...crowdedSession(), paused: false, timer: null }));
  const bad = info.outputPath('bad.json');
  writeFileSync(bad, '{"format":"act-early-classroom","version":1,"setup":"<img src=x>"}');

  await openClassroom(page);
  await openClassFile(page, bad);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('h2')).toHaveText(setupWords.openHeading);
  await expect(dialog).toContainText(setupWords.record.unreadable);
  await expect(dialog).toContainText(setupWords.openUnchanged);
  await dialog.getByRole('button', { name: setupWords.openClose }).click();
  expect(await storedSessions(page)).toEqual([]);

  await openClassFile(page, finished);
  await scene(page, 'ClassroomDebrief');
  const [stored] = await storedSessions(page);
  const parsed = parseRecord(stored);
  expect(parsed.ok && parsed.record.log).toEqual(crowdedSession().log);
});

test('classroom storage full: the notice offers the record, which continues on another device', async ({
  page,
  browser,
  baseURL,
}, info) => {
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('./');
  await waitUntilReady(page);
  await page.locator('[data-entry="classroom"]').click();
  // The classroom loads lazily: slow on a busy machine.
  await expect
    .poll(async () => (await readHook(page)).scene, { timeout: 30_000 })
    .toBe('ClassroomSetup');
  await waitUntilReady(page);
  await page.locator('#setup-scenario').selectOption('tutorial');
  await page.getByRole('button', { name: 'Continue to the briefing' }).click();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await scene(page, 'ClassroomPlay');
  const notice = page.locator('.save-notice');
  await expect(notice.locator('p')).toHaveText(words.get('storage.notSaved') ?? '');
  // Play goes on under the notice; its download holds what was played since.
  await playTurn(page, 'Kept in a file');
  expect(await page.locator('.save-notice').count()).toBe(1);
  const downloading = page.waitForEvent('download');
  await notice.getByRole('button', { name: words.get('storage.download') }).click();
  const path = info.outputPath('class.json');
  await (await downloading).saveAs(path);
  const record = parseRecord(JSON.parse(readFileSync(path, 'utf8')));
  expect(record.ok && record.record.notes.map((note) => note.text)).toEqual(['Kept in a file']);
  expect(problems.consoleErrors).toEqual([]);

  const context = await browser.newContext({ baseURL: baseURL ?? '' });
  const other = await context.newPage();
  await openClassroom(other);
  await openClassFile(other, path);
  await scene(other, 'ClassroomPlay');
  const [stored] = await storedSessions(other);
  const reopened = parseRecord(stored);
  expect(reopened.ok && record.ok && reopened.record.log).toEqual(
    record.ok ? record.record.log : null,
  );
  await context.close();
});
