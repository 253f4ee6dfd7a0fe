/** Steps shared by the classroom specs: open the classroom, play a turn, leave the results. */
import { expect, type Page } from '@playwright/test';
import { readHook, waitUntilReady } from './watch.ts';

/** Wait until `name` is the scene on show and accepts input. */
export async function scene(page: Page, name: string): Promise<void> {
  await expect.poll(async () => (await readHook(page)).scene).toBe(name);
  await waitUntilReady(page);
}

/** Load the game (with `query`, e.g. `?lng=ar`) and open the classroom set-up. */
export async function openClassroom(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await waitUntilReady(page);
  await page.locator('[data-entry="classroom"]').click();
  await scene(page, 'ClassroomSetup');
}

/**
 * Play the team at the projector: start, take the first measure it can (unless `take` is
 * false), note, done. Returns the measure's name, or null if none was taken.
 */
export async function playTurn(
  page: Page,
  note: string | null,
  take = true,
): Promise<string | null> {
  await page.getByRole('button', { name: 'Start our turn' }).click();
  const cards = page.locator('.role-panel .measure-card').filter({
    has: page.locator('.card-actions button.card-button:not(.secondary):not([disabled])'),
  });
  let taken: string | null = null;
  if (take && (await cards.count()) > 0) {
    taken = await cards.first().locator('.card-name').textContent();
    await cards.first().locator('.card-actions button.card-button').click();
  }
  if (note !== null) await page.locator('#team-note').fill(note);
  await page.locator('.classroom-done').click();
  return taken;
}

/** Close the round results (and resume if a discussion pause follows). */
export async function leaveResults(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.locator('.classroom-continue').click();
  const resume = page.getByRole('button', { name: 'Resume the game' });
  if (await resume.isVisible()) await resume.click();
}
