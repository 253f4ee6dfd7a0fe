/** Paper sizes and layout checks shared by the print specs. */
import type { Page } from '@playwright/test';

/** Page content boxes at 15 mm margins, in CSS pixels (96 per inch). */
const MM = 96 / 25.4;
export const PAPERS = [
  { format: 'A4', width: Math.floor((210 - 30) * MM), height: Math.floor((297 - 30) * MM) },
  { format: 'Letter', width: Math.floor((215.9 - 30) * MM), height: Math.floor((279.4 - 30) * MM) },
] as const;

/** Elements under `root` sticking out of the page's content box, as `tag.class: left–right`. */
export async function overflowing(page: Page, root: string): Promise<string[]> {
  return page.evaluate((root) => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      out.push(`document: ${String(document.documentElement.scrollWidth)} > ${String(width)}`);
    for (const node of document.querySelectorAll<HTMLElement>(`${root} *`)) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < -1 || box.right > width + 1) {
        out.push(
          `${node.tagName.toLowerCase()}.${node.getAttribute('class') ?? ''}: ${box.left.toFixed(0)}–${box.right.toFixed(0)}`,
        );
      }
    }
    return out;
  }, root);
}

/** How many pages a PDF from `page.pdf()` has. */
export function pdfPages(pdf: Buffer): number {
  return Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0);
}
