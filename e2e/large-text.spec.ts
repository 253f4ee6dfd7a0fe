import { expect, test, type Page } from '@playwright/test';
import { overlappingLabels, readHook, waitUntilReady, watchPage } from './watch.ts';

/** The debrief's parts, which must never cover one another. */
const PARTS = [
  '.debrief-top',
  '.panel-tabs',
  '.debrief-chart .chart-graph',
  '.chart-legend',
  '.debrief-missed',
  '.debrief-side',
  '.debrief-actions',
].join(', ');

/** Parts (matched by `selector`) that stick out of the screen. */
function outside(page: Page, selector = PARTS): Promise<string[]> {
  return page.locator(selector).evaluateAll((parts: Element[]): string[] => {
    const screen = document.querySelector('#ui')?.getBoundingClientRect();
    if (!screen) return ['no UI layer'];
    return parts
      .filter((part) => {
        const box = part.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        return (
          box.left < screen.left - 1 ||
          box.right > screen.right + 1 ||
          box.top < screen.top - 1 ||
          box.bottom > screen.bottom + 1
        );
      })
      .map((part) => part.getAttribute('class') ?? part.tagName);
  });
}

async function expectTidy(page: Page, shot: string): Promise<void> {
  await page.screenshot({ path: `test-results/debrief-large-${shot}.png` });
  expect(await overlappingLabels(page, PARTS), shot).toEqual([]);
  expect(await overlappingLabels(page, '.chart-stage'), shot).toEqual([]);
  expect(await outside(page), shot).toEqual([]);
}

for (const lng of ['en', 'ar']) {
  test(`at the largest text the room's title bar and the debrief's parts stay whole (${lng})`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const problems = await watchPage(page, new URL(baseURL ?? '').origin);
    await page.addInitScript(() => {
      localStorage.setItem('actEarly.preferences', JSON.stringify({ textScale: 1.5 }));
    });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`./?lng=${lng}`);
    await waitUntilReady(page);
    await page.locator('.title-menu .menu-button').first().click();
    await waitUntilReady(page);
    await page.locator('.scenario-card[data-scenario="unhealed_past"]').click();
    await waitUntilReady(page);
    await page.locator('button.menu-button.primary').click();
    await waitUntilReady(page);
    // The room's top bar keeps the country's name and the round whole.
    await page.screenshot({ path: `test-results/play-large-${lng}-1366x768.png` });
    expect(await outside(page, '.play-title'), 'play title').toEqual([]);
    const bar = await page.locator('.play-top').boundingBox();
    const title = await page.locator('.play-title').boundingBox();
    expect(bar && title && title.y >= bar.y && title.y + title.height <= bar.y + bar.height).toBe(
      true,
    );
    while ((await readHook(page)).scene === 'Play') {
      await page.locator('.end-round').click();
      await page.locator('.modal-actions button').click();
      await page.waitForTimeout(50);
    }
    await waitUntilReady(page);
    expect((await readHook(page)).scene).toBe('Debrief');
    await expectTidy(page, `${lng}-1366x768`);

    // A phone: each panel in turn, behind its tab.
    await page.setViewportSize({ width: 844, height: 390 });
    await expect(page.locator('#ui')).toHaveClass(/compact/);
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveCount(3);
    for (let i = 0; i < 3; i++) {
      await tabs.nth(i).click();
      await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
      await expectTidy(page, `${lng}-844x390-${String(i)}`);
    }
    expect(problems.consoleErrors).toEqual([]);
  });
}
