import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { ActEarlyHook } from '../src/game/testHook.ts';

/** Records console errors, page errors, failed requests and requests that leave the origin. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  offOriginRequests: string[];
}

export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], offOriginRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => problems.failedRequests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.offOriginRequests.push(url);
  });
  return problems;
}

/** How many distinct colours a PNG holds: a blank or single-colour canvas gives 1. */
export function distinctColours(png: Buffer): number {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4 * 7) {
    colours.add(image.data.readUInt32BE(i));
  }
  return colours.size;
}

/** The game's test hook, as the page sees it now. */
export function readHook(page: Page): Promise<ActEarlyHook> {
  return page.evaluate(() => window.__actEarly);
}

/** Wait until the current screen accepts input. */
export async function waitUntilReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__actEarly.ready, undefined, { timeout: 30_000 });
}
