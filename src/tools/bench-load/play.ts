import type { CDPSession, Page } from 'playwright-core';
import { fps, interaction } from './page.ts';

export interface PlayFigures {
  roomIdleFps: number;
  resultFps: number[];
  inp: { takeCard: number[]; roleTab: number[]; endRound: number[] };
  heapMB: number;
}

/** The fields of the game's test hook (src/game/testHook.ts) the benchmark reads. */
interface Hook {
  ready: boolean;
  scene: string | null;
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __actEarly: Hook }).__actEarly.ready,
    undefined,
    { timeout: 120_000 },
  );
}

/** From the title to the situation room of a scenario. */
export async function enterRoom(page: Page, scenario: string): Promise<void> {
  await page.locator('.menu-button[data-entry="play"]').click();
  await ready(page);
  await page.locator(`.scenario-card[data-scenario="${scenario}"]`).click();
  await ready(page);
  await page.locator('.screen-actions .menu-button').click();
  await ready(page);
}

/**
 * Plays a scenario from the title: three rounds with measured interactions (take a card, switch
 * role tab, end the round) and the frame rate of the round's result animation, then the rest of
 * the scenario to its debrief, and the JS heap there after garbage collection.
 */
export async function play(page: Page, cdp: CDPSession, scenario: string): Promise<PlayFigures> {
  await enterRoom(page, scenario);
  await page.waitForTimeout(1000);
  const roomIdleFps = await fps(page, 3000);
  const figures: PlayFigures = {
    roomIdleFps,
    resultFps: [],
    inp: { takeCard: [], roleTab: [], endRound: [] },
    heapMB: 0,
  };
  for (let round = 0; round < 3; round++) {
    figures.inp.roleTab.push(await interaction(page, '.role-tab[aria-selected="false"]'));
    figures.inp.takeCard.push(await interaction(page, '.card-button:not(.secondary):enabled'));
    const from = await page.evaluate(() => performance.now());
    await page.locator('.end-round').click();
    figures.resultFps.push(await fps(page, 1500));
    figures.inp.endRound.push(
      await page.evaluate((start) => {
        const bench = (
          window as unknown as { __bench: { events: { start: number; duration: number }[] } }
        ).__bench;
        return Math.max(0, ...bench.events.filter((e) => e.start >= start).map((e) => e.duration));
      }, from),
    );
    await page.locator('.modal-actions button').first().click();
  }
  // The remaining rounds; the last "continue" leads to the debrief.
  for (let step = 0; step < 80; step++) {
    const scene = await page.evaluate(
      () => (window as unknown as { __actEarly: Hook }).__actEarly.scene,
    );
    if (scene !== 'Play') break;
    const next = page.locator('.modal-actions button');
    const target = (await next.count()) > 0 ? next.first() : page.locator('.end-round');
    await target.click({ timeout: 10_000 }).catch(() => undefined);
  }
  await ready(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await page.evaluate(
    () =>
      (performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
  );
  figures.heapMB = heap / 1024 / 1024;
  return figures;
}
