import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LANGUAGES as SHIPPED } from '../src/i18n/languages.ts';
import { flatten } from '../src/tools/i18n-rules.ts';
import { readHook, waitUntilReady, watchPage } from './watch.ts';

/** Every shipped language and the direction its page must have. */
const LANGUAGES = SHIPPED.map(({ code }) => ({ code, dir: code === 'ar' ? 'rtl' : 'ltr' }));

function locale(code: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const namespace of ['ui', 'content']) {
    const tree: unknown = JSON.parse(readFileSync(`locales/${code}/${namespace}.json`, 'utf8'));
    for (const [key, value] of flatten(tree)) all.set(`${namespace}:${key}`, value);
  }
  return all;
}

const english = locale('en');
const KEY_ROOTS = new Set([...english.keys()].map((key) => key.split(':')[1]?.split('.')[0] ?? ''));

/** Words on screen that are raw i18n keys, like "play.endRound" or "measure.x.name". */
function rawKeys(text: string): string[] {
  return [...text.matchAll(/\b([a-z][A-Za-z]*)\.[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*\b/g)]
    .filter((match) => KEY_ROOTS.has(match[1] ?? ''))
    .map((match) => match[0]);
}

/** English sentences that should have been translated but show up on screen. */
function englishLeftovers(text: string, code: string): string[] {
  if (code === 'en') return [];
  const translated = locale(code);
  const leftovers: string[] = [];
  for (const [key, value] of english) {
    if (value.length < 16 || value.includes('{{')) continue;
    if (translated.get(key) === value) continue;
    if (text.includes(value)) leftovers.push(value);
  }
  return leftovers;
}

async function checkScreen(page: Page, code: string): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  const live = (await page.locator('#live').textContent()) ?? '';
  expect(rawKeys(text + live)).toEqual([]);
  expect(englishLeftovers(text + live, code)).toEqual([]);
}

for (const { code, dir } of LANGUAGES) {
  test(`${code}: a round plays through, every word in the language`, async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const problems = await watchPage(page, new URL(baseURL ?? '').origin);
    await page.goto(`./?lng=${code}`);
    await waitUntilReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    expect((await readHook(page)).language).toBe(code);
    await page.waitForTimeout(2500);
    await checkScreen(page, code);
    await page.screenshot({ path: `test-results/lang-${code}-title.png` });

    await page.locator('.menu-button').first().click();
    await waitUntilReady(page);
    await page.locator('.scenario-card[data-scenario="tutorial"]').click();
    await waitUntilReady(page);
    await checkScreen(page, code);
    await page.locator('.screen-actions .menu-button').click();
    await waitUntilReady(page);
    await page.locator('.card-button').first().click();
    await checkScreen(page, code);
    // Numbers inside right-to-left sentences sit in bidi isolates (U+2068 … U+2069).
    const roundLine = (await page.locator('.play-title p').textContent()) ?? '';
    expect(roundLine.includes('\u2068')).toBe(dir === 'rtl');
    await page.screenshot({ path: `test-results/lang-${code}-play.png` });

    while ((await readHook(page)).scene === 'Play') {
      await page.locator('.end-round').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await checkScreen(page, code);
      await page.locator('.modal-actions button').click();
      await page.waitForTimeout(50);
    }
    await waitUntilReady(page);
    await checkScreen(page, code);
    await page.screenshot({ path: `test-results/lang-${code}-debrief.png` });
    expect(problems.consoleErrors).toEqual([]);
  });
}

test('switching language mid-game keeps the game exactly', async ({ page }) => {
  await page.goto('./?lng=en');
  await waitUntilReady(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitUntilReady(page);
  await page.locator('.scenario-card[data-scenario="election"]').click();
  await waitUntilReady(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await waitUntilReady(page);
  await page.locator('.card-button').first().click();
  await page.locator('.end-round').click();
  await page.locator('.modal-actions button').click();
  const save = await page.evaluate(() => localStorage.getItem('actEarly.save'));

  await page.locator('.language-tool').click();
  await page.locator('.language-list').first().locator('.language-button[lang="ar"]').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await waitUntilReady(page);
  expect((await readHook(page)).scene).toBe('Play');
  expect(await page.evaluate(() => localStorage.getItem('actEarly.save'))).toBe(save);
  await expect(page.locator('.play-title p')).toContainText('2');
  await page.screenshot({ path: 'test-results/lang-switch-ar-play.png' });

  // The choice is remembered for the next visit.
  await page.goto('./');
  await waitUntilReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test('a second language shows under cards and in the glossary, and persists', async ({ page }) => {
  await page.goto('./?lng=fr');
  await waitUntilReady(page);
  await page.locator('.menu-button[data-entry="language"]').click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('.language-list').nth(1).locator('.language-button[lang="ar"]').click();
  await waitUntilReady(page);
  await page.locator('.menu-button[data-entry="play"]').click();
  await waitUntilReady(page);
  await page.locator('.scenario-card[data-scenario="tutorial"]').click();
  await waitUntilReady(page);
  await expect(page.locator('.briefing-text .second-line[lang="ar"]')).toBeVisible();
  await page.locator('.screen-actions .menu-button').click();
  await waitUntilReady(page);
  const second = page.locator('.card-name .second-line[lang="ar"]').first();
  await expect(second).toBeVisible();
  await expect(second).toHaveAttribute('dir', 'rtl');
  await page.screenshot({ path: 'test-results/lang-dual-fr-ar-play.png' });

  await page.locator('.language-tool').click();
  await page.getByRole('dialog').locator('.modal-actions .menu-button').nth(1).click();
  const glossary = page.locator('.glossary-table');
  await expect(glossary.locator('th[lang="fr"]')).toHaveText('Français');
  await expect(glossary.locator('th[lang="ar"]')).toHaveText('العربية');
  expect(await glossary.locator('tbody tr').count()).toBeGreaterThan(20);
  await page.screenshot({ path: 'test-results/lang-glossary-fr-ar.png' });

  await page.reload();
  await waitUntilReady(page);
  const saved = await page.evaluate(() => localStorage.getItem('actEarly.preferences'));
  expect(JSON.parse(saved ?? '{}')).toMatchObject({ secondLanguage: 'ar' });
});
