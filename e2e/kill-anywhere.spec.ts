import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { replay } from '../src/core/index.ts';
import { loadProjectContent } from '../src/tools/content-dir.ts';
import { startScenario, storedSave } from './savedGame.ts';
import { readHook, waitUntilReady } from './watch.ts';

// Ten reloads of the whole game: slow on a busy machine.
test.describe.configure({ timeout: 600_000 });

interface Save {
  scenario: string;
  seed: number;
  roles: string[];
  log: { kind: string }[];
}

/**
 * Kill the tab now: keep only what storage holds at this instant, close the page, reopen the
 * game in a new context with that storage, choose Continue, and check the game is exactly the
 * one played (the save has every action taken so far, and the room shows the same round).
 */
async function killAndContinue(
  browser: Browser,
  baseURL: string,
  context: BrowserContext,
  page: Page,
  actions: string[],
  where: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const storage = await context.storageState();
  await page.close({ runBeforeUnload: false });
  await context.close();
  const next = await browser.newContext({ baseURL, storageState: storage });
  const reopened = await next.newPage();
  await reopened.goto('./');
  await waitUntilReady(reopened);
  const raw = await storedSave(reopened);
  const save = JSON.parse(raw ?? 'null') as Save;
  expect(
    save.log.map((action) => action.kind),
    `save at ${where}`,
  ).toEqual(actions);
  await reopened.locator('[data-entry="continue"]').click();
  await expect.poll(async () => (await readHook(reopened)).scene).toBe('Play');
  await waitUntilReady(reopened);
  const loaded = loadProjectContent();
  if (!loaded.ok) throw new Error('content');
  const { state } = replay(loaded.content, save.scenario, save.seed, save.log as never);
  await expect(reopened.locator('.play-title p'), where).toContainText(String(state.round));
  // Continue rebuilt the game without changing its save.
  expect(await storedSave(reopened)).toBe(raw);
  return { context: next, page: reopened };
}

test('closing the tab at ten points of a round loses nothing: Continue restores the game', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL ?? '';
  let context = await browser.newContext({ baseURL: base });
  let page = await context.newPage();
  const actions: string[] = [];
  const kill = async (where: string): Promise<void> => {
    ({ context, page } = await killAndContinue(browser, base, context, page, actions, where));
  };
  const take = async (tab: number): Promise<void> => {
    await page.locator('.role-tab').nth(tab).click();
    await page.locator('.card-button:not(.secondary):not([disabled])').first().click();
    actions.push('takeMeasure');
  };

  await startScenario(page, 'closing_space', 4242);
  await kill('1: the first moment of a game');
  await take(0);
  await kill('2: right after a measure is taken (its animation running)');
  await take(2);
  await kill('3: after a second role takes a measure');
  await page.locator('.end-round').click();
  actions.push('endRound');
  await kill('4: right after End round, before the results are read');
  await take(1);
  await page.locator('.end-round').click();
  actions.push('endRound');
  await expect(page.getByRole('dialog')).toBeVisible();
  await kill('5: while the round results are open');
  await take(3);
  await page.locator('.end-round').click();
  actions.push('endRound');
  await page.locator('.modal-actions button').click();
  await kill('6: right after the results close (meter and signs moving)');
  await take(0);
  await kill('7: after a measure as the next round opens');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeVisible();
  await kill('8: with the game menu open');
  await page.keyboard.press('e');
  actions.push('endRound');
  await kill('9: right after End round by its shortcut');
  await take(4);
  await kill('10: after a measure of the last role');
  await context.close();
});
