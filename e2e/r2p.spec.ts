import { expect, test, type Page } from '@playwright/test';
import { compileScenario, playGame } from '../src/core/index.ts';
import { loadProjectContent } from '../src/tools/content-dir.ts';
import { localeWords, openFinishedGame } from './savedGame.ts';
import { waitUntilReady } from './watch.ts';

const loaded = loadProjectContent();
if (!loaded.ok) throw new Error('The project content does not load');
const content = loaded.content;
const played = playGame(compileScenario(content, 'election'), 1, 'late');

function word(map: Map<string, string>, key: string): string {
  const text = map.get(key);
  if (text === undefined) throw new Error(`missing ${key}`);
  return text;
}

async function expectExplainer(page: Page, code: string): Promise<void> {
  const ui = localeWords(code, 'ui');
  const text = localeWords(code, 'content');
  const dialog = page.getByRole('dialog', { name: word(ui, 'title.r2p') });
  await expect(dialog).toBeVisible();
  for (const key of ['r2p.pillar1.name', 'r2p.pillar2.name', 'r2p.pillar3.name', 'r2p.focus']) {
    await expect(dialog).toContainText(word(text, key));
  }
  await expect(dialog).toContainText('138–139');
  await expect(dialog.locator('.pillar-table tbody tr')).toHaveCount(content.roles.length);
  const panel = await dialog.boundingBox();
  const viewport = page.viewportSize();
  expect(panel && viewport && panel.y + panel.height <= viewport.height).toBe(true);
  await page.screenshot({ path: `test-results/r2p-${code}.png` });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

for (const code of ['en', 'ar', 'zh']) {
  test(`${code}: "What is R2P?" opens by keyboard from the title and the briefing`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`./?lng=${code}`);
    await waitUntilReady(page);
    await expect(page.locator('html')).toHaveAttribute('dir', code === 'ar' ? 'rtl' : 'ltr');
    const entry = page.locator('.title-menu [data-entry="r2p"]');
    await entry.focus();
    await page.keyboard.press('Enter');
    await expectExplainer(page, code);
    await expect(entry).toBeFocused();

    await page.locator('.menu-button[data-entry="play"]').click();
    await waitUntilReady(page);
    await page.locator('.scenario-card[data-scenario="election"]').click();
    await waitUntilReady(page);
    const open = page.locator('.briefing-screen .r2p-open');
    await expect(open).toHaveAccessibleName(word(localeWords(code, 'ui'), 'title.r2p'));
    await open.click();
    await expectExplainer(page, code);
  });

  test(`${code}: the debrief carries the ¶29 debate with a question`, async ({ page }) => {
    await openFinishedGame(page, code, content, played);
    const text = localeWords(code, 'content');
    const debate = page.locator('.r2p-debate');
    await expect(debate.getByRole('heading')).toHaveText(word(text, 'debate.heading'));
    await expect(debate).toContainText(word(text, 'debate.text'));
    await expect(debate).toContainText(word(text, 'debate.question'));
    await expect(debate).toContainText('63/308');
    await debate.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/debate-${code}.png` });
  });
}
