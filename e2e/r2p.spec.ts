import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { compileScenario, playGame } from '../src/core/index.ts';
import { contentFingerprint } from '../src/content/fingerprint.ts';
import { SAVE_FORMAT_VERSION, SAVE_STORAGE_KEY } from '../src/game/session/save.ts';
import { loadProjectContent } from '../src/tools/content-dir.ts';
import { flatten } from '../src/tools/i18n-rules.ts';
import { readHook, waitUntilReady } from './watch.ts';

const loaded = loadProjectContent();
if (!loaded.ok) throw new Error('The project content does not load');
const content = loaded.content;
const played = playGame(compileScenario(content, 'election'), 1, 'late');

function words(code: string, namespace: 'ui' | 'content'): Map<string, string> {
  const tree: unknown = JSON.parse(readFileSync(`locales/${code}/${namespace}.json`, 'utf8'));
  return new Map(flatten(tree));
}

function word(map: Map<string, string>, key: string): string {
  const text = map.get(key);
  if (text === undefined) throw new Error(`missing ${key}`);
  return text;
}

async function expectExplainer(page: Page, code: string): Promise<void> {
  const ui = words(code, 'ui');
  const text = words(code, 'content');
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
    await expect(open).toHaveAccessibleName(word(words(code, 'ui'), 'title.r2p'));
    await open.click();
    await expectExplainer(page, code);
  });

  test(`${code}: the debrief carries the ¶29 debate with a question`, async ({ page }) => {
    await page.goto(`./?lng=${code}`);
    await waitUntilReady(page);
    const save = {
      format: 'act-early-save',
      version: SAVE_FORMAT_VERSION,
      content: contentFingerprint(content),
      scenario: 'election',
      seed: played.seed,
      roles: played.roles,
      intensity: 'standard',
      finished: true,
      log: played.log,
    };
    await page.evaluate(
      ([key, value]) => {
        localStorage.setItem(key, value);
      },
      [SAVE_STORAGE_KEY, JSON.stringify(save)] as const,
    );
    await page.reload();
    await waitUntilReady(page);
    await page.locator('.menu-button').first().click();
    await waitUntilReady(page);
    expect((await readHook(page)).scene).toBe('Debrief');
    const text = words(code, 'content');
    const debate = page.locator('.r2p-debate');
    await expect(debate.getByRole('heading')).toHaveText(word(text, 'debate.heading'));
    await expect(debate).toContainText(word(text, 'debate.text'));
    await expect(debate).toContainText(word(text, 'debate.question'));
    await expect(debate).toContainText('63/308');
    await debate.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/debate-${code}.png` });
  });
}
