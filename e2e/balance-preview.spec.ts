/**
 * The editor's live balance preview (issue #21), on a harness page of its own: the editor that
 * embeds it is built on another branch, and nothing in the game's dist/ is added for the test.
 * The harness (e2e/fixtures/balance-preview) is built here with Vite and served through routes
 * on the preview server's origin, under the game's CSP with Trusted Types.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import {
  type ScenarioFile,
  exportScenario,
  scenarioFileText,
} from '../src/content/scenarioFile.ts';
import type { Scenario } from '../src/content/schema.ts';
import { META_CSP, SECURITY_HEADERS } from '../src/tools/csp.ts';
import { ROOT } from '../src/tools/content-dir.ts';
import { projectBase } from '../src/tools/scenario-report.ts';
import { SUB_PATH } from '../playwright.config.ts';
import './balanceHarness.ts';
import { watchPage } from './watch.ts';

const HARNESS = 'balance-harness/';
const OUT = join(ROOT, 'test-results/balance-harness');
const SHOTS = '/tmp/editor-preview';
const base = projectBase();
const RISK = [
  'hate_speech',
  'discrimination',
  'impunity',
  'civic_space',
  'instability',
  'violence_capacity',
];

function fileText(id: string, change: (s: Scenario) => Partial<Scenario> = () => ({})): string {
  const file = exportScenario(base, id);
  if (!file) throw new Error(`no scenario ${id}`);
  const changed: ScenarioFile = {
    ...file,
    scenario: { ...file.scenario, ...change(file.scenario) },
  };
  return scenarioFileText(changed);
}

const risk = (value: number) => Object.fromEntries(RISK.map((factor) => [factor, value]));
const calm = fileText('election', (s) => ({
  turns: s.turns.map(() => ({ triggers: [] })),
  initial: { ...s.initial, ...risk(10) },
}));
const doomed = fileText('unhealed_past', (s) => ({
  initial: { ...s.initial, ...risk(85) },
  drift: { ...s.drift, ...risk(10) },
}));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Serve the built harness under the preview server's origin, with the game's headers. */
async function serveHarness(context: BrowserContext): Promise<void> {
  await context.route(`**${SUB_PATH}${HARNESS}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(`${SUB_PATH}${HARNESS}`.length);
    const file = join(OUT, path === '' ? 'index.html' : path);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // The page enforces Trusted Types (as the built index.html's meta tag does); workers do not.
    const csp = type === 'text/html' ? META_CSP : SECURITY_HEADERS['Content-Security-Policy'];
    try {
      await route.fulfill({
        body: readFileSync(file),
        headers: {
          ...SECURITY_HEADERS,
          'Content-Type': type,
          'Content-Security-Policy': csp ?? '',
        },
      });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
}

async function openHarness(page: Page, language: string): Promise<void> {
  await page.goto(`${HARNESS}?lng=${language}`);
  await page.waitForFunction(() => window.__actEarly.ready && window.__balanceHarness);
}

/** Show a file and return the milliseconds to the first answer and to the full one. */
async function show(page: Page, text: string): Promise<{ first: number; full: number }> {
  return page.evaluate(
    (fileText) =>
      new Promise<{ first: number; full: number }>((resolve, reject) => {
        const preview = document.querySelector<HTMLElement>('.balance-preview');
        if (!preview || !window.__balanceHarness?.show(fileText)) {
          reject(new Error('the file was refused'));
          return;
        }
        const start = performance.now();
        let first = 0;
        const observer = new MutationObserver(() => {
          const state = preview.dataset.state;
          if (state === 'refining' && first === 0) first = performance.now() - start;
          if (state === 'measured' || state === 'failed') {
            observer.disconnect();
            resolve({ first, full: performance.now() - start });
          }
        });
        observer.observe(preview, { attributes: true, attributeFilter: ['data-state'] });
      }),
    text,
  );
}

/** Count what the polite live region says from now on. */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const live = document.querySelector('.balance-live');
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    if (!live) return;
    new MutationObserver(() => {
      said.push(live.textContent);
    }).observe(live, { childList: true, characterData: true, subtree: true });
  });
}

const announcements = (page: Page) =>
  page.evaluate(() => (window as unknown as { said: string[] }).said);

test.describe('balance preview', () => {
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    mkdirSync(SHOTS, { recursive: true });
    await build({
      configFile: false,
      root: join(ROOT, 'e2e/fixtures/balance-preview'),
      base: './',
      logLevel: 'warn',
      define: { global: 'globalThis' },
      resolve: {
        alias: [
          { find: '#content-data', replacement: join(ROOT, 'src/content/data') },
          { find: '#content-locales', replacement: join(ROOT, 'locales') },
        ],
      },
      build: { outDir: OUT, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
    });
  });

  test.beforeEach(async ({ context }) => {
    await serveHarness(context);
  });

  test('measures in a worker, in words, a chart and a verdict announced once', async ({
    page,
    baseURL,
  }) => {
    const problems = await watchPage(page, new URL(baseURL ?? '').origin);
    await openHarness(page, 'en');
    const preview = page.locator('.balance-preview');
    await expect(preview).toHaveAttribute('data-state', 'waiting');
    await recordAnnouncements(page);

    const election = await show(page, fileText('election'));
    test.info().annotations.push({
      type: 'timing',
      description: `election: first answer (100 seeds) ${election.first.toFixed(0)} ms, full (500 seeds × 4 policies) ${election.full.toFixed(0)} ms`,
    });
    expect(page.workers().length).toBeGreaterThan(0);
    await expect(preview).toHaveAttribute('data-verdict', 'playsWell');
    await expect(preview).toHaveAttribute('data-seeds', '500');
    await expect(preview).toHaveAttribute('aria-busy', 'false');
    await expect(preview.locator('.balance-status')).toHaveText(
      'Measured over 500 games for each way of playing.',
    );
    // 95.0 % of `none` games end in atrocity, 87.8 % of `early` ones are averted (scenario:check).
    await expect(preview.locator('.balance-lines li').first()).toHaveText(
      'Doing nothing ends in atrocity in almost every game.',
    );
    await expect(preview.locator('.balance-lines li').nth(1)).toHaveText(
      'Acting early averts it in 9 games of 10.',
    );
    const rows = preview.locator('.balance-row');
    await expect(rows).toHaveCount(4);
    await expect(rows.first()).toHaveAttribute(
      'aria-label',
      'Doing nothing: Averted (never past stage 3) 0%, Contained (reached stage 4) 5%, and Atrocity (reached stage 5) 95%',
    );
    await expect(rows.nth(1).locator('.is-averted')).toHaveText('88%');
    expect(await announcements(page)).toEqual(['Balance measured: the scenario plays well.']);

    // A newer scenario cancels the one being measured: only its verdict is shown and said.
    await recordAnnouncements(page);
    await page.evaluate((text) => window.__balanceHarness?.show(text), calm);
    await expect(preview).toHaveAttribute('aria-busy', 'true');
    await expect(preview.locator('.balance-status')).toHaveText(
      'Measuring: the computer plays the scenario in four ways…',
    );
    await show(page, doomed);
    await expect(preview).toHaveAttribute('data-verdict', 'unwinnable');
    await expect(preview.locator('.balance-finding')).toHaveText([
      /^Hard to win Acting early averts atrocity in only 0% of games\.Suggestion: lower the starting risk/,
    ]);
    expect(await announcements(page)).toEqual(['Balance measured: Hard to win.']);

    await show(page, calm);
    await expect(preview).toHaveAttribute('data-verdict', 'trivial');
    await page.screenshot({ path: `${SHOTS}/balance-en.png`, fullPage: true });
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offOriginRequests: [] });
  });

  test('reads right to left in Arabic and in Chinese words, without motion when asked', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openHarness(page, 'ar');
    const preview = page.locator('.balance-preview');
    await show(page, fileText('election'));
    await expect(preview).toHaveAttribute('dir', 'rtl');
    await expect(preview).toHaveAttribute('lang', 'ar');
    await expect(preview.locator('.balance-plays-well')).toHaveText(
      'توازن جيد: التحرك المبكر مجدٍ، والتوقيت والخيارات كلاهما مهم.',
    );
    // Right to left, the bar starts at the right: the averted share sits right of the atrocity one.
    const bar = preview.locator('.balance-row').nth(3);
    const averted = await bar.locator('.is-averted').boundingBox();
    const atrocity = await bar.locator('.is-atrocity').boundingBox();
    expect((averted?.x ?? 0) > (atrocity?.x ?? 0)).toBe(true);
    expect(
      await bar
        .locator('.is-averted')
        .evaluate((node) => getComputedStyle(node).transitionDuration),
    ).toBe('0s');
    await page.screenshot({ path: `${SHOTS}/balance-ar.png`, fullPage: true });

    await openHarness(page, 'zh');
    await show(page, doomed);
    await expect(preview).toHaveAttribute('data-verdict', 'unwinnable');
    await expect(preview.locator('.balance-finding-title')).toHaveText(['太难了']);
    await page.screenshot({ path: `${SHOTS}/balance-zh.png`, fullPage: true });
  });

  test('measures on the main thread when the worker cannot load', async ({ page, context }) => {
    await context.route('**/balanceWorker-*.js', (route) => route.fulfill({ status: 404 }));
    await openHarness(page, 'en');
    const timing = await show(page, fileText('election'));
    test.info().annotations.push({
      type: 'timing',
      description: `main-thread fallback, election: full ${timing.full.toFixed(0)} ms`,
    });
    const preview = page.locator('.balance-preview');
    await expect(preview).toHaveAttribute('data-state', 'measured');
    await expect(preview).toHaveAttribute('data-verdict', 'playsWell');
  });
});
