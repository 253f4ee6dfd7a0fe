import { expect, test, type Page } from '@playwright/test';
import { contentFingerprint } from '../src/content/fingerprint.ts';
import {
  CORRUPT_SAVE_STORAGE_KEY,
  SAVE_FORMAT_VERSION,
  SAVE_STORAGE_KEY,
} from '../src/game/session/save.ts';
import { loadProjectContent } from '../src/tools/content-dir.ts';
import { crowdedSession } from './classroomSessions.ts';
import { leaveResults, openClassroom, playTurn, scene } from './classroomSteps.ts';
import { readHook, waitUntilReady, watchPage, type PageProblems } from './watch.ts';

/*
 * Everything that comes from a file, a link or storage is shown as text: strings that would run
 * as HTML or script, put into every field a player or a crafted file can fill, never run, never
 * trip the CSP, and show literally where they show.
 */
const IMG = '<img src=x onerror=window.__pwned=1>';
const JS = 'javascript:alert(1)';
const SVG = '"><svg onload=window.__pwned=1>';

async function expectNothingRan(page: Page, problems: PageProblems): Promise<void> {
  const ran = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror]').length,
    jsLinks: [...document.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript:'))
      .length,
  }));
  expect(ran).toEqual({ pwned: undefined, injected: 0, jsLinks: 0 });
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.offOriginRequests).toEqual([]);
}

const loaded = loadProjectContent();
if (!loaded.ok) throw new Error('content does not load');
const content = loaded.content;

test('a crafted ?lng= and crafted saves are refused in words and never run', async ({
  page,
  baseURL,
}) => {
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  await page.goto(`./?lng=${encodeURIComponent(`<script>window.__pwned=1</script>${IMG}`)}`);
  await waitUntilReady(page);
  expect((await readHook(page)).language).toBe('en');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expectNothingRan(page, problems);

  // A save of the right shape whose strings (scenario, measure, trigger) are payloads, and one
  // that is a payload itself: both are refused, explained and kept aside.
  const crafted = {
    format: 'act-early-save',
    version: SAVE_FORMAT_VERSION,
    content: contentFingerprint(content),
    scenario: IMG,
    seed: 1,
    roles: ['government'],
    intensity: 'standard',
    finished: false,
    log: [
      { kind: 'takeMeasure', role: 'government', measure: JS },
      { kind: 'advanceTrigger', trigger: SVG },
    ],
  };
  for (const [raw, reason] of [
    [JSON.stringify(crafted), "The saved game does not fit this version's scenarios."],
    [IMG, 'The saved game is damaged and cannot be read.'],
  ] as const) {
    await page.evaluate(
      ([key, value]) => {
        localStorage.setItem(key, value);
      },
      [SAVE_STORAGE_KEY, raw] as const,
    );
    await page.reload();
    await waitUntilReady(page);
    await page.locator('[data-entry="continue"]').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(reason);
    await expect(dialog).not.toContainText('<img');
    const kept = await page.evaluate((key) => localStorage.getItem(key), CORRUPT_SAVE_STORAGE_KEY);
    expect(kept).toBe(raw);
    await expectNothingRan(page, problems);
  }
});

test('team names and notes typed in a classroom session show as typed and never run', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  await openClassroom(page);
  await page.locator('#setup-scenario').selectOption('tutorial');
  const names = [IMG, JS, SVG];
  for (const [i, name] of names.entries()) {
    await page.locator(`#team-${String(i)}-name`).fill(name);
    await expect(page.locator(`#team-${String(i)}-name-problem`)).toBeHidden();
  }
  await expect(page.locator('.classroom-setup-screen')).toContainText(IMG);
  await page.getByRole('button', { name: 'Continue to the briefing' }).click();
  await expect(page.getByRole('heading', { name: /Briefing/ })).toBeVisible();
  await expect(page.locator('main')).toContainText(IMG);
  await page.getByRole('button', { name: 'Start the session' }).click();
  await scene(page, 'ClassroomPlay');
  await expect(page.locator('#handoff-heading')).toContainText(IMG);
  const note = `${IMG} ${JS}`;
  await playTurn(page, note);
  await expect(page.locator('#handoff-heading')).toContainText(JS);
  await playTurn(page, SVG);
  await expect(page.locator('#handoff-heading')).toContainText(SVG);
  await playTurn(page, null);
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNothingRan(page, problems);
  await leaveResults(page);

  await page.keyboard.press('f');
  await page.getByRole('button', { name: 'Show the debrief now' }).click();
  await scene(page, 'ClassroomDebrief');
  const teams = page.locator('.team-summary');
  await expect(teams).toHaveCount(3);
  for (const [i, name] of names.entries()) await expect(teams.nth(i)).toContainText(name);
  await expect(teams.first()).toContainText(note);
  await page.screenshot({ path: 'test-results/xss-classroom-debrief.png' });
  await expectNothingRan(page, problems);
});

test('a stored class record with crafted names and notes is listed and opened as text', async ({
  page,
  baseURL,
}) => {
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  const record = crowdedSession([IMG, JS, SVG, 'Red', 'Sky', 'Green']);
  record.notes = [
    { team: 'team1', round: 1, text: IMG },
    { team: 'team2', round: 2, text: JS },
  ];
  await page.goto('./');
  await waitUntilReady(page);
  await page.evaluate((session) => {
    localStorage.setItem('actEarly.classroom.crafted', JSON.stringify({ savedAt: 1, session }));
    localStorage.setItem('actEarly.classroom.broken', '<img src=x onerror=window.__pwned=1>');
    const stale = { ...session, content: 'another version' };
    localStorage.setItem(
      'actEarly.classroom.stale',
      JSON.stringify({ savedAt: 2, session: stale }),
    );
  }, record);
  await openClassroom(page);
  const saved = page.locator('.saved-session');
  await expect(saved).toHaveCount(2);
  await expect(page.locator('.saved-problem')).toHaveText(
    'An unreadable saved session was set aside.',
  );
  // The newest (another version's content) cannot be opened: the list says why.
  await saved.first().getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.saved-problem')).toHaveText(
    'The saved session was played with different scenarios than this version has. An unreadable saved session was set aside.',
  );
  await expect(saved).toHaveCount(1);
  for (const name of [IMG, JS, SVG]) await expect(saved).toContainText(name);
  await expectNothingRan(page, problems);

  await saved.getByRole('button', { name: 'Continue' }).click();
  await scene(page, 'ClassroomDebrief');
  const teams = page.locator('.team-summary');
  await expect(teams.first()).toContainText(IMG);
  await expect(teams.nth(1)).toContainText(JS);
  await expect(teams.nth(2)).toContainText(SVG);
  await expectNothingRan(page, problems);
});
