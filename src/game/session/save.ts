import * as z from 'zod';
import { actionSchema } from '../../content/actionSchema.ts';
import { INTENSITIES, ROLE_IDS, type Intensity } from '../../content/schema.ts';
import type { Action } from '../../core/index.ts';

/** Bumped whenever the save layout changes; older saves are refused with a clear message. */
export const SAVE_FORMAT_VERSION = 1;

export const SAVE_STORAGE_KEY = 'actEarly.save';
/** Unreadable saves are moved here (never silently overwritten) so nothing is lost. */
export const CORRUPT_SAVE_STORAGE_KEY = 'actEarly.save.unreadable';

const saveSchema = z.strictObject({
  format: z.literal('act-early-save'),
  version: z.number().int(),
  content: z.string(),
  scenario: z.string(),
  seed: z.number().int(),
  roles: z.array(z.enum(ROLE_IDS)).min(1),
  intensity: z.enum(INTENSITIES).default('standard'),
  finished: z.boolean().default(false),
  log: z.array(actionSchema),
});

/** A save: small and versioned. The game is rebuilt by replaying the log from the seed. */
export interface SaveData {
  format: 'act-early-save';
  version: number;
  /** Fingerprint of the content it was played with. */
  content: string;
  scenario: string;
  seed: number;
  roles: (typeof ROLE_IDS)[number][];
  /** Wording chosen for the class; it changes words only, never the model. */
  intensity: Intensity;
  /** The last round was played; Continue leads to the debrief. */
  finished: boolean;
  log: Action[];
}

/** Why a save could not be used. The UI explains each one in words. */
export type SaveProblem =
  'unreadable' | 'newerVersion' | 'olderVersion' | 'otherContent' | 'replayFailed';

export type DecodedSave =
  | { readonly ok: true; readonly save: SaveData }
  | { readonly ok: false; readonly problem: SaveProblem };

/** Parse and check a stored save against the running content. */
export function decodeSave(raw: string, fingerprint: string): DecodedSave {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const parsed = saveSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: 'unreadable' };
  const save = parsed.data;
  if (save.version > SAVE_FORMAT_VERSION) return { ok: false, problem: 'newerVersion' };
  if (save.version < SAVE_FORMAT_VERSION) return { ok: false, problem: 'olderVersion' };
  if (save.content !== fingerprint) return { ok: false, problem: 'otherContent' };
  return { ok: true, save: save };
}

/**
 * The part of Web Storage saves need, so tests can pass a fake. Storage that keeps refused
 * writes in memory (`GuardedStorage`) says so through `unsaved`.
 */
export type SaveStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  unsaved?(key: string): boolean;
};

/** The one autosave slot of the self-paced game. */
export class SaveSlot {
  private readonly storage: SaveStorage;

  constructor(storage: SaveStorage) {
    this.storage = storage;
  }

  /** The raw stored save, if any. */
  read(): string | null {
    return this.storage.getItem(SAVE_STORAGE_KEY);
  }

  /** Store the save; false when storage refused it (full, turned off). */
  write(save: SaveData): boolean {
    try {
      this.storage.setItem(SAVE_STORAGE_KEY, JSON.stringify(save));
      return this.storage.unsaved?.(SAVE_STORAGE_KEY) !== true;
    } catch {
      return false;
    }
  }

  /** Whether a saved game is still being played (so starting another would replace it). */
  hasUnfinishedGame(): boolean {
    const raw = this.read();
    if (raw === null) return false;
    try {
      const data = JSON.parse(raw) as { finished?: unknown };
      return data.finished !== true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      this.storage.removeItem(SAVE_STORAGE_KEY);
    } catch {
      // Storage turned off: there is nothing stored to clear.
    }
  }

  /**
   * Keep an unusable save aside so a teacher or developer can still recover it. If storage is
   * too full to copy it, it stays where it is.
   */
  setAside(raw: string): void {
    try {
      this.storage.setItem(CORRUPT_SAVE_STORAGE_KEY, raw);
      if (this.storage.unsaved?.(CORRUPT_SAVE_STORAGE_KEY) === true) return;
      this.storage.removeItem(SAVE_STORAGE_KEY);
    } catch {
      return;
    }
  }
}
