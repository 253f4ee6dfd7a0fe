/**
 * Issue #18 in the browser: `npm run serve` on its own port, a teacher at the projector and four
 * students on their own devices (English, Arabic on a phone, Chinese, French) play a classroom
 * session to its debrief; one student reloads mid-round, then the teacher; the locked room refuses a
 * fifth; a team writes its note on a device; a student's debrief has no exports and leaves the room.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { scene } from './classroomSteps.ts';
import { readHook, waitUntilReady, watchPage, type PageProblems } from './watch.ts';

const PORT = Number(process.env.PW_ROOM_PORT ?? Number(process.env.PW_PORT ?? 4173) + 100);
const ORIGIN = `http://127.0.0.1:${String(PORT)}`;
const SHOTS = 'test-results/classroom-devices';

/** Rounds played on the devices before the teacher reveals the debrief (time on a 2-core CI). */
const ROUNDS_PLAYED = Number(process.env.PW_ROOM_ROUNDS ?? 2);

let server: ChildProcess | null = null;

test.beforeAll(async () => {
  const child = spawn(process.execPath, ['src/server/main.ts'], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server = child;
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Join: ')) resolve();
    });
    child.once('exit', (code) => {
      reject(new Error(`npm run serve stopped (${String(code)}): ${out}`));
    });
  });
  mkdirSync(SHOTS, { recursive: true });
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

/** Wait for `name` on a busy machine (the join screen loads the classroom's code first). */
async function onScene(page: Page, name: string): Promise<void> {
  await expect.poll(async () => (await readHook(page)).scene, { timeout: 30_000 }).toBe(name);
  await waitUntilReady(page);
}

interface Device {
  readonly page: Page;
  readonly problems: PageProblems;
}

/** Contexts this spec opened itself: Playwright closes only the ones its fixtures made. */
const opened: BrowserContext[] = [];
test.afterEach(async () => {
  // A room page left open keeps drawing and would slow every later spec on a 2-core machine.
  await Promise.all(opened.splice(0).map((context) => context.close()));
});

async function device(
  browser: Browser,
  locale: string,
  viewport = { width: 1366, height: 768 },
): Promise<Device> {
  const context = await browser.newContext({ locale, viewport, baseURL: `${ORIGIN}/` });
  opened.push(context);
  const page = await context.newPage();
  const problems = await watchPage(page, ORIGIN);
  return { page, problems };
}

/** A student opens the join address, types a nickname, and picks a team. */
async function join(student: Device, code: string, lng: string, nickname: string): Promise<void> {
  const { page } = student;
  // Phones get the Canvas renderer: five WebGL pages in software rendering starve a 2-core CI.
  await page.goto(`./?renderer=canvas&lng=${lng}&join=${code}`);
  const t0 = Date.now();
  await onScene(page, 'ClassroomJoin');
  console.log(`join screen of ${nickname}: ${String(Date.now() - t0)} ms`);
  await expect(page.locator('#join-code')).toHaveValue(code);
  await page.locator('#join-nickname').fill(nickname);
  await page.locator('#join-nickname').press('Enter');
  await expect(page.locator('.join-team').first()).toBeVisible({ timeout: 20_000 });
}

async function pickTeam(student: Device, index: number): Promise<void> {
  await student.page.locator('.join-team').nth(index).click();
  await expect(student.page.locator('.join-submit')).toBeVisible();
  await expect
    .poll(async () => (await readHook(student.page)).room?.team)
    .toBe(`team${String(index + 1)}`);
}

/** Propose the first measure the team may take; returns whether there was one. */
async function propose(student: Device): Promise<boolean> {
  const page = student.page;
  const before = await page.locator('.proposal-list li').count();
  const take = page.locator(
    '.join-roles .card-actions button.card-button:not(.secondary):not([disabled])',
  );
  if ((await take.count()) === 0) return false;
  await take.first().click();
  await expect(page.locator('.join-proposals .proposal-list li')).toHaveCount(before + 1);
  return true;
}

async function submit(student: Device): Promise<void> {
  const page = student.page;
  await page.locator('.join-submit').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.locator('.modal-actions .menu-button.primary').click();
  // Submitted, or (the last team) the round is already resolved.
  await expect(page.locator('.join-wait')).not.toHaveCount(0);
}

