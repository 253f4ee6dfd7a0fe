import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { flatten } from '../src/tools/i18n-rules.ts';
import { overflowing, PAPERS, pdfPages } from './paper.ts';
import { waitUntilReady, watchPage } from './watch.ts';

interface RoleData {
  id: string;
  nameKey: string;
}
interface MeasureData {
  role: string;
  nameKey: string;
  /** The crises that offer it, when not all do. */
  scenarios?: string[];
}
interface ScenarioData {
  nameKey: string;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const roles = readJson('src/content/data/roles.json') as RoleData[];
const measures = readJson('src/content/data/measures.json') as MeasureData[];
const content = (code: string): Map<string, string> =>
  flatten(readJson(`locales/${code}/content.json`));
const guideWords = (code: string): Map<string, string> =>
  flatten(readJson(`locales/${code}/guide.json`));
const guide = flatten(readJson('locales/en/guide.json'));

/** Key roots of every namespace the print views use: a raw key on the page starts with one. */
const KEY_ROOTS = new Set(
  [...content('en').keys(), ...guide.keys(), ...flatten(readJson('locales/en/ui.json')).keys()].map(
    (key) => key.split('.')[0] ?? '',
  ),
);

/** Words that are raw i18n keys, like "cards.heading" or "role.nhri.quote". */
function rawKeys(text: string): string[] {
  return [...text.matchAll(/\b([a-z][A-Za-z]*)\.[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*\b/g)]
    .filter((match) => KEY_ROOTS.has(match[1] ?? ''))
    .map((match) => match[0]);
}

type Kind = 'roleCards' | 'teacherGuide';
/** The materials dialog's button for a print view, in the page's language. */
const choice = (kind: Kind, code: string): string =>
  flatten(readJson(`locales/${code}/guide.json`)).get(`materials.${kind}`) ?? '';

/** From the Title, by keyboard alone: the menu entry, then the choice in its dialog. */
async function openByKeyboard(page: Page, kind: Kind, code: string): Promise<void> {
  // Teacher materials is an entry of the main menu: the arrow keys reach it.
  for (let i = 0; i < 10; i++) {
    const entry = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.entry);
    if (entry === 'materials') break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(page.locator('[data-entry="materials"]')).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('dialog');
  await expect(menu).toBeVisible();
  await page.screenshot({ path: `test-results/screenshots/print-materials-${code}.png` });
  if (kind === 'teacherGuide') await page.keyboard.press('Tab');
  await expect(menu.getByRole('button', { name: choice(kind, code) })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.print-view')).toBeVisible();
  await expect(page.locator('.print-view').getByRole('button').first()).toBeFocused();
}

/** Check the print layout at A4 and Letter widths, and produce both PDFs. */
async function checkPrint(page: Page, kind: Kind, code: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-toolbar')).toBeHidden();
  await expect(page.locator('#game')).toBeHidden();
  for (const paper of PAPERS) {
    await page.setViewportSize({ width: paper.width, height: paper.height });
    expect(await overflowing(page, '.print-view'), `${kind} ${code} on ${paper.format}`).toEqual(
      [],
    );
    if (kind === 'roleCards') {
      // Each card fits on one page, so `break-inside: avoid` can keep it whole.
      const heights = await page
        .locator('.role-card')
        .evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().height));
      for (const height of heights) expect(height).toBeLessThan(paper.height);
    }
    if (paper.format === 'A4') {
      await page.screenshot({
        path: `test-results/screenshots/print-${kind}-${code}-paper.png`,
        fullPage: true,
      });
    }
    const pdf = await page.pdf({
      format: paper.format,
      path: `test-results/screenshots/print-${kind}-${code}-${paper.format}.pdf`,
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(0);
    // Whole cards only: at most one page per role.
    if (kind === 'roleCards') expect(pages).toBeLessThanOrEqual(roles.length);
  }
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1366, height: 768 });
}

for (const code of ['en', 'ar']) {
  for (const kind of ['roleCards', 'teacherGuide'] as const) {
    test(`${code}: ${kind} open from the Title, list the content and print on A4 and Letter`, async ({
      page,
      baseURL,
    }) => {
      const problems = await watchPage(page, new URL(baseURL ?? '').origin);
      await page.goto(`./?lng=${code}`);
      await waitUntilReady(page);
      await page.screenshot({ path: `test-results/screenshots/print-title-${code}.png` });
      await openByKeyboard(page, kind, code);

      const view = page.locator('.print-view');
      await expect(view).toHaveAttribute('lang', code);
      await expect(view).toHaveAttribute('dir', code === 'ar' ? 'rtl' : 'ltr');
      await expect(view.getByRole('heading', { level: 1 })).toHaveCount(1);
      const words = content(code);
      if (kind === 'roleCards') {
        await expect(view.locator('.role-card')).toHaveCount(roles.length);
        await expect(view.locator('.measure-row')).toHaveCount(measures.length);
        for (const role of roles) {
          const card = view.locator(`.role-${role.id}`);
          await expect(card.getByRole('heading', { level: 2 })).toHaveText(
            words.get(role.nameKey) ?? '',
          );
          const own = measures.filter((measure) => measure.role === role.id);
          await expect(card.locator('.measure-row')).toHaveCount(own.length);
          for (const measure of own) {
            await expect(
              card.locator('.measure-name', { hasText: words.get(measure.nameKey) ?? '' }),
            ).toHaveCount(1);
          }
          await expect(card.locator('.role-quote')).toContainText('¶');
        }
        // A measure only some crises offer names them on its row.
        const onlySome = measures.filter((measure) => measure.scenarios !== undefined);
        expect(onlySome.length).toBeGreaterThan(0);
        await expect(view.locator('.measure-only-in')).toHaveCount(onlySome.length);
        for (const measure of onlySome) {
          const row = view.locator('.measure-row', { hasText: words.get(measure.nameKey) ?? '' });
          for (const id of measure.scenarios ?? []) {
            const scenario = readJson(`src/content/data/scenarios/${id}.json`) as ScenarioData;
            await expect(row.locator('.measure-only-in')).toContainText(
              words.get(scenario.nameKey) ?? '',
            );
          }
        }
        await view
          .locator('.measure-row', { has: page.locator('.measure-only-in') })
          .first()
          .screenshot({ path: `test-results/screenshots/print-roleCards-${code}-only-in.png` });
      } else {
        await expect(view.locator('.plan-table')).toHaveCount(2);
        // How to make and share a crisis of one's own.
        const scenarios = view.locator('.guide-section', {
          has: page.getByRole('heading', { name: guideWords(code).get('scenarios.heading') ?? '' }),
        });
        await expect(scenarios.locator('p')).toHaveCount(7);
        await expect(scenarios).toContainText('.actearly.json');
        await expect(view.locator('.debrief-questions li')).toHaveCount(5);
        await expect(view.locator('.debrief-questions')).toContainText(
          words.get('discussion.stage1') ?? '',
        );
      }
      const text = await view.innerText();
      expect(rawKeys(text)).toEqual([]);
      expect(text).not.toContain('{{');
      await page.screenshot({ path: `test-results/screenshots/print-${kind}-${code}.png` });

      await checkPrint(page, kind, code);

      await page.keyboard.press('Escape');
      await expect(view).toHaveCount(0);
      await expect(page.locator('[data-entry="materials"]')).toBeFocused();
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
      expect(problems.offOriginRequests).toEqual([]);
    });
  }
}

test('a language switch while a print view is open, or before reopening it, shows the new language', async ({
  page,
  baseURL,
}) => {
  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  const english = content('en');
  const arabic = content('ar');
  const firstRole = roles[0]?.nameKey ?? '';
  await page.goto('./?lng=en');
  await waitUntilReady(page);
  // Nothing of the teacher materials is fetched before a teacher asks for them.
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  expect(fetched.filter((name) => /guide|printView/.test(name))).toEqual([]);

  await openByKeyboard(page, 'roleCards', 'en');
  const view = page.locator('.print-view');
  const firstCard = view.locator('.role-card h2').first();
  await expect(firstCard).toHaveText(english.get(firstRole) ?? '');

  // Print (focused first) hands over to the browser's print window.
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printed = 'yes';
    };
  });
  await page.keyboard.press('Enter');
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  const select = view.getByRole('combobox');
  await select.focus();
  await select.selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(view).toHaveAttribute('dir', 'rtl');
  await expect(firstCard).toHaveText(arabic.get(firstRole) ?? '');
  await expect(select).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  // The Title was rebuilt in Arabic behind the view; focus finds its materials entry.
  await expect(page.locator('[data-entry="materials"]')).toBeFocused();

  await openByKeyboard(page, 'teacherGuide', 'ar');
  await expect(view).toHaveAttribute('lang', 'ar');
  await expect(view.locator('.debrief-questions')).toContainText(
    arabic.get('discussion.stage1') ?? '',
  );
  await page.locator('.print-view').getByRole('button').nth(1).click();
  await expect(view).toHaveCount(0);
  expect(problems.consoleErrors).toEqual([]);
});
