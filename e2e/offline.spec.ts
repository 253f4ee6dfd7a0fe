import { expect, test, type Page } from '@playwright/test';
import { openClassroom, playTurn, scene } from './classroomSteps.ts';
import { readHook, waitUntilReady } from './watch.ts';

test.use({ serviceWorkers: 'allow' });

/** Wait until the service worker controls the page and has cached what this visit loaded. */
async function waitForServiceWorker(page: Page, language: string): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  // A first visit fetches its language before the worker runs; the worker then keeps it.
  await expect
    .poll(
      () =>
        page.evaluate(async (lng) => {
          const cache = await caches.open('act-early-locales');
          const keys = await cache.keys();
          return keys.some((request) => request.url.includes(`/locale-${lng}-ui-`));
        }, language),
      { timeout: 15_000 },
    )
    .toBe(true);
}

test('after one visit the game starts, plays a round and opens the classroom offline', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('./?lng=fr');
  await waitUntilReady(page);
  await waitForServiceWorker(page, 'fr');
  const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifest).toBe('./manifest.webmanifest');

  await context.setOffline(true);
  // The language already used comes back offline.
  await page.reload();
  await waitUntilReady(page);
  expect(await readHook(page)).toMatchObject({ scene: 'Title', language: 'fr' });
  await expect(page.locator('[data-entry="play"]')).toHaveText('Jouer');
  await page.screenshot({ path: 'test-results/offline-title-fr.png' });

  // English is precached: a round is played with the network off.
  await page.goto('./?lng=en');
  await waitUntilReady(page);
  expect((await readHook(page)).language).toBe('en');
  await page.getByRole('button', { name: 'Play' }).click();
  await waitUntilReady(page);
  await page.locator('.scenario-card[data-scenario="tutorial"]').click();
  await waitUntilReady(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await waitUntilReady(page);
  expect((await readHook(page)).scene).toBe('Play');
  await page.locator('.card-button:not(.secondary):not([disabled])').first().click();
  await page.locator('.end-round').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Enter');
  await waitUntilReady(page);
  expect((await readHook(page)).scene).toBe('Play');

  // The classroom's single-projector mode, loaded on demand, is there offline too.
  await openClassroom(page, '?lng=en');
  await page.locator('#setup-scenario').selectOption('tutorial');
  await page.getByRole('button', { name: 'Continue to the briefing' }).click();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await scene(page, 'ClassroomPlay');
  expect(await playTurn(page, null)).not.toBeNull();
  await expect(page.getByRole('dialog').or(page.locator('#handoff-heading'))).toBeVisible();
});
