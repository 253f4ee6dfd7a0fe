import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { replayClassroomJson } from '../src/classroom/index.ts';
import { loadProjectContent } from '../src/tools/content-dir.ts';
import { leaveResults, openClassroom, playTurn, scene } from './classroomSteps.ts';
import { measureSizes, waitUntilReady, watchPage } from './watch.ts';

test('a classroom session: three teams in hot seat, console, reload, debrief and exports', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  await openClassroom(page);
  await page.locator('#setup-scenario').selectOption('tutorial');
  await page.locator('#setup-seed').fill('4242');
  await expect(page.locator('#setup-team-count')).toHaveValue('3');
  await page.locator('#team-1-name').fill('');
  await expect(page.locator('#team-1-name-problem')).toHaveText('Give this team a name.');
  await page.locator('#team-1-name').fill('Team Orange');
  await expect(page.locator('#team-1-name-problem')).toBeHidden();
  await expect(page.locator('#lesson-plan')).toContainText('min for the debrief');
  await page.locator('#setup-pin').fill('12');
  await expect(page.locator('#setup-pin-problem')).toHaveText(
    'The PIN must be 4 to 8 digits, or empty.',
  );
  await page.locator('#setup-pin').fill('2468');
  await expect(page.locator('#setup-pin-problem')).toBeHidden();
  await page.screenshot({ path: 'test-results/classroom-setup-en.png' });
  await page.getByRole('button', { name: 'Continue to the briefing' }).click();
  await expect(page.getByRole('heading', { name: /Briefing/ })).toBeVisible();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await scene(page, 'ClassroomPlay');

  // Round 1: the handoff names the team and its roles.
  await expect(page.locator('#handoff-heading')).toContainText('Team Blue');
  await expect(page.locator('#handoff-heading')).toContainText('your move');
  await page.screenshot({ path: 'test-results/classroom-handoff-en.png' });
  const taken = await playTurn(page, 'We act before it is too late');
  expect(taken).not.toBeNull();

  // Team 2: the facilitator pauses, extends the timer and brings the census forward.
  await page.getByRole('button', { name: 'Start our turn' }).click();
  await expect(page.locator('.timer-digits')).toBeVisible();
  // The console asks its PIN once.
  await page.keyboard.press('f');
  await page.locator('#console-pin').fill('1111');
  await page.keyboard.press('Enter');
  await expect(page.locator('#console-pin-problem')).toHaveText('That PIN is not right.');
  await page.locator('#console-pin').fill('2468');
  await page.keyboard.press('Enter');
  const console_ = page.locator('.console-panel');
  await expect(console_).toBeVisible();
  // Hiding the risk meter hides the stage from the teams; the console still shows it.
  await console_.getByRole('button', { name: 'Hide the risk meter from the teams' }).click();
  await expect(page.locator('.stage-label')).toHaveText('Risk meter hidden by the facilitator');
  await expect(console_.locator('.console-status')).toContainText('Current stage: 1');
  await console_.getByRole('button', { name: 'Show the risk meter to the teams' }).click();
  await expect(page.locator('.stage-label')).toContainText('Stage 1 of 5');
  await console_.getByRole('button', { name: 'Pause the session' }).click();
  await expect(page.locator('.classroom-paused')).toBeVisible();
  const before = await page.locator('.timer-digits').textContent();
  await console_.getByRole('button', { name: 'Resume the session' }).click();
  await console_.getByRole('button', { name: 'Extend the timer by 60 s' }).click();
  await expect(page.locator('.timer-digits')).not.toHaveText(before ?? '');
  const bring = console_.locator('.console-triggers button').first();
  await expect(console_.locator('.console-triggers p').first()).toContainText('due in round 3');
  await bring.click();
  await expect(console_.locator('.console-triggers li')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/classroom-console-en.png' });
  await console_.getByRole('button', { name: 'Close the console' }).click();
  await expect(console_).toBeHidden();
  // Another team's turn locks nothing for it; its Done button ends it.
  // The note is saved when the field is left, and kept when the room is drawn again.
  await page.locator('#team-note').fill('Census moved: we watch');
  await page.keyboard.press('Tab');
  await expect(page.locator('#team-note-saved')).toHaveText('Note saved.');
  await page.locator('.role-tab').last().click();
  await expect(page.locator('#team-note')).toHaveValue('Census moved: we watch');
  await page.locator('.classroom-done').click();
  await playTurn(page, null);

  // Reload during the round's results and continue from the saved sessions list: the round is
  // explained again from the saved log, not reported as quiet.
  const explained = await page.getByRole('dialog').locator('.result-line').allTextContents();
  expect(explained.length).toBeGreaterThan(0);
  await page.reload();
  await waitUntilReady(page);
  await page.locator('[data-entry="classroom"]').click();
  await scene(page, 'ClassroomSetup');
  await expect(page.locator('.saved-session')).toHaveCount(1);
  await page.locator('.saved-session').getByRole('button', { name: 'Continue' }).click();
  await scene(page, 'ClassroomPlay');
  await expect(page.getByRole('dialog').locator('.result-line')).toHaveText(explained);
  await leaveResults(page);
  await expect(page.locator('#handoff-heading')).toContainText('Team Blue');
  await expect(page.locator('.play-title p')).toHaveText('Round 2 of 4');

  // Round 2: one team plays, then the facilitator resolves the round from the console.
  await playTurn(page, 'Second round');
  // After a reload the console asks its PIN again.
  await page.keyboard.press('f');
  await page.locator('#console-pin').fill('2468');
  await page.keyboard.press('Enter');
  await console_.getByRole('button', { name: 'Resolve the round now' }).click();
  await page.keyboard.press('Escape');
  await leaveResults(page);

  // Rounds 3 and 4 in turn.
  for (let round = 3; round <= 4; round++) {
    for (let team = 0; team < 3; team++) await playTurn(page, null);
    await leaveResults(page);
  }
  await scene(page, 'ClassroomDebrief');
  await expect(page.locator('.team-summary')).toHaveCount(3);
  await expect(page.locator('.team-summary').first()).toContainText('We act before it is too late');
  await page.screenshot({ path: 'test-results/classroom-debrief-en.png' });

  // Exports: CSV and JSON downloads match what was played, and the JSON replays to the score.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  const rows = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(rows[0]).toBe(
    'team,roles,round,stage_start,stage_end,measures,measure_ids,signs_responded,note',
  );
  expect(rows.filter((r) => r.startsWith('Team Blue,'))).toHaveLength(4);
  expect(rows.filter((r) => r.startsWith('Team Orange,'))).toHaveLength(4);
  expect(csv).toContain('We act before it is too late');
  expect(csv).toContain('Census moved: we watch');

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  const json = await readFile(await (await jsonDownload).path(), 'utf8');
  const record = JSON.parse(json) as {
    setup: { seed: number; scenario: string; teams: { name: string }[] };
    log: { kind: string }[];
    attribution: string[];
  };
  expect(record.setup.seed).toBe(4242);
  expect(record.setup.scenario).toBe('tutorial');
  expect(record.setup.teams.map((t) => t.name)).toEqual(['Team Blue', 'Team Orange', 'Team Green']);
  expect(record.log.filter((a) => a.kind === 'endRound')).toHaveLength(4);
  expect(record.log.filter((a) => a.kind === 'advanceTrigger')).toHaveLength(1);
  expect(record.attribution[record.log.findIndex((a) => a.kind === 'takeMeasure')]).toBe('team1');
  const loaded = loadProjectContent();
  if (!loaded.ok) throw new Error('content');
  const replayed = replayClassroomJson(loaded.content, json);
  expect(replayed.ok).toBe(true);
  const shown = Number(await page.locator('.score-total').getAttribute('data-total'));
  expect(replayed.ok && replayed.score.total).toBe(shown);

  // The printable summary fits the page width in print.
  await page.getByRole('button', { name: 'Print summary' }).click();
  const summary = page.locator('.classroom-print');
  await expect(summary).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const width of [794, 816]) {
    await page.setViewportSize({ width, height: 1100 });
    const overflow = await page.evaluate(() => {
      const view = document.querySelector('.classroom-print');
      return view ? view.scrollWidth - view.clientWidth : -1;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    const docOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(docOverflow).toBeLessThanOrEqual(0);
  }
  await page.screenshot({ path: 'test-results/classroom-print-en.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.keyboard.press('Escape');
  await expect(summary).toBeHidden();

  // Arabic, right to left: the set-up and the saved session's debrief.
  await openClassroom(page, '?lng=ar');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await page.screenshot({ path: 'test-results/classroom-setup-ar.png' });
  await page.locator('.saved-session button').first().click();
  await scene(page, 'ClassroomDebrief');
  await page.screenshot({ path: 'test-results/classroom-debrief-ar.png' });

  // Deleting a saved session asks first.
  await page.keyboard.press('Escape');
  await scene(page, 'Title');
  await page.locator('[data-entry="classroom"]').click();
  await scene(page, 'ClassroomSetup');
  await page.locator('.saved-session button').nth(1).click();
  await page.getByRole('dialog').locator('button').nth(1).click();
  await expect(page.locator('.saved-session')).toHaveCount(0);

  expect(problems.consoleErrors).toEqual([]);
  expect(problems.offOriginRequests).toEqual([]);
});

test('facilitator entry, untimed, right to left: the facilitator enters each team and role', async ({
  page,
  baseURL,
}) => {
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  await openClassroom(page, '?lng=ar');
  await page.locator('#setup-scenario').selectOption('election');
  await page.locator('#setup-team-count').selectOption('2');
  await page.locator('input[name="classroom-mode"][value="facilitatorEntry"]').check();
  await page.locator('#setup-preset').selectOption('untimed');
  // A role no team plays goes to the facilitator.
  await page.locator('[data-team="team2"] input[type="checkbox"]').last().uncheck();
  await expect(page.locator('#facilitator-roles')).not.toBeEmpty();
  await page.locator('.screen-actions .menu-button.primary').click();
  await page.locator('.screen-actions .menu-button.primary').click();
  await scene(page, 'ClassroomPlay');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await expect(page.locator('#entry-team')).toHaveValue('team1');
  await expect(page.locator('#classroom-timer')).not.toBeEmpty();
  // Another team's role is locked while entering for team 1.
  await page.locator('.role-tab').nth(3).click();
  await expect(page.locator('.locked-note')).toBeVisible();
  await expect(page.locator('.role-panel .card-actions button:not([disabled])')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/classroom-play-ar.png' });
  await page.locator('.role-tab').first().click();
  await page.locator('.role-panel .card-actions button.card-button').first().click();
  await page.locator('.classroom-done').click();
  await expect(page.locator('#entry-team')).toHaveValue('team2');
  await page.locator('.classroom-done').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.screenshot({ path: 'test-results/classroom-results-ar.png' });
  expect(problems.consoleErrors).toEqual([]);
});

test('on a phone the classroom room shows one part at a time, and every button stays reachable', async ({
  page,
  baseURL,
}) => {
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  await page.setViewportSize({ width: 844, height: 390 });
  await openClassroom(page);
  await page.locator('#setup-scenario').selectOption('tutorial');
  await page.locator('#setup-team-count').selectOption('2');
  await page.locator('.screen-actions .menu-button.primary').click();
  await page.locator('.screen-actions .menu-button.primary').click();
  await scene(page, 'ClassroomPlay');
  await page.getByRole('button', { name: 'Start our turn' }).click();
  // The turn starts on the measures; the team's panel waits behind its tab.
  const tabs = page.getByRole('tablist', { name: 'Parts of the situation room' });
  await expect(tabs.getByRole('tab', { name: 'Measures' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.locator('.role-panel')).toBeVisible();
  await expect(page.locator('.classroom-side')).toBeHidden();
  await tabs.getByRole('tab', { name: 'Turn and timer' }).click();
  await expect(page.locator('.role-panel')).toBeHidden();
  await expect(page.locator('.timer-digits')).toBeInViewport();
  const sizes = await measureSizes(page);
  expect(sizes.text.px, sizes.text.sample).toBeGreaterThanOrEqual(11);
  expect(sizes.target.px, sizes.target.sample).toBeGreaterThanOrEqual(30);
  await page.screenshot({ path: 'test-results/classroom-turn-en-844x390.png' });
  await page.locator('.classroom-done').click();
  await expect(page.locator('#handoff-heading')).toContainText('Team Orange');
  await expect(page.getByRole('button', { name: 'Start our turn' })).toBeInViewport();
  expect(problems.consoleErrors).toEqual([]);
});
