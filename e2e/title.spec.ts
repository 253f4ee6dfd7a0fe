import { expect, test } from '@playwright/test';
import { distinctColours, readHook, waitUntilReady, watchPage } from './watch.ts';

test.describe('boot to title', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    test(`boots to an interactive Title at ${viewport.width}×${viewport.height}`, async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize(viewport);
      const problems = await watchPage(page, new URL(baseURL ?? '').origin);
      await page.goto('./');
      await waitUntilReady(page);

      const hook = await readHook(page);
      expect(hook.scene).toBe('Title');
      expect(hook.language).toBe('en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Act Early');

      // Let the sun's entrance settle, then check the canvas really drew the scene.
      await page.waitForTimeout(2600);
      const canvasPng = await page.locator('#game canvas').screenshot();
      expect(distinctColours(canvasPng)).toBeGreaterThan(20);
      await page.screenshot({
        path: `test-results/title-${viewport.width}x${viewport.height}.png`,
      });

      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
      expect(problems.offOriginRequests).toEqual([]);
    });
  }

  test('the emblem, title, tagline and menu never overlap, on a phone or a projector', async ({
    page,
  }) => {
    for (const code of ['en', 'ar', 'zh']) {
      for (const size of [
        { width: 844, height: 390 },
        { width: 1366, height: 768 },
        { width: 1920, height: 1080 },
      ]) {
        await page.setViewportSize(size);
        await page.goto(`./?lng=${code}`);
        await waitUntilReady(page);
        const emblem = page.locator('.title-emblem');
        expect(await emblem.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(256);
        const parts = ['.title-emblem', '.title-name', '.title-tagline', '.title-menu'];
        const boxes = await Promise.all(
          parts.map(async (selector) => {
            const box = await page.locator(selector).boundingBox();
            if (!box) throw new Error(`${selector} is not shown`);
            return { selector, ...box };
          }),
        );
        const where = `${code} at ${String(size.width)}×${String(size.height)}`;
        for (const [i, upper] of boxes.entries()) {
          expect(upper.y, `${upper.selector} on screen, ${where}`).toBeGreaterThanOrEqual(0);
          expect(upper.y + upper.height).toBeLessThanOrEqual(size.height);
          const lower = boxes[i + 1];
          // Stacked top to bottom, each one's box ending before the next begins.
          if (lower) {
            expect(
              upper.y + upper.height,
              `${upper.selector} above ${lower.selector}, ${where}`,
            ).toBeLessThanOrEqual(lower.y + 0.5);
          }
        }
        await page.screenshot({
          path: `test-results/title-layout-${code}-${String(size.width)}x${String(size.height)}.png`,
        });
      }
    }
  });

  test('the menu works with the keyboard alone', async ({ page }) => {
    await page.goto('./');
    await waitUntilReady(page);

    // Focus starts on the first entry that works; arrows move through the menu.
    await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    const about = page.getByRole('button', { name: 'About' });
    await expect(about).toBeFocused();
    // The classroom opens from the menu (its code loads only then: see classroom.spec.ts).
    await expect(page.getByRole('button', { name: 'Classroom' })).toBeEnabled();

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'About Act Early' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.screenshot({ path: 'test-results/title-about-1366x768.png' });

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(about).toBeFocused();

    await page.keyboard.press('Space');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Space');
    await expect(dialog).toHaveCount(0);
  });

  test('shows a clear message when a file fails to load', async ({ page }) => {
    await page.route('**/hills-*.svg', (route) => route.abort());
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    expect((await readHook(page)).scene).toBe('Preloader');
  });
});
