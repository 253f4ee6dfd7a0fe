import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { flatten } from '../src/tools/i18n-rules.ts';
import { openClassroom, scene } from './classroomSteps.ts';
import { waitUntilReady, watchPage } from './watch.ts';

const classroomWords = (code: string): Map<string, string> =>
  flatten(JSON.parse(readFileSync(`locales/${code}/classroom.json`, 'utf8')) as unknown);

function teamNames(page: Page): Promise<string[]> {
  return page
    .locator('.team-fieldset input[type="text"]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** Parts of the set-up that stick out of their column or the screen, or overlap the actions. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (node: Element) => `${node.tagName.toLowerCase()}.${node.className}`;
    for (const column of document.querySelectorAll('.classroom-saved, .classroom-new')) {
      if (column.scrollWidth > column.clientWidth + 1) out.push(`${name(column)} scrolls sideways`);
      const box = column.getBoundingClientRect();
      for (const node of column.querySelectorAll('fieldset, legend, label, input, select, p, li')) {
        const part = node.getBoundingClientRect();
        if (part.width === 0) continue;
        if (part.left < box.left - 1 || part.right > box.right + 1) {
          out.push(`${name(node)} outside ${name(column)}`);
        }
      }
    }
    const body = document.querySelector('.screen-body')?.getBoundingClientRect();
    const actions = document.querySelector('.screen-actions');
    for (const node of actions?.querySelectorAll('button') ?? []) {
      const part = node.getBoundingClientRect();
      if (body && part.top < body.bottom) out.push(`${name(node)} overlaps the form`);
      if (part.left < 0 || part.right > window.innerWidth || part.bottom > window.innerHeight) {
        out.push(`${name(node)} off screen`);
      }
    }
    return out;
  });
}

test('typed team names, colours and roles survive team-count and scenario changes', async ({
  page,
  baseURL,
}) => {
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  await openClassroom(page, '?lng=en');
  await page.locator('#team-0-name').fill('Lions');
  await page.locator('#team-1-name').fill('Owls');
  await page.locator('#team-2-name').fill('Bees');
  await page.locator('#team-0-colour').selectOption('5');
  await expect(page.locator('#team-0-colour')).toBeFocused();
  await expect(page.locator('#team-0-legend')).toHaveText('Lions');

  const count = page.locator('#setup-team-count');
  await count.selectOption('5');
  await expect(count).toBeFocused();
  await expect(page.locator('.team-fieldset')).toHaveCount(5);
  // New teams take the free colours, named after them.
  expect(await teamNames(page)).toEqual(['Lions', 'Owls', 'Bees', 'Team Blue', 'Team Red']);
  await expect(page.locator('#team-0-colour')).toHaveValue('5');
  await page.screenshot({ path: 'test-results/classroom-setup-resized-en.png' });
  await count.selectOption('2');
  expect(await teamNames(page)).toEqual(['Lions', 'Owls']);
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);

  // The teacher hands a role to the facilitator; another scenario with that role keeps it so.
  await page.locator('[data-team="team2"] input[type="checkbox"]').last().uncheck();
  const facilitator = page.locator('#facilitator-roles');
  await expect(facilitator).toContainText('International partners');
  const scenario = page.locator('#setup-scenario');
  await scenario.selectOption('election');
  await expect(scenario).toBeFocused();
  expect(await teamNames(page)).toEqual(['Lions', 'Owls']);
  await expect(page.locator('#team-0-colour')).toHaveValue('5');
  await expect(facilitator).toContainText('International partners');
  await expect(page.locator('[data-team="team2"] input[type="checkbox"]').last()).not.toBeChecked();
  // The tutorial has one role: both teams play it, and nobody's name is lost.
  await scenario.selectOption('tutorial');
  expect(await teamNames(page)).toEqual(['Lions', 'Owls']);
  for (const team of ['team1', 'team2']) {
    await expect(page.locator(`[data-team="${team}"] input[type="checkbox"]`)).toBeChecked();
  }
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Continue to the briefing' }).click();
  const teams = page.locator('.profile-list li');
  await expect(teams).toHaveCount(2);
  await expect(teams.first()).toContainText('Lions');
  await expect(teams.last()).toContainText('Owls');
  expect(problems.consoleErrors).toEqual([]);
});

const FULL_HD = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };

/** Resize the window and wait until the stage has been scaled to it. */
async function resize(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport);
  const ui = page.locator('#ui');
  await expect
    .poll(() =>
      ui.evaluate(
        (node, width) => Math.abs(node.getBoundingClientRect().width - width),
        viewport.width,
      ),
    )
    .toBeLessThan(2);
}

