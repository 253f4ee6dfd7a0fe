import { expect, test, type Locator, type Page } from '@playwright/test';
import { openClassroom, scene } from './classroomSteps.ts';
import { readHook, unpaintedPixels, waitUntilReady } from './watch.ts';

/*
 * A panel that scrolls and paints its own opaque background once made Chromium leave a hole in
 * the picture: nothing painted in a rectangle beside the panel, not even the canvas beneath
 * (docs/white-strip.md). The screenshot shows it as transparent pixels.
 */

/** The panel really scrolls, so the check below is not vacuous. */
async function expectScrolls(panel: Locator): Promise<void> {
  const overflow = await panel.evaluate((element) => element.scrollHeight - element.clientHeight);
  expect(overflow).toBeGreaterThan(0);
}

async function expectFullyPainted(page: Page, name: string): Promise<void> {
  const png = await page.screenshot({ path: `test-results/rendering-${name}.png` });
  expect.soft(unpaintedPixels(png), name).toEqual({ count: 0, box: '' });
}

test('scrolling panels in the self-paced room and debrief leave no hole in the picture', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await waitUntilReady(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitUntilReady(page);
  await page.getByLabel('Crisis number (seed)').fill('7');
  await page.locator('.scenario-card[data-scenario="unhealed_past"]').click();
  await waitUntilReady(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  await waitUntilReady(page);
  // Ten quiet rounds fill the warning signs feed past its height.
  for (let round = 0; round < 10; round++) {
    await page.locator('.end-round').click();
    await page.locator('.modal-actions button').click();
  }
  await expectScrolls(page.locator('.feed'));
  await expectFullyPainted(page, 'play-feed-1366');

  while ((await readHook(page)).scene === 'Play') {
    await page.locator('.end-round').click();
    await page.locator('.modal-actions button').click();
  }
  await waitUntilReady(page);
  await expect(page.getByRole('heading', { name: /Debrief/ })).toBeVisible();
  await expectFullyPainted(page, 'debrief-1366');
  await page.setViewportSize({ width: 844, height: 390 });
  await expect(page.locator('#ui')).toHaveClass(/compact/);
  await expectScrolls(page.locator('.debrief-side'));
  await expectFullyPainted(page, 'debrief-844');
});

test('the classroom team panel leaves no hole in the picture, right to left', async ({ page }) => {
  await openClassroom(page, '?lng=ar');
  await page.locator('#setup-scenario').selectOption('election');
  await page.locator('#setup-team-count').selectOption('2');
  await page.locator('input[name="classroom-mode"][value="facilitatorEntry"]').check();
  await page.locator('#setup-preset').selectOption('untimed');
  await page.locator('.screen-actions .menu-button.primary').click();
  await page.locator('.screen-actions .menu-button.primary').click();
  await scene(page, 'ClassroomPlay');
  await expectScrolls(page.locator('.classroom-side'));
  await expectFullyPainted(page, 'classroom-side-ar-1366');
});
