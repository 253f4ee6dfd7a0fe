import { expect, test } from '@playwright/test';
import { waitUntilReady, watchPage } from './watch.ts';

test.describe('settings', () => {
  test('persist text size, movement and contrast across a reload', async ({ page, baseURL }) => {
    const problems = await watchPage(page, new URL(baseURL ?? '').origin);
    await page.goto('./');
    await waitUntilReady(page);

    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: 'Larger' }).check();
    await dialog.getByRole('radio', { name: 'Reduce movement' }).check();
    await dialog.getByRole('checkbox', { name: 'High contrast' }).check();
    await page.screenshot({ path: 'test-results/settings-1366x768.png' });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();

    await page.reload();
    await waitUntilReady(page);
    const html = page.locator('html');
    await expect(html).toHaveClass(/high-contrast/);
    await expect(html).toHaveClass(/reduce-motion/);
    const textScale = await page
      .locator('#ui')
      .evaluate((node) => getComputedStyle(node).getPropertyValue('--text-scale').trim());
    expect(textScale).toBe('1.5');
    await page.screenshot({ path: 'test-results/title-high-contrast-1366x768.png' });

    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('radio', { name: 'Larger' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'High contrast' })).toBeChecked();
    expect(problems.consoleErrors).toEqual([]);
  });

  test('can be used with the keyboard alone', async ({ page }) => {
    await page.goto('./');
    await waitUntilReady(page);
    // Play, then Open a saved game, Classroom, Join a class, Teacher materials, What is R2P?,
    // then Settings.
    for (let step = 0; step < 6; step++) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
    await page.keyboard.press('Enter');
    // The language comes first, then the text size.
    await expect(page.getByLabel('Language', { exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    const normal = page.getByRole('radio', { name: 'Normal' });
    await expect(normal).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Large', exact: true })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveClass(/high-contrast/);
    expect(await page.evaluate(() => localStorage.getItem('actEarly.preferences'))).toContain(
      '"textScale":1.25',
    );
  });

  test('a corrupt settings save falls back to the defaults without an error', async ({
    page,
    baseURL,
  }) => {
    const problems = await watchPage(page, new URL(baseURL ?? '').origin);
    await page.addInitScript(() => {
      localStorage.setItem('actEarly.preferences', '{"textScale": "huge", "highContrast": tru');
    });
    await page.goto('./');
    await waitUntilReady(page);
    await expect(page.locator('html')).not.toHaveClass(/high-contrast/);
    expect(problems.consoleErrors).toEqual([]);
  });
});
