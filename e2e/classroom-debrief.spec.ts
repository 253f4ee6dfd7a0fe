import { expect, test, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { crowdedSession } from './classroomSessions.ts';
import { leaveResults, openClassroom, playTurn, scene } from './classroomSteps.ts';
import { overlappingLabels, watchPage } from './watch.ts';

const TEAMS = ['Team Blue', 'Team Orange', 'Team Green'];
/** Team colours as the chart paints them (Okabe–Ito blue, orange, bluish green). */
const COLOURS = { blue: [0x00, 0x72, 0xb2], orange: [0xe6, 0x9f, 0x00], green: [0x00, 0x9e, 0x73] };
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Whether a screenshot of `area` holds a pixel of `rgb` (give or take rounding). */
async function shows(page: Page, area: Locator, rgb: readonly number[]): Promise<boolean> {
  const box = await area.boundingBox();
  if (!box) return false;
  const image = PNG.sync.read(await page.screenshot({ clip: box }));
  for (let i = 0; i < image.data.length; i += 4) {
    if (rgb.every((value, c) => Math.abs((image.data[i + c] ?? 0) - value) <= 3)) return true;
  }
  return false;
}

/** What does not fit: panels overlapping, the chart cut off, lane names or labels clipped. */
async function layoutProblems(page: Page, longNames = false): Promise<string[]> {
  return page.evaluate((longNames) => {
    const problems: string[] = [];
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const chart = box('.class-chart');
    const results = box('.classroom-results');
    if (!chart || !results) return ['chart or results missing'];
    if (chart.right > results.left + 1 && results.right > chart.left + 1) {
      problems.push('chart and results overlap');
    }
    const section = document.querySelector<HTMLElement>('.class-chart');
    if (section && section.scrollHeight > section.clientHeight + 1) problems.push('chart cut off');
    const names = longNames ? [] : document.querySelectorAll<HTMLElement>('.team-name');
    for (const name of names) {
      if (name.scrollWidth > name.clientWidth + 1) problems.push(`name cut: ${name.textContent}`);
    }
    const lanes = document.querySelector('.class-chart .chart-lanes')?.getBoundingClientRect();
    for (const lane of document.querySelectorAll('.class-chart .chart-lanes li')) {
      const r = lane.getBoundingClientRect();
      const cut =
        lanes &&
        r.bottom > lanes.top + 1 &&
        r.top < lanes.bottom - 1 &&
        r.bottom > lanes.bottom + 1;
      if (cut) problems.push(`lane cut: ${lane.textContent}`);
    }
    const labels =
      '.class-chart .chart-stage, .class-chart .chart-tick, .class-chart .chart-legend li';
    for (const label of document.querySelectorAll<HTMLElement>(labels)) {
      // A hidden label (the what-if legend before a change is tried) has no box to check.
      if (label.getClientRects().length === 0) continue;
      const r = label.getBoundingClientRect();
      const inside =
        r.left >= chart.left - 1 &&
        r.right <= chart.right + 1 &&
        r.top >= chart.top - 1 &&
        r.bottom <= chart.bottom + 1;
      if (!inside) problems.push(`outside the chart: ${label.textContent}`);
    }
    return problems;
  }, longNames);
}

async function checkAndShoot(page: Page, code: string, longNames = false): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expect(page.locator('.class-chart .chart-svg')).toBeVisible();
    await page.screenshot({
      path: `test-results/classroom-chart-${code}-${String(size.width)}x${String(size.height)}.png`,
    });
    expect(await layoutProblems(page, longNames)).toEqual([]);
    expect(await overlappingLabels(page, '.class-chart .chart-stage')).toEqual([]);
  }
}

