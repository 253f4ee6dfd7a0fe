import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { descendantCpuSeconds } from './proc.ts';

/** The school-Chromebook profile of issue #19. */
export const SLOW = { cpu: 4, latencyMs: 150, downMbit: 1.6, upMbit: 0.75 } as const;

/** One request made before the page was ready, in page time (ms since navigation). */
export interface Request {
  path: string;
  type: string;
  startMs: number;
  endMs: number;
  bytes: number;
}

export interface LoadFigures {
  bytes: number;
  requests: number;
  jsBytes: number;
  domContentLoadedMs: number;
  firstPaintMs: number;
  firstFrameMs: number;
  readyMs: number;
  waterfall: Request[];
}

export interface Opened {
  browser: Browser;
  page: Page;
  cdp: CDPSession;
}

/** Records long tasks and interactions from the first moment, for figures read after ready. */
function observe(): void {
  const bench = {
    longTasks: [] as { start: number; duration: number }[],
    events: [] as { name: string; start: number; duration: number }[],
  };
  Object.assign(window, { __bench: bench });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.interactionId)
        bench.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** A fresh browser (empty cache, no service worker) on one page, throttled or not. */
export async function open(throttled: boolean): Promise<Opened> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--enable-precise-memory-info',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.addInitScript(observe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  if (throttled) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpu });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW.latencyMs,
      downloadThroughput: (SLOW.downMbit * 1_000_000) / 8,
      uploadThroughput: (SLOW.upMbit * 1_000_000) / 8,
    });
  }
  return { browser, page, cdp };
}

/** Navigates and waits for a User Timing mark, then reads the load's figures. */
export async function load(page: Page, url: string, readyMark: string): Promise<LoadFigures> {
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, readyMark, {
    timeout: 120_000,
  });
  return page.evaluate((mark) => {
    const ready = performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const paint = (name: string): number =>
      performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    const resources = (
      performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    ).filter((entry) => entry.startTime < ready);
    const waterfall = [
      {
        path: new URL(nav.name).pathname,
        type: 'document',
        startMs: 0,
        endMs: nav.responseEnd,
        bytes: nav.encodedBodySize,
      },
      ...resources.map((entry) => ({
        path: new URL(entry.name).pathname,
        type: entry.initiatorType,
        startMs: entry.startTime,
        endMs: entry.responseEnd,
        bytes: entry.encodedBodySize,
      })),
    ];
    return {
      bytes: waterfall.reduce((sum, request) => sum + request.bytes, 0),
      requests: waterfall.length,
      jsBytes: waterfall
        .filter((request) => request.path.endsWith('.js'))
        .reduce((sum, request) => sum + request.bytes, 0),
      domContentLoadedMs: nav.domContentLoadedEventEnd,
      firstPaintMs: paint('first-paint'),
      firstFrameMs: paint('first-contentful-paint'),
      readyMs: ready,
      waterfall,
    };
  }, readyMark);
}

/** Frames the browser draws per second over `ms` (requestAnimationFrame callbacks). */
export async function fps(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (window) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = (): void => {
          frames++;
          if (performance.now() - start < window) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (performance.now() - start));
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

export interface IdleCpu {
  /** Cores busy in all the browser's processes, from /proc. */
  browserCores: number;
  /** Share of the page's main thread spent in tasks (CDP Performance.getMetrics TaskDuration). */
  mainThread: number;
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
}

/** CPU the browser uses while the page sits still for `ms`. */
export async function idleCpu(cdp: CDPSession, ms: number): Promise<IdleCpu> {
  const cpu0 = descendantCpuSeconds(process.pid);
  const task0 = await taskSeconds(cdp);
  const t0 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const seconds = (performance.now() - t0) / 1000;
  const task1 = await taskSeconds(cdp);
  const cpu1 = descendantCpuSeconds(process.pid);
  return { browserCores: (cpu1 - cpu0) / seconds, mainThread: (task1 - task0) / seconds };
}

/** Which renderer the page's canvas uses: a 2D context is refused by a WebGL canvas. */
export async function rendererOf(page: Page): Promise<'canvas' | 'webgl'> {
  return page.evaluate(() =>
    document.querySelector('canvas')?.getContext('2d') ? 'canvas' : 'webgl',
  );
}

/** Long tasks after `fromMs`: how many exceed 200 ms, and the longest. */
export async function longTasks(
  page: Page,
  fromMs: number,
): Promise<{ over200: number; maxMs: number }> {
  return page.evaluate((from) => {
    const bench = (
      window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }
    ).__bench;
    const after = bench.longTasks.filter((task) => task.start >= from);
    return {
      over200: after.filter((task) => task.duration > 200).length,
      maxMs: Math.max(0, ...after.map((task) => task.duration)),
    };
  }, fromMs);
}

/** Clicks and returns the interaction's duration to the next paint (Event Timing API). */
export async function interaction(page: Page, selector: string): Promise<number> {
  const from = await page.evaluate(() => performance.now());
  await page.locator(selector).first().click();
  await page.waitForTimeout(600);
  return page.evaluate((start) => {
    const bench = (
      window as unknown as { __bench: { events: { start: number; duration: number }[] } }
    ).__bench;
    const durations = bench.events.filter((e) => e.start >= start).map((e) => e.duration);
    return Math.max(0, ...durations);
  }, from);
}
