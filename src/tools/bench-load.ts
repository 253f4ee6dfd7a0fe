/**
 * bench:load: builds the game, serves dist/ and measures, in headless Chromium, the Title's time
 * to first frame and to `__actEarly.ready`, the initial JavaScript (gzip), fps while a round's
 * results animate, and the JS heap after a complete scenario — unthrottled and with 4× CPU
 * throttling on a slow network (1.6 Mbit/s, 150 ms), for the WebGL and Canvas renderers.
 * Prints figures; it never fails on them (timings on shared machines are not pass/fail).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PORT = 4399;
const BASE = `http://127.0.0.1:${String(PORT)}/`;

interface Figures {
  profile: string;
  renderer: string;
  firstFrameMs: number;
  readyMs: number;
  initialJsGzipKB: number;
  medianFps: number;
  heapAfterScenarioMB: number;
}

async function until(page: Page, predicate: string): Promise<void> {
  await page.waitForFunction(predicate, undefined, { timeout: 120_000 });
}

async function measure(throttled: boolean, renderer: 'webgl' | 'canvas'): Promise<Figures> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttled) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  await page.goto(`${BASE}?lng=en${renderer === 'canvas' ? '&renderer=canvas' : ''}`);
  await until(page, 'window.__actEarly && window.__actEarly.ready');
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const ready =
      performance.getEntriesByName('act-early:title-ready')[0]?.startTime ?? performance.now();
    // Scripts requested before the title became interactive: what a player waits for.
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js') && entry.startTime < ready)
      .map((entry) => new URL(entry.name).pathname);
    return { firstFrame: paint?.startTime ?? Number.NaN, ready, scripts };
  });
  const initialJs = timing.scripts.reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(ROOT, 'dist', path))).length,
    0,
  );

  // An animated round: the results of a round appear line by line over the situation room.
  await page.locator('.menu-button').first().click();
  await until(page, 'window.__actEarly.ready');
  await page.locator('.scenario-card[data-scenario="election"]').click();
  await until(page, 'window.__actEarly.ready');
  await page.locator('.screen-actions .menu-button').click();
  await until(page, 'window.__actEarly.ready');
  const samples: number[] = [];
  for (let round = 0; round < 3; round++) {
    await page.locator('.card-button').first().click();
    await page.locator('.end-round').click();
    samples.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let frames = 0;
            const start = performance.now();
            const tick = (): void => {
              frames++;
              if (performance.now() - start < 1500) requestAnimationFrame(tick);
              else resolve((frames * 1000) / (performance.now() - start));
            };
            requestAnimationFrame(tick);
          }),
      ),
    );
    await page.locator('.modal-actions button').click();
  }
  // Play the remaining rounds; the last "continue" leads to the debrief.
  for (let step = 0; step < 60; step++) {
    if ((await page.evaluate(() => window.__actEarly.scene)) !== 'Play') break;
    const next = page.locator('.modal-actions button');
    const target = (await next.count()) > 0 ? next : page.locator('.end-round');
    await target.click({ timeout: 10_000 }).catch(() => undefined);
  }
  await until(page, 'window.__actEarly.ready');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await page.evaluate(
    () =>
      (performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
  );
  await browser.close();
  samples.sort((a, b) => a - b);
  return {
    profile: throttled ? '4x CPU, 1.6 Mbit/s, 150 ms' : 'unthrottled',
    renderer,
    firstFrameMs: Math.round(timing.firstFrame),
    readyMs: Math.round(timing.ready),
    initialJsGzipKB: Math.round(initialJs / 1024),
    medianFps: Math.round(samples[Math.floor(samples.length / 2)] ?? 0),
    heapAfterScenarioMB: Math.round((heap / 1024 / 1024) * 10) / 10,
  };
}

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
const server = await preview({
  root: ROOT,
  preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn',
});
/** The figures of each renderer, unthrottled and at 4× CPU throttling. */
async function measureAll(): Promise<Figures[]> {
  const figures: Figures[] = [];
  for (const throttled of [false, true]) {
    for (const renderer of ['webgl', 'canvas'] as const)
      figures.push(await measure(throttled, renderer));
  }
  return figures;
}
const results = await measureAll().finally(() => {
  server.httpServer.close();
});
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.table(results);
  console.log(
    'Targets: initial JS ≤ 400 kB gzip; ≥ 55 fps median at 4× throttling (Canvas); heap ≤ 25 MB.',
  );
}