test('the class debrief charts the crisis with a lane per team, named and described', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  await openClassroom(page);
  await page.locator('#setup-scenario').selectOption('tutorial');
  await page.locator('#setup-seed').fill('1234');
  await expect(page.locator('#setup-team-count')).toHaveValue('3');
  await page.getByRole('button', { name: 'Continue to the briefing' }).click();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await scene(page, 'ClassroomPlay');
  // Teams Blue and Orange act when they can; Team Green never does.
  for (let round = 1; round <= 4; round++) {
    await playTurn(page, null);
    await playTurn(page, null);
    await playTurn(page, null, false);
    await leaveResults(page);
  }
  await scene(page, 'ClassroomDebrief');

  const chart = page.locator('.class-chart');
  await expect(chart.getByRole('heading')).toHaveText('The crisis, round by round');
  const lanes = chart.locator('.chart-lanes li');
  await expect(lanes).toHaveText(TEAMS);
  const shapes = await lanes
    .locator('.team-swatch')
    .evaluateAll((svgs) => svgs.map((svg) => (svg as SVGElement).dataset.shape));
  expect(new Set(shapes).size).toBe(3);
  // The costliest delay is found off the main thread; "try it yourself" may show it at once.
  await expect(page.locator('.costliest-delay')).toHaveAttribute('data-state', 'ready');
  const offered = await page.locator('.whatif').getAttribute('data-threats');
  await expect(chart.locator('.chart-legend li')).toHaveText([
    "With the class's measures",
    'If nobody had acted',
    'Warning signs seen',
    ...(offered ? ['With your change'] : []),
  ]);

  // The description names every team, with when it acted, and tabulates the rounds.
  const description = chart.locator('.class-chart-description');
  const lines = description.locator('li');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toHaveText(/^Team Blue took \d+ measures? in rounds? 1\b/);
  await expect(lines.nth(1)).toHaveText(/^Team Orange took \d+ measures? in rounds? /);
  await expect(lines.nth(2)).toHaveText('Team Green: no measures');
  await expect(description.locator('th')).toHaveText([
    'Round',
    "With the class's measures",
    'If nobody had acted',
    ...TEAMS,
  ]);
  await expect(description.locator('tr')).toHaveCount(6);
  await expect(description.locator('tr').nth(2).locator('td').last()).toHaveText('0');
  await expect(chart).toHaveAttribute('aria-labelledby', 'class-chart-heading');

  // Each team's markers are drawn in its own lane: Blue's and Orange's, none for Green.
  await checkAndShoot(page, 'en');
  const tracks = lanes.locator('.lane-track');
  expect(await shows(page, tracks.nth(0), COLOURS.blue)).toBe(true);
  expect(await shows(page, tracks.nth(1), COLOURS.orange)).toBe(true);
  expect(await shows(page, tracks.nth(2), COLOURS.green)).toBe(false);

  // Try it yourself, in the class debrief too: the change is replayed, said and drawn.
  const plot = chart.locator('.chart-plot');
  const plotBefore = await plot.screenshot();
  const change = page.getByLabel('Instead', { exact: true });
  const values = await change
    .locator('option')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
  const current = await change.inputValue();
  await change.selectOption(values.find((value) => value !== current) ?? '');
  await page.getByRole('button', { name: 'Show what happens' }).click();
  await expect(page.locator('.whatif-result')).not.toBeEmpty();
  const threats = await page.locator('.whatif').getAttribute('data-threats');
  if (threats !== null) {
    expect(threats).not.toBe(offered);
    expect(threats.split(' ')).toHaveLength(5);
    await expect(chart.locator('.legend-change')).toBeVisible();
    expect((await plot.screenshot()).equals(plotBefore)).toBe(false);
  }

  // A phone: the chart and the results take turns, chosen with tabs.
  await page.setViewportSize({ width: 844, height: 390 });
  await scene(page, 'ClassroomDebrief');
  await expect(page.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
  await expect(chart.locator('.chart-svg')).toBeVisible();
  await expect(page.locator('.classroom-results')).toBeHidden();
  await page.screenshot({ path: 'test-results/classroom-chart-en-844x390.png' });
  expect(await layoutProblems(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Results' }).click();
  await expect(page.locator('.classroom-results')).toBeVisible();
  await expect(chart).toBeHidden();
  await page.screenshot({ path: 'test-results/classroom-results-en-844x390.png' });

  // Arabic mirrors the chart: it sits on the right, round 0 at its right edge. Chinese too.
  for (const code of ['ar', 'zh']) {
    await page.setViewportSize(SIZES[0] ?? { width: 1366, height: 768 });
    await openClassroom(page, `?lng=${code}`);
    await page.locator('.saved-session button').first().click();
    await scene(page, 'ClassroomDebrief');
    await expect(page.locator('.class-chart .chart-lanes li')).toHaveText(TEAMS);
    await expect(page.locator('.class-chart-description li').nth(0)).toContainText('Team Blue');
    if (code === 'ar') {
      const chartBox = await page.locator('.class-chart').boundingBox();
      const resultsBox = await page.locator('.classroom-results').boundingBox();
      expect(chartBox && resultsBox && chartBox.x > resultsBox.x).toBe(true);
      const first = await page.locator('.class-chart .chart-tick').first().boundingBox();
      const last = await page.locator('.class-chart .chart-tick').last().boundingBox();
      expect(first && last && first.x > last.x).toBe(true);
    }
    await checkAndShoot(page, code);
  }
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.offOriginRequests).toEqual([]);
});

test('six teams and a facilitator over twelve rounds still fit, at large text too', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  const record = crowdedSession();
  await page.goto('./');
  await page.evaluate((session) => {
    localStorage.setItem('actEarly.classroom.crowded', JSON.stringify({ savedAt: 1, session }));
  }, record);
  for (const [code, textScale] of [
    ['en', 1],
    ['ar', 1],
    ['en', 1.5],
  ] as const) {
    await page.evaluate((scale) => {
      localStorage.setItem('actEarly.preferences', JSON.stringify({ textScale: scale }));
    }, textScale);
    await page.setViewportSize(SIZES[0] ?? { width: 1366, height: 768 });
    await openClassroom(page, `?lng=${code}`);
    await page.locator('.saved-session button').first().click();
    await scene(page, 'ClassroomDebrief');
    await expect(page.locator('.class-chart .chart-lanes li')).toHaveCount(7);
    await expect(page.locator('.class-chart .chart-lanes li').last()).toHaveAttribute(
      'data-actor',
      'facilitator',
    );
    await checkAndShoot(page, `crowded-${code}-${String(textScale)}`, true);
  }
  // Large text leaves no room for every lane: they scroll, their markers with them.
  const lanes = page.locator('.class-chart .chart-lanes');
  expect(await lanes.evaluate((list) => list.scrollHeight > list.clientHeight)).toBe(true);
  const facilitator = lanes.locator('li').last();
  await facilitator.scrollIntoViewIfNeeded();
  const star = [0xf7, 0xf3, 0xea];
  await expect.poll(() => shows(page, facilitator.locator('.lane-track'), star)).toBe(true);
  await page.screenshot({ path: 'test-results/classroom-chart-crowded-scrolled.png' });
  expect(problems.consoleErrors).toEqual([]);
});
