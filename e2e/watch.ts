import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { ActEarlyHook } from '../src/game/testHook.ts';

/**
 * Records console errors, page errors, failed requests and requests that leave the origin. A
 * Content Security Policy violation (Trusted Types included) is a console error too.
 */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  offOriginRequests: string[];
}

export async function watchPage(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], offOriginRequests: [] };
  // Awaited: an init script still in flight when goto starts may miss the first document.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
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

/** The smallest rendered text and control on screen, in CSS pixels, for readability checks. */
export interface ScreenSizes {
  /** Smallest font size of visible text, after the stage is scaled to the window. */
  readonly text: { readonly px: number; readonly sample: string };
  /** Smallest visible button (its shorter side). */
  readonly target: { readonly px: number; readonly sample: string };
}

export async function measureSizes(page: Page): Promise<ScreenSizes> {
  return page.evaluate(() => {
    const root = document.getElementById('ui');
    const scale = root ? root.getBoundingClientRect().width / 1920 : 1;
    const visible = (element: Element): boolean => {
      if (element.closest('.visually-hidden, [aria-hidden="true"]')) return false;
      const box = element.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) return false;
      const style = getComputedStyle(element);
      return style.visibility !== 'hidden' && style.opacity !== '0';
    };
    let text = { px: Infinity, sample: '' };
    let target = { px: Infinity, sample: '' };
    for (const element of document.querySelectorAll('#ui *')) {
      if (!visible(element)) continue;
      const ownText = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent?.trim() ?? '')
        .join('');
      if (ownText) {
        const px = parseFloat(getComputedStyle(element).fontSize) * scale;
        if (px < text.px) text = { px, sample: ownText.slice(0, 40) };
      }
      if (element instanceof HTMLButtonElement) {
        const box = element.getBoundingClientRect();
        const px = Math.min(box.width, box.height);
        if (px < target.px) target = { px, sample: element.textContent.slice(0, 40) };
      }
    }
    return { text, target };
  });
}

/** Pixels of a screenshot that are not fully opaque: where the page painted nothing at all. */
export function unpaintedPixels(png: Buffer): { count: number; box: string } {
  const image = PNG.sync.read(png);
  let count = 0;
  let [left, top, right, bottom] = [image.width, image.height, -1, -1];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if ((image.data[(y * image.width + x) * 4 + 3] ?? 0) === 255) continue;
      count++;
      [left, top] = [Math.min(left, x), Math.min(top, y)];
      [right, bottom] = [Math.max(right, x), Math.max(bottom, y)];
    }
  }
  const box =
    count > 0 ? `${String(left)},${String(top)} to ${String(right)},${String(bottom)}` : '';
  return { count, box };
}

/** Pairs of visible elements (matched by `selector`) whose boxes overlap, by their text. */
export function overlappingLabels(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((labels) => {
    const boxes = labels
      .map((label) => ({
        text: label.textContent.slice(0, 30),
        box: label.getBoundingClientRect(),
      }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const pairs: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.box.bottom <= b.box.top + 0.5 ||
          b.box.bottom <= a.box.top + 0.5 ||
          a.box.right <= b.box.left + 0.5 ||
          b.box.right <= a.box.left + 0.5;
        if (!apart) pairs.push(`${a.text} / ${b.text}`);
      }
    });
    return pairs;
  });
}