/** With 2 and then 6 teams: nothing sticks out or overlaps; screenshots of the top and end. */
async function checkTeamCounts(page: Page, name: string): Promise<void> {
  for (const teams of ['2', '6']) {
    await page.locator('#setup-team-count').selectOption(teams);
    await expect(page.locator('.team-fieldset')).toHaveCount(Number(teams));
    expect(await layoutProblems(page), `${name}, ${teams} teams`).toEqual([]);
    const form = page.locator('.classroom-new');
    await page.screenshot({ path: `test-results/classroom-setup/${name}-${teams}.png` });
    await form.evaluate((node) => {
      node.scrollTo(0, node.scrollHeight);
    });
    await page.screenshot({ path: `test-results/classroom-setup/${name}-${teams}-end.png` });
    await form.evaluate((node) => {
      node.scrollTo(0, 0);
    });
  }
}

for (const code of ['en', 'ar', 'zh']) {
  test(`${code}: the set-up before and after a saved session, with 2 and 6 teams`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const problems = await watchPage(page, new URL(baseURL ?? '').origin);
    await openClassroom(page, `?lng=${code}`);
    // Nothing saved yet: a line says where sessions will appear, and the form takes the width.
    await expect(page.locator('.classroom-saved')).toHaveCount(0);
    const note = classroomWords(code).get('setup.noSaved') ?? '';
    await expect(page.locator('.saved-empty')).toHaveText(note);
    const body = await page.locator('.screen-body').boundingBox();
    const form = await page.locator('.classroom-new').boundingBox();
    expect(form?.width ?? 0).toBeGreaterThan((body?.width ?? 0) * 0.95);
    await expect(page.locator('#setup-scenario')).toBeFocused();
    await checkTeamCounts(page, `${code}-1366x768-empty`);
    await resize(page, FULL_HD);
    await checkTeamCounts(page, `${code}-1920x1080-empty`);

    await page.locator('.screen-actions .menu-button.primary').click();
    await page.locator('.screen-actions .menu-button.primary').click();
    await scene(page, 'ClassroomPlay');
    await openClassroom(page, `?lng=${code}`);
    // A saved session: its column comes first, and focus starts on its Continue button.
    await expect(page.locator('.saved-empty')).toHaveCount(0);
    await expect(page.locator('.saved-session')).toHaveCount(1);
    await expect(page.locator('.saved-session button').first()).toBeFocused();
    await checkTeamCounts(page, `${code}-1920x1080-saved`);
    await resize(page, LAPTOP);
    await checkTeamCounts(page, `${code}-1366x768-saved`);
    expect(problems.consoleErrors).toEqual([]);
  });
}

test('Teacher materials is an entry of the title menu, opened by keyboard', async ({ page }) => {
  await page.goto('./?lng=en');
  await waitUntilReady(page);
  const entries = page.locator('.title-menu [data-entry]');
  expect(
    await entries.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.entry)),
  ).toEqual([
    'play',
    'open',
    'classroom',
    'join',
    'materials',
    'r2p',
    'settings',
    'language',
    'about',
  ]);
  for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowDown');
  const materials = page.locator('[data-entry="materials"]');
  await expect(materials).toBeFocused();
  await expect(materials).toHaveText('Teacher materials');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Enter');
  const view = page.locator('.print-view');
  await expect(view).toBeVisible();
  await expect(view.locator('.role-card').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(materials).toBeFocused();
});

test('the title menu, with Continue, fits full size and on a phone in every language', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    localStorage.setItem('actEarly.save', '{}');
  });
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 844, height: 390 },
  ]) {
    await page.setViewportSize(viewport);
    for (const code of ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'it']) {
      await page.goto(`./?lng=${code}`);
      await waitUntilReady(page);
      const buttons = page.locator('.title-menu [data-entry]');
      await expect(buttons).toHaveCount(10);
      const boxes = await buttons.evaluateAll((nodes) =>
        nodes.map((node) => {
          const box = node.getBoundingClientRect();
          return {
            entry: (node as HTMLElement).dataset.entry ?? '',
            box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
            cut:
              node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1,
          };
        }),
      );
      const where = `${code} at ${String(viewport.width)}×${String(viewport.height)}`;
      for (const [i, { entry, box, cut }] of boxes.entries()) {
        expect(cut, `${entry} cut, ${where}`).toBe(false);
        expect(box.bottom, `${entry} below the screen, ${where}`).toBeLessThanOrEqual(
          viewport.height,
        );
        for (const other of boxes.slice(i + 1)) {
          const apart =
            box.right <= other.box.left ||
            other.box.right <= box.left ||
            box.bottom <= other.box.top ||
            other.box.bottom <= box.top;
          expect(apart, `${entry} overlaps ${other.entry}, ${where}`).toBe(true);
        }
      }
      if (code === 'en' || code === 'ar' || code === 'ru') {
        await page.screenshot({
          path: `test-results/classroom-setup/title-${code}-${String(viewport.width)}.png`,
        });
      }
    }
  }
});
