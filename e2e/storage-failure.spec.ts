import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { chooseFile, localeWords, startScenario, storedSave } from './savedGame.ts';
import { readHook, waitUntilReady, watchPage } from './watch.ts';

// A whole game, files and fresh contexts: slow on a busy machine.
test.describe.configure({ timeout: 240_000 });

const en = localeWords('en', 'ui');
const word = (key: string, code = 'en'): string =>
  (code === 'en' ? en : localeWords(code, 'ui')).get(key) ?? key;

/** Every write to Web Storage fails as a full disk does. */
async function fillStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

/** What the situation room shows of the game: round, points and measures in play. */
async function shown(page: Page): Promise<string[]> {
  return [
    (await page.locator('.play-title p').textContent()) ?? '',
    ...(await page.locator('.role-points').allTextContents()),
    (await page.locator('.in-play-list').textContent()) ?? '',
  ];
}

/** Open a save file from the title of a fresh context (a device whose storage works). */
async function openInFreshContext(
  browser: Browser,
  baseURL: string,
  path: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('./');
  await waitUntilReady(page);
  await chooseFile(page, () => page.locator('[data-entry="open"]').click(), path);
  await expect.poll(async () => (await readHook(page)).scene).toBe('Play');
  await waitUntilReady(page);
  return { page, close: () => context.close() };
}

test('storage full: the game says so once, keeps playing, and its download opens on another device', async ({
  page,
  browser,
  baseURL,
}, info) => {
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  await fillStorage(page);
  await startScenario(page, 'closing_space', 777);
  const notice = page.locator('.save-notice');
  await expect(notice).toBeVisible();
  await expect(notice.locator('p')).toHaveText(word('storage.notSaved'));
  await page.screenshot({ path: '/tmp/lose/notice-en.png' });

  // The notice's own download: the save as it would have been stored.
  const first = page.waitForEvent('download');
  await notice.getByRole('button', { name: word('storage.download') }).click();
  const firstFile = await (await first).path();
  const started = JSON.parse(readFileSync(firstFile, 'utf8')) as { log: unknown[] };
  expect(started.log).toEqual([]);

  await notice.getByRole('button', { name: word('storage.keepPlaying') }).click();
  await expect(notice).toBeHidden();
  // A round is played while every save is refused: no crash, and the notice does not return.
  await page.locator('.card-button').first().click();
  await page.locator('.end-round').click();
  await page.locator('.modal-actions button').click();
  await page.locator('.role-tab').nth(2).click();
  await page.locator('.card-button').first().click();
  await expect(notice).toBeHidden();
  expect(await page.locator('.save-notice').count()).toBe(1);
  expect(await storedSave(page)).toBeNull();
  const before = await shown(page);

  // Later, the game menu says the game is not saved and offers the download too.
  await page.keyboard.press('Escape');
  const menu = page.getByRole('dialog');
  await expect(menu).toContainText(word('gameMenu.notSaved'));
  const later = page.waitForEvent('download');
  await menu.getByRole('button', { name: word('storage.download') }).click();
  const download = await later;
  expect(download.suggestedFilename()).toBe('act-early-game.json');
  const path = info.outputPath('act-early-game.json');
  await download.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { log: { kind: string }[] };
  expect(saved.log.map((action) => action.kind)).toEqual([
    'takeMeasure',
    'endRound',
    'takeMeasure',
  ]);
  expect(problems.consoleErrors).toEqual([]);

  const fresh = await openInFreshContext(browser, baseURL ?? '', path);
  expect(await shown(fresh.page)).toEqual(before);
  expect(await storedSave(fresh.page)).toBe(readFileSync(path, 'utf8'));
  await fresh.close();
});

test('a bad file changes nothing; a good one replaces an unfinished game only when confirmed', async ({
  page,
}, info) => {
  await startScenario(page, 'closing_space', 5);
  await page.locator('.card-button').first().click();
  const current = await storedSave(page);
  const other = info.outputPath('other.json');
  const bad = info.outputPath('bad.json');
  writeFileSync(other, (current ?? '').replace('"seed":5', '"seed":6'));
  writeFileSync(
    bad,
    '{"format":"act-early-save","version":1,"log":"<img src=x onerror=alert(1)>"}',
  );

  await page.goto('./');
  await waitUntilReady(page);
  // Keyboard: Continue, Play, then Open a saved game.
  await expect(page.locator('[data-entry="continue"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-entry="open"]')).toBeFocused();
  await expect(page.locator('[data-entry="open"]')).toHaveText(word('title.open'));
  await chooseFile(page, () => page.keyboard.press('Enter'), bad);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('h2')).toHaveText(word('save.problemHeading'));
  await expect(dialog).toContainText(word('save.problem.unreadable'));
  await expect(dialog).toContainText(word('save.fileUnchanged'));
  await dialog.getByRole('button', { name: word('save.fileClose') }).click();
  expect(await storedSave(page)).toBe(current);
  expect(await page.evaluate(() => localStorage.getItem('actEarly.save.unreadable'))).toBeNull();

  // A good file: the unfinished game is kept unless the player confirms.
  await chooseFile(page, () => page.locator('[data-entry="open"]').click(), other);
  await expect(dialog.locator('h2')).toHaveText(word('briefing.replaceHeading'));
  await dialog.getByRole('button', { name: word('briefing.replaceCancel') }).click();
  expect(await storedSave(page)).toBe(current);
  expect((await readHook(page)).scene).toBe('Title');
  await chooseFile(page, () => page.locator('[data-entry="open"]').click(), other);
  await dialog.getByRole('button', { name: word('save.openReplaceConfirm') }).click();
  await expect.poll(async () => (await readHook(page)).scene).toBe('Play');
  expect(JSON.parse((await storedSave(page)) ?? '{}')).toMatchObject({ seed: 6 });
});

test('the notice and the title entry, in English, Arabic and Chinese', async ({ page }) => {
  await fillStorage(page);
  for (const code of ['en', 'ar', 'zh']) {
    for (const size of [
      { width: 1366, height: 768 },
      { width: 844, height: 390 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`./?lng=${code}`);
      await waitUntilReady(page);
      await expect(page.locator('[data-entry="open"]')).toHaveText(word('title.open', code));
      await page.screenshot({ path: `/tmp/lose/title-${code}-${String(size.width)}.png` });
    }
    await startScenario(page, 'closing_space', 777, `?lng=${code}`);
    const notice = page.locator('.save-notice');
    await expect(notice.locator('p')).toHaveText(word('storage.notSaved', code));
    await page.screenshot({ path: `/tmp/lose/notice-${code}-844.png` });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: `/tmp/lose/notice-${code}-1366.png` });
  }
});
