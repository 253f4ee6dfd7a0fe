import { expect, test, type Page } from '@playwright/test';
import {
  compileScenario,
  costliestDelay,
  editedLog,
  playGame,
  replay,
  whatIf,
  type GameState,
  type WhatIfEdit,
} from '../src/core/index.ts';
import { loadProjectContent } from '../src/tools/content-dir.ts';
import { localeWords, openFinishedGame } from './savedGame.ts';
import { watchPage } from './watch.ts';

const loaded = loadProjectContent();
if (!loaded.ok) throw new Error('The project content does not load');
const content = loaded.content;
const SCENARIO = 'election';

/** A game played by the `late` policy: it starts measures late, so an earlier start helps. */
const played: GameState = playGame(compileScenario(content, SCENARIO), 1, 'late');

/** The curve the panel drew, as numbers, once it has changed from `before`. */
async function drawnThreats(page: Page, before: string | undefined): Promise<string> {
  const panel = page.locator('.whatif');
  await expect(panel).not.toHaveAttribute('data-threats', before ?? '');
  return (await panel.getAttribute('data-threats')) ?? '';
}

/** The threats of the core's own replay of the log edited the same way. */
function replayedThreats(edit: WhatIfEdit): string {
  const edited = editedLog(played, edit);
  if ('error' in edited) throw new Error(edited.error);
  const state = replay(content, SCENARIO, played.seed, edited.log, played.roles).state;
  return state.history.map((h) => h.threat.toFixed(3)).join(' ');
}

/** The change the panel's second list names, as the core's edit. */
function editOf(measure: string, value: string): WhatIfEdit {
  return value.startsWith('swap:')
    ? { kind: 'swap', measure, with: value.slice('swap:'.length) }
    : { kind: 'move', measure, round: Number(value.slice('move:'.length)) };
}

const delay = costliestDelay(played);

for (const code of ['en', 'ar', 'zh']) {
  test(`${code}: the debrief names the costliest delay, and "try it yourself" replays a change`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    expect(delay).not.toBeNull();
    if (!delay) return;
    const problems = await watchPage(page, new URL(baseURL ?? '').origin);
    const ui = localeWords(code, 'ui');
    const text = localeWords(code, 'content');
    const name = text.get(`measure.${delay.measure}.name`) ?? '';
    await openFinishedGame(page, code, content, played);

    // The costliest delay, found off the main thread, in words: which measure, which rounds.
    const line = page.locator('.costliest-delay');
    await expect(line).toHaveAttribute('data-state', 'ready');
    const sentence = (await line.textContent()) ?? '';
    expect(sentence).toContain(name);
    for (const round of [delay.earliestRound, delay.takenRound]) {
      expect(sentence).toContain(String(round));
    }
    // ...and on the chart: the panel is set to that earlier start and its curve is drawn.
    const panel = page.locator('.whatif');
    const offered = (await panel.getAttribute('data-threats')) ?? '';
    expect(offered).toBe(
      replayedThreats({ kind: 'move', measure: delay.measure, round: delay.earliestRound }),
    );
    await expect(page.locator('.legend-change')).toBeVisible();
    await page.screenshot({ path: `test-results/whatif-${code}-costliest.png` });
    const plot = page.locator('.debrief-chart .chart-plot');
    const chartBefore = await plot.screenshot();

    // Move the measure one option further with the keyboard (en) or the list (ar, zh).
    const measureList = page.getByLabel(ui.get('debrief.whatIf.measure') ?? '');
    const changeList = page.getByLabel(ui.get('debrief.whatIf.change') ?? '', { exact: true });
    await expect(measureList).toHaveValue(delay.measure);
    const options = await changeList
      .locator('option')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
    const start = `move:${String(delay.earliestRound)}`;
    const next = options[options.indexOf(start) + 1] ?? '';
    if (code === 'en') {
      await changeList.focus();
      await page.keyboard.press('ArrowDown');
      await expect(changeList).toHaveValue(next);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Show what happens' })).toBeFocused();
      await page.keyboard.press('Enter');
    } else {
      await changeList.selectOption(next);
      await page.getByRole('button', { name: ui.get('debrief.whatIf.show') ?? '' }).click();
    }
    const edit = editOf(delay.measure, next);
    const result = whatIf(played, edit);
    const said = page.locator('.whatif-result');
    if (result.ok) {
      // The redrawn curve is the core's replay of the same edited log.
      expect(await drawnThreats(page, offered)).toBe(replayedThreats(edit));
      await expect(said).toContainText(String(result.run.state.peakStage));
      const chartAfter = await plot.screenshot();
      expect(chartAfter.equals(chartBefore)).toBe(false);
    } else {
      // A change the rules do not allow is explained, and the chart drops the curve.
      await expect(said).toContainText(name);
      await expect(page.locator('.legend-change')).toBeHidden();
    }
    await expect(said).toHaveAttribute('aria-live', 'polite');

    // A swap for another measure of the same role replays too.
    const swap = options.find((value) => value.startsWith('swap:'));
    if (swap) {
      await changeList.selectOption(swap);
      await page.getByRole('button', { name: ui.get('debrief.whatIf.show') ?? '' }).click();
      const swapEdit = editOf(delay.measure, swap);
      const swapped = whatIf(played, swapEdit);
      if (swapped.ok && swapped.run.skipped.length === 0) {
        await expect(panel).toHaveAttribute('data-threats', replayedThreats(swapEdit));
      }
    }
    await page.screenshot({ path: `test-results/whatif-${code}-changed.png` });
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.offOriginRequests).toEqual([]);
  });
}
