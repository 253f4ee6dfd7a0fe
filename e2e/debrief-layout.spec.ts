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

/** Parts of the debrief that stick out of the screen. */
function outside(page: Page): Promise<string[]> {
  return page.locator(PARTS).evaluateAll((parts: Element[]): string[] => {
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
  test(`at the largest text the debrief's parts never cover one another (${lng})`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const problems = watchPage(page, new URL(baseURL ?? '').origin);
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
