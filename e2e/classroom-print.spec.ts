import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { flatten } from '../src/tools/i18n-rules.ts';
import { crowdedSession } from './classroomSessions.ts';
import { openClassroom, scene } from './classroomSteps.ts';
import { overflowing, PAPERS, pdfPages } from './paper.ts';
import { watchPage } from './watch.ts';

/** A namespace's texts in a language, by dotted key. */
const words = (code: string, namespace: string): Map<string, string> =>
  flatten(JSON.parse(readFileSync(`locales/${code}/${namespace}.json`, 'utf8')));

/** Six teams named in the class's own script, the last one as long as a name may be. */
const CLASSES = [
  {
    code: 'ar',
    dir: 'rtl',
    names: [
      'الصقور',
      'النجوم',
      'الأمل',
      'فريق البحر',
      'Sky',
      'فريق طلاب الصف الثامن في مدرسة النور',
    ],
  },
  {
    code: 'zh',
    dir: 'ltr',
    names: [
      '蓝队',
      '橙队',
      '绿队',
      '红队',
      '天空队',
      '一个非常非常长的小组名字用来检查换行是否正常',
    ],
  },
] as const;

for (const { code, dir, names } of CLASSES) {
  test(`${code}: the class summary prints six teams and the crisis round by round on A4 and Letter`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const problems = await watchPage(page, new URL(baseURL ?? '').origin);
    const w = words(code, 'classroom');
    const ui = words(code, 'ui');
    const teams = [...names, w.get('facilitator') ?? ''];
    await page.goto('./');
    await page.evaluate((session) => {
      localStorage.setItem('actEarly.classroom.crowded', JSON.stringify({ savedAt: 1, session }));
    }, crowdedSession(names));
    await openClassroom(page, `?lng=${code}`);
    await page.locator('.saved-session button').first().click();
    await scene(page, 'ClassroomDebrief');
    const open = page.getByRole('button', { name: w.get('debrief.print') });
    await open.click();

    const summary = page.locator('.classroom-print');
    await expect(summary).toHaveAttribute('dir', dir);
    await expect(summary).toHaveAttribute('lang', code);
    await expect(summary.locator('.team-summary h3')).toHaveText(teams);

    // The round-by-round table: a row per round from 0 to 12, a column per team; then the chart.
    const table = summary.locator('.classroom-story table');
    await expect(table.locator('caption')).toHaveText(w.get('debrief.chart.tableCaption') ?? '');
    await expect(table.locator('tr').first().locator('th')).toHaveText([
      ui.get('debrief.table.round') ?? '',
      w.get('debrief.chart.player') ?? '',
      ui.get('debrief.legend.none') ?? '',
      ...teams,
    ]);
    await expect(table.locator('tr')).toHaveCount(14);
    // Each team's column adds up to the measures its own block lists.
    for (const [i, team] of teams.entries()) {
      const cells = await table
        .locator(`tr td:nth-child(${String(4 + i)})`)
        .evaluateAll((tds) => tds.map((td) => Number(td.textContent)));
      const listed = await summary
        .locator('.team-summary')
        .nth(i)
        .locator('.team-measures li')
        .count();
      expect(
        cells.reduce((sum, n) => sum + n, 0),
        team,
      ).toBe(listed);
      // The chart's lane for the team has a marker per measure.
      const lane = summary.locator('.print-chart .chart-lanes li').nth(i);
      await expect(lane).toHaveText(team);
      // Paper cannot scroll: the whole name shows, wrapped rather than cut short.
      const cut = await lane
        .locator('.team-name')
        .evaluate((name) => name.scrollWidth > name.clientWidth + 1);
      expect(cut, team).toBe(false);
      await expect(lane.locator('.lane-mark')).toHaveCount(listed);
    }
    // The chart runs from round 0 at the inline start: on the right in Arabic.
    const ticks = summary.locator('.print-chart .chart-tick');
    await expect(ticks).toHaveCount(13);
    const first = await ticks.first().boundingBox();
    const last = await ticks.last().boundingBox();
    expect(first && last && (dir === 'rtl' ? first.x > last.x : first.x < last.x)).toBe(true);
    // This crisis's middle stages are narrow bands: their labels still do not overlap.
    const labels = await summary
      .locator('.print-chart .chart-stage')
      .evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect()));
    for (let i = 1; i < labels.length; i++) {
      expect(labels[i]?.top ?? 0).toBeGreaterThanOrEqual((labels[i - 1]?.bottom ?? 0) - 0.5);
    }
    await page.screenshot({ path: `test-results/classroom-print-${code}-screen.png` });

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#game')).toBeHidden();
    await expect(summary.locator('.classroom-print-tools')).toBeHidden();
    for (const paper of PAPERS) {
      await page.setViewportSize({ width: paper.width, height: paper.height });
      const where = `${code} on ${paper.format}`;
      expect(await overflowing(page, '.classroom-print'), where).toEqual([]);
      // The first page tells the story: the score and the table end within it.
      const storyEnd = await summary
        .locator('.classroom-story')
        .evaluate((story) => story.getBoundingClientRect().bottom + window.scrollY);
      expect(storyEnd, where).toBeLessThanOrEqual(paper.height);
      // Every team's block fits on a page, so `break-inside: avoid` can keep it whole.
      const heights = await summary
        .locator('.team-summary')
        .evaluateAll((blocks) => blocks.map((block) => block.getBoundingClientRect().height));
      for (const height of heights) expect(height, where).toBeLessThan(paper.height);
      await page.screenshot({
        path: `test-results/classroom-print-${code}-${paper.format}.png`,
        fullPage: true,
      });
      const pdf = await page.pdf({
        format: paper.format,
        path: `test-results/classroom-print-${code}-${paper.format}.pdf`,
      });
      expect(pdfPages(pdf), where).toBeGreaterThan(1);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1366, height: 768 });

    // Print hands over to the browser; Escape closes and gives focus back to the debrief.
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    await summary.getByRole('button', { name: w.get('debrief.print') }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await page.keyboard.press('Escape');
    await expect(summary).toHaveCount(0);
    await expect(open).toBeFocused();
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.offOriginRequests).toEqual([]);
  });
}
