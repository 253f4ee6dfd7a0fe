import { expect, test, type Page } from '@playwright/test';
import { waitUntilReady, watchPage } from './watch.ts';

const VOLUME_KEY = 'actEarly.volume';
const AUDIO_FILE = /\.(opus|mp3)(\?|$)/;

/** Play → the election scenario → Begin → take a measure → end the round → Continue. */
async function playOneRound(page: Page): Promise<void> {
  await page.goto('./');
  await waitUntilReady(page);
  await page.waitForFunction(() => window.__actEarly.audioReady);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitUntilReady(page);
  await page.waitForFunction(() => window.__actEarly.audioReady);
  await page.locator('.scenario-card[data-scenario="election"]').click();
  await waitUntilReady(page);
  await page.waitForFunction(() => window.__actEarly.audioReady);
  await page.getByRole('button', { name: 'Begin' }).click();
  await waitUntilReady(page);
  await page.waitForFunction(() => window.__actEarly.audioReady);
  await page.locator('.card-button').first().click();
  await page.locator('.end-round').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.locator('.modal-actions button').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function savedVolume(page: Page): Promise<{ muted: boolean; music: number } | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), VOLUME_KEY);
  return raw === null ? null : (JSON.parse(raw) as { muted: boolean; music: number });
}

test.describe('sound', () => {
  test('plays a round with audio on: own-origin sprite and music, no console errors', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const problems = await watchPage(page, origin);
    const audioRequests: string[] = [];
    page.on('request', (request) => {
      if (AUDIO_FILE.test(new URL(request.url()).pathname)) audioRequests.push(request.url());
    });
    await playOneRound(page);

    // The first click unlocked audio: the sprite and the loops were fetched.
    await expect
      .poll(() => audioRequests.filter((url) => /\/sfx[-.]/.test(url)).length)
      .toBeGreaterThan(0);
    await expect
      .poll(() => audioRequests.filter((url) => /\/music-calm[-.]/.test(url)).length)
      .toBeGreaterThan(0);
    for (const url of audioRequests) expect(new URL(url).origin).toBe(origin);
    expect(problems.offOriginRequests).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('M mutes with a visible notice, and the mute survives a reload', async ({
    page,
    baseURL,
  }) => {
    const problems = await watchPage(page, new URL(baseURL ?? '').origin);
    await page.goto('./');
    await waitUntilReady(page);
    await page.waitForFunction(() => window.__actEarly.audioReady);
    expect((await savedVolume(page))?.muted ?? false).toBe(false);

    await page.keyboard.press('m');
    await expect.poll(async () => (await savedVolume(page))?.muted).toBe(true);
    const toast = page.getByRole('status').filter({ hasText: 'Sound off' });
    await expect(toast).toBeVisible();
    await page.screenshot({ path: 'test-results/mute-toast-1366x768.png', animations: 'disabled' });

    await page.reload();
    await waitUntilReady(page);
    await page.waitForFunction(() => window.__actEarly.audioReady);
    expect((await savedVolume(page))?.muted).toBe(true);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog.getByRole('checkbox', { name: 'Mute all sound' })).toBeChecked();
    await expect(dialog.getByText('Press M at any time')).toBeVisible();

    // The sliders show and save each channel's volume.
    const music = dialog.getByRole('slider', { name: 'Music' });
    await expect(music).toHaveValue('40');
    await music.fill('20');
    await expect.poll(async () => (await savedVolume(page))?.music).toBe(0.2);
    await expect(dialog.locator('.volume-value').first()).toHaveText('20%');
    await expect(dialog.getByRole('slider', { name: 'Sound effects' })).toBeVisible();

    // Unmute from the panel; then the key works both ways.
    await dialog.getByRole('checkbox', { name: 'Mute all sound' }).uncheck();
    await expect.poll(async () => (await savedVolume(page))?.muted).toBe(false);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.keyboard.press('m');
    await expect(page.getByRole('status').filter({ hasText: 'Sound off' })).toBeVisible();
    await page.keyboard.press('m');
    await expect(page.getByRole('status').filter({ hasText: 'Sound on' })).toBeVisible();
    expect((await savedVolume(page))?.muted).toBe(false);
    expect(problems.consoleErrors).toEqual([]);
  });

  for (const blocked of [
    { name: 'without Web Audio', remove: ['AudioContext', 'webkitAudioContext'] },
    { name: 'without any audio', remove: ['AudioContext', 'webkitAudioContext', 'Audio'] },
  ]) {
    test(`plays a round silently ${blocked.name}, with no console errors`, async ({
      page,
      baseURL,
    }) => {
      const problems = await watchPage(page, new URL(baseURL ?? '').origin);
      await page.addInitScript((names: string[]) => {
        for (const name of names) Reflect.deleteProperty(window, name);
      }, blocked.remove);
      await playOneRound(page);
      await page.keyboard.press('m');
      await expect.poll(async () => (await savedVolume(page))?.muted).toBe(true);
      expect(problems.consoleErrors).toEqual([]);
    });
  }
});
