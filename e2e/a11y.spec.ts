import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { crowdedSession } from './classroomSessions.ts';
import { openClassroom, scene } from './classroomSteps.ts';
import { waitUntilReady } from './watch.ts';

/** WCAG 2.2 A and AA, as axe-core tags them. No rule is turned off. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const SIZES = [
  { width: 1366, height: 768 },
  { width: 844, height: 390 },
] as const;

/** Every violation on the page now, one line each, named by where it was found. */
async function audit(page: Page, where: string, found: string[]): Promise<void> {
  // Lines that are still fading in have a lower contrast than they will have: audit what stays.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getTiming().iterations === Infinity,
      ),
  );
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const violation of results.violations) {
    const targets = violation.nodes.slice(0, 4).map((node) => node.target.join(' '));
    found.push(`${where}: ${violation.id} (${violation.impact ?? '?'}) ${targets.join(' | ')}`);
  }
}

async function endRound(page: Page): Promise<void> {
  await page.locator('.end-round').click();
  await expect(page.getByRole('dialog')).toBeVisible();
}

for (const lng of ['en', 'ar']) {
  for (const size of SIZES) {
    test(`axe finds no WCAG 2.2 A/AA violation on any screen: ${lng} ${String(size.width)}×${String(size.height)}`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      await page.setViewportSize(size);
      const found: string[] = [];
      await page.goto(`./?lng=${lng}`);
      await waitUntilReady(page);
      await audit(page, 'title', found);
      await page.locator('[data-entry="settings"]').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await audit(page, 'settings', found);
      await page.keyboard.press('Escape');

      await page.locator('[data-entry="play"]').click();
      await scene(page, 'ScenarioSelect');
      await audit(page, 'scenario select', found);
      await page.locator('.scenario-card[data-scenario="tutorial"]').click();
      await scene(page, 'Briefing');
      await audit(page, 'briefing', found);
      await page.locator('.briefing-screen .menu-button.primary').click();
      await scene(page, 'Play');
      await audit(page, 'play', found);
      await page.locator('.card-button:not(.secondary):not([disabled])').first().click();
      await endRound(page);
      await audit(page, 'round results', found);
      await page.keyboard.press('Enter');
      await waitUntilReady(page);
      await audit(page, 'play, round 2', found);
      for (let round = 2; round <= 4; round++) {
        await endRound(page);
        await page.keyboard.press('Enter');
      }
      await scene(page, 'Debrief');
      await audit(page, 'debrief', found);

      await page.evaluate((session) => {
        localStorage.setItem('actEarly.classroom.crowded', JSON.stringify({ savedAt: 1, session }));
      }, crowdedSession());
      await openClassroom(page, `?lng=${lng}`);
      await audit(page, 'classroom setup', found);
      await page.locator('#setup-scenario').selectOption('tutorial');
      await page.locator('.menu-button.primary').click();
      await audit(page, 'classroom briefing', found);
      await page.locator('.menu-button.primary').click();
      await scene(page, 'ClassroomPlay');
      await audit(page, 'classroom handoff', found);
      await page.locator('.classroom-primary').click();
      await audit(page, 'classroom turn', found);

      // Only the finished session is left to continue, so it opens at its debrief.
      await page.evaluate(() => {
        for (const key of Object.keys(localStorage))
          if (key.startsWith('actEarly.classroom.') && !key.endsWith('.crowded'))
            localStorage.removeItem(key);
      });
      await openClassroom(page, `?lng=${lng}`);
      await page.locator('.saved-session button').first().click();
      await scene(page, 'ClassroomDebrief');
      await audit(page, 'classroom debrief', found);
      expect(found).toEqual([]);
    });
  }
}