/** After the results: through a discussion pause, to the next round (false) or the debrief. */
async function nextRound(page: Page): Promise<boolean> {
  const resume = page.getByRole('button', { name: 'Resume the game' });
  for (;;) {
    await expect(
      page.locator('.room-side').or(resume).or(page.locator('.classroom-debrief-screen')),
    ).toBeVisible();
    if (await resume.isVisible()) {
      await resume.click();
      await expect(resume).toBeHidden({ timeout: 10_000 });
      continue;
    }
    return (await readHook(page)).scene === 'ClassroomDebrief';
  }
}

test('students on their own devices play a classroom room to its debrief', async ({ browser }) => {
  test.setTimeout(Number(process.env.PW_ROOM_TIMEOUT ?? 240_000));
  const start = Date.now();
  const teacher = await device(browser, 'en-GB');
  const { page } = teacher;
  await page.goto('./?renderer=canvas');
  await waitUntilReady(page);
  await page.locator('[data-entry="classroom"]').click();
  await scene(page, 'ClassroomSetup');
  await page.locator('#setup-scenario').selectOption('election');
  await page.locator('#setup-team-count').selectOption('2');
  await page.locator('#setup-preset').selectOption('untimed');
  await page.locator('#setup-seed').fill('1818');
  await page.getByRole('button', { name: 'Continue to the briefing' }).click();
  const devices = page.getByRole('button', { name: 'Students join on their devices' });
  await devices.click();
  await scene(page, 'ClassroomPlay');
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.room-code')).toHaveText(/^[A-Z2-9]{6}$/);
  const code = (await dialog.locator('.room-code').textContent()) ?? '';
  await expect(dialog.locator('.room-address')).toHaveText(`${ORIGIN}/?join=${code}`);
  await expect(dialog.locator('svg.join-qr path')).toHaveAttribute('d', /^M/);
  expect((await readHook(page)).room).toEqual({
    code,
    role: 'teacher',
    team: null,
    connected: true,
  });

  console.log(`room open: ${String(Date.now() - start)} ms`);
  const ana = await device(browser, 'en-GB');
  const amal = await device(browser, 'ar', { width: 844, height: 390 });
  const ming = await device(browser, 'zh-CN');
  const lea = await device(browser, 'fr-FR');
  await join(ana, code, 'en', 'Ana');
  await join(amal, code, 'ar', 'أمل');
  await expect(amal.page.locator('html')).toHaveAttribute('dir', 'rtl');
  await join(ming, code, 'zh', '小明');
  await join(lea, code, 'fr', 'Léa');
  await pickTeam(ana, 0);
  await pickTeam(amal, 0);
  await pickTeam(ming, 1);
  await pickTeam(lea, 1);
  await expect(dialog.locator('.roster-row')).toHaveCount(4);
  await expect(dialog.locator('.roster-status.is-connected')).toHaveCount(4);
  await page.screenshot({ path: `${SHOTS}/projector-join.png` });

  // A nickname already in the room (whatever its case) is refused in the student's language.
  const late = await device(browser, 'fr-FR');
  await late.page.goto(`./?renderer=canvas&lng=fr&join=${code}`);
  await onScene(late.page, 'ClassroomJoin');
  await late.page.locator('#join-nickname').fill('ANA');
  await late.page.locator('#join-nickname').press('Enter');
  await expect(late.page.locator('#join-problem')).toContainText('utilise déjà ce pseudo');

  // The teacher locks the room: a fifth student is refused, with the reason in words.
  await dialog.getByRole('button', { name: 'Lock the room' }).click();
  await expect(dialog.locator('#room-lock-state')).toHaveText(
    'The room is locked: nobody new can join.',
  );
  await late.page.locator('#join-nickname').fill('Zoé');
  await late.page.locator('#join-nickname').press('Enter');
  await expect(late.page.locator('#join-problem')).toContainText('a verrouillé cette salle');
  expect((await readHook(late.page)).room).toBeNull();
  await dialog.getByRole('button', { name: 'Back to the room' }).click();
  await expect(dialog).toBeHidden();

  // On the projector, another team's role says the team decides on its own devices.
  const lockedNote = page.locator('.locked-note');
  for (const tab of await page.locator('.role-tab').all()) {
    await tab.click();
    if ((await lockedNote.allTextContents()).join(' ').includes('their own devices')) break;
  }
  await expect(lockedNote).toContainText('they decide on their own devices');

  const teams: [Device, Device][] = [
    [ana, amal],
    [ming, lea],
  ];
  let round = 1;
  for (;;) {
    for (const [proposer, submitter] of teams) {
      const proposed = await propose(proposer);
      // Team members see each other's proposals.
      if (proposed) await expect(submitter.page.locator('.proposal-list li')).not.toHaveCount(0);
      if (round === 2 && proposer === ana) {
        // A reload mid-round puts the student back in the same team and round.
        await ana.page.reload();
        await onScene(ana.page, 'ClassroomJoin');
        await expect(ana.page.locator('.join-submit')).toBeVisible();
        expect((await readHook(ana.page)).room).toEqual({
          code,
          role: 'student',
          team: 'team1',
          connected: true,
        });
        await expect(ana.page.locator('.proposal-list li')).toHaveCount(proposed ? 1 : 0);
      }
      if (round === 2 && proposer === ana) {
        await amal.page.screenshot({ path: `${SHOTS}/phone-ar.png` });
        await page.screenshot({ path: `${SHOTS}/projector-play.png` });
      }
      if (round === 1 && submitter === lea) {
        // The team's note, written on a device, reaches the room (and the debrief).
        await lea.page.locator('#team-note').fill('Prévenir avant tout');
        await lea.page.locator('#team-note').press('Enter');
        await expect(ming.page.locator('#team-note')).toHaveValue('Prévenir avant tout');
      }
      if (round === 2 && proposer === ana) {
        // The teacher's refresh resumes the same room and round; the students stay connected.
        await page.reload();
        await onScene(page, 'ClassroomPlay');
        await expect(page.locator('.room-side')).toBeVisible();
        await expect(page.getByText('Round 2 of', { exact: false }).first()).toBeVisible();
        expect((await readHook(page)).room).toEqual({
          code,
          role: 'teacher',
          team: null,
          connected: true,
        });
        for (const student of [ana, amal, ming, lea]) {
          expect((await readHook(student.page)).room?.connected).toBe(true);
        }
      }
      await submit(submitter);
      await expect(proposer.page.locator('.join-wait')).not.toHaveCount(0);
    }
    // The projector shows the round's results; the teacher moves on.
    const results = page.getByRole('dialog');
    await expect(results).toBeVisible();
    await results.locator('.classroom-continue').click();
    await expect(results.locator('.classroom-continue')).toBeHidden();
    if (await nextRound(page)) break;
    if (round === ROUNDS_PLAYED) {
      // The rest of the game is the same rounds again: the teacher shows the debrief now.
      await page.keyboard.press('f');
      await page.getByRole('button', { name: 'Show the debrief now' }).click();
      break;
    }
    await expect(ana.page.locator('.join-submit')).toBeVisible({ timeout: 10_000 });
    console.log(`round ${String(round)}: ${String(Date.now() - start)} ms`);
    round++;
  }
  await scene(page, 'ClassroomDebrief');
  for (const student of [ana, amal, ming, lea]) await onScene(student.page, 'ClassroomDebrief');
  await page.screenshot({ path: `${SHOTS}/projector-debrief.png` });
  await amal.page.screenshot({ path: `${SHOTS}/phone-ar-debrief.png` });
  await expect(page.locator('.classroom-debrief-screen')).toContainText('Prévenir avant tout');

  // Exports are on the teacher's device only; a student's "Title screen" leaves the room.
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
  await expect(ana.page.getByRole('button', { name: 'Print summary' })).toBeVisible();
  await expect(ana.page.getByRole('button', { name: 'Download CSV' })).toHaveCount(0);
  await expect(ana.page.getByRole('button', { name: 'Download JSON' })).toHaveCount(0);
  await ana.page.getByRole('button', { name: 'Title screen' }).click();
  await onScene(ana.page, 'Title');
  expect((await readHook(ana.page)).room).toBeNull();
  expect(await ana.page.evaluate(() => sessionStorage.getItem('act-early-room'))).toBeNull();

  for (const { problems } of [teacher, ana, amal, ming, lea, late]) {
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.offOriginRequests).toEqual([]);
  }
});
