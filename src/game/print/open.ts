import type { GameServices } from '../services.ts';

import type { PrintKind } from './kinds.ts';

/*
 * The only print module scenes load at start: it stays tiny, and the print views, their text
 * (the `guide` namespace) and their styles are fetched when a teacher first opens them.
 */

/** Open a print view (role cards or teacher guide), loading its code and text first. */
export async function openPrintViewLazily(services: GameServices, kind: PrintKind): Promise<void> {
  const opener = document.activeElement;
  const { openPrintView } = await import('./printView.ts');
  await openPrintView(services, kind, opener instanceof HTMLElement ? opener : null);
}

/** Open the small menu that offers the role cards and the teacher guide. */
export async function openTeacherMaterials(services: GameServices): Promise<void> {
  const { openMaterialsMenu } = await import('./printView.ts');
  await openMaterialsMenu(services);
}
