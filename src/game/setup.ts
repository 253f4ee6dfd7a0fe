import type { Intensity } from '../content/schema.ts';

/** What the player chose before a game starts; passed from scene to scene. */
export interface GameSetup {
  readonly scenarioId: string;
  readonly seed: number;
  readonly intensity: Intensity;
}

/** Seeds are whole numbers a class can read out: 1 to 999 999 999. */
export function parseSeed(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  const seed = Number(trimmed);
  return seed >= 1 ? seed : null;
}
