import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Content } from '../src/content/schema.ts';
import { contentFingerprint } from '../src/content/fingerprint.ts';
import type { GameState } from '../src/core/index.ts';
import { SAVE_FORMAT_VERSION, SAVE_STORAGE_KEY } from '../src/game/session/save.ts';
import { flatten } from '../src/tools/i18n-rules.ts';
import { readHook, waitUntilReady } from './watch.ts';

/** A locale namespace as a flat key → text map. */
export function localeWords(code: string, namespace: 'ui' | 'content'): Map<string, string> {
  const tree: unknown = JSON.parse(readFileSync(`locales/${code}/${namespace}.json`, 'utf8'));
  return new Map(flatten(tree));
}

/** Open a finished game's debrief through the title's Continue, as a returning player would. */
export async function openFinishedGame(
  page: Page,
  code: string,
  content: Content,
  played: GameState,
): Promise<void> {
  await page.goto(`./?lng=${code}`);
  await waitUntilReady(page);
  const save = {
    format: 'act-early-save',
    version: SAVE_FORMAT_VERSION,
    content: contentFingerprint(content),
    scenario: played.model.scenarioId,
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
}

/** Start a scenario from the title with a fixed seed (in the language of `query`, e.g. `?lng=ar`). */
export async function startScenario(
  page: Page,
  scenario: string,
  seed: number,
  query = '',
): Promise<void> {
  await page.goto(`./${query}`);
  await waitUntilReady(page);
  await page.locator('[data-entry="play"]').click();
  await waitUntilReady(page);
  await page.locator('#seed-input').fill(String(seed));
  await page.locator(`.scenario-card[data-scenario="${scenario}"]`).click();
  await waitUntilReady(page);
  await page.locator('.briefing-screen .menu-button.primary').click();
  await waitUntilReady(page);
  expect((await readHook(page)).scene).toBe('Play');
}

/** The self-paced save as the page's storage holds it (null if none). */
export async function storedSave(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), SAVE_STORAGE_KEY);
}

/**
 * Choose `path` in the file chooser that `open` makes the page show. Interception of the chooser
 * is switched on asynchronously: one round trip to the page first makes sure it is on.
 */
export async function chooseFile(
  page: Page,
  open: () => Promise<void>,
  path: string,
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.evaluate(() => document.readyState);
  await open();
  await (await chooser).setFiles(path);
}
