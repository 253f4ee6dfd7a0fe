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
