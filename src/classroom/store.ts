/**
 * Several saved classroom sessions in Web Storage (injected, so tests pass a fake). Each session
 * is one entry `actEarly.classroom.<id>` holding `{ savedAt, session: ClassroomRecord }`.
 * Unreadable entries are moved to `actEarly.classroomUnreadable.<id>` (numbered if that is taken):
 * nothing crashes, and nothing is silently overwritten.
 */
import * as z from 'zod';
import type { Content } from '../content/schema.ts';
import { CLASSROOM_ASIDE_PREFIX, CLASSROOM_PREFIX } from './keys.ts';
import {
  parseRecord,
  restoreClassroom,
  toRecord,
  type ClassroomRecord,
  type RecordProblem,
} from './record.ts';
import type { ClassroomState } from './state.ts';

/**
 * The part of Web Storage the store needs (`key`/`length` to find every session), written out so
 * the model needs no DOM types: `localStorage` fits, and so does a server's own store.
 */
export interface ClassroomStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Whether a write to `key` was refused and kept only in memory (storage that never throws). */
  unsaved?(key: string): boolean;
}

export { CLASSROOM_ASIDE_PREFIX, CLASSROOM_PREFIX };

const envelopeSchema = z.strictObject({ savedAt: z.number(), session: z.unknown() });

/** A saved session as the "continue a class" list shows it. */
export interface ClassroomListing {
  readonly id: string;
  /** Given by the caller when saving (e.g. epoch milliseconds). */
  readonly savedAt: number;
  /** Set when the entry was saved by another version of the game; the other fields are empty. */
  readonly problem: 'newerVersion' | 'olderVersion' | null;
  readonly scenario: string;
  /** Team names as typed. */
  readonly teams: readonly string[];
  /** Rounds resolved so far. */
  readonly roundsPlayed: number;
  readonly finished: boolean;
}

/** Result of loading a session. */
export type LoadedClassroom =
  | { readonly ok: true; readonly state: ClassroomState; readonly savedAt: number }
  | { readonly ok: false; readonly problem: RecordProblem | 'none' };

type Entry =
  | { ok: true; savedAt: number; record: ClassroomRecord }
  | { ok: false; savedAt: number | null; problem: RecordProblem };

function readEntry(raw: string): Entry {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, savedAt: null, problem: 'unreadable' };
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, savedAt: null, problem: 'unreadable' };
  const { savedAt, session } = envelope.data;
  const parsed = parseRecord(session);
  return parsed.ok
    ? { ok: true, savedAt, record: parsed.record }
    : { ok: false, savedAt, problem: parsed.problem };
}

/** The saved classroom sessions of one device. */
export class ClassroomStore {
  private readonly storage: ClassroomStorage;

  constructor(storage: ClassroomStorage) {
    this.storage = storage;
  }

  private ids(): string[] {
    const ids: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(CLASSROOM_PREFIX) === true) ids.push(key.slice(CLASSROOM_PREFIX.length));
    }
    return ids;
  }

  /**
   * Every saved session, most recently saved first. Unreadable entries are set aside (their ids
   * are returned in `setAside`); entries of another game version are listed with a `problem`.
   */
  list(): { sessions: ClassroomListing[]; setAside: string[] } {
    const sessions: ClassroomListing[] = [];
    const setAside: string[] = [];
    for (const id of this.ids()) {
      const raw = this.storage.getItem(CLASSROOM_PREFIX + id);
      if (raw === null) continue;
      const entry = readEntry(raw);
      if (entry.ok) {
        const { record } = entry;
        sessions.push({
          id,
          savedAt: entry.savedAt,
          problem: null,
          scenario: record.setup.scenario,
          teams: record.setup.teams.map((t) => t.name),
          roundsPlayed: record.log.filter((a) => a.kind === 'endRound').length,
          finished: record.finished,
        });
      } else if (entry.problem === 'newerVersion' || entry.problem === 'olderVersion') {
        sessions.push({
          id,
          savedAt: entry.savedAt ?? 0,
          problem: entry.problem,
          scenario: '',
          teams: [],
          roundsPlayed: 0,
          finished: false,
        });
      } else {
        this.setAside(id, raw);
        setAside.push(id);
      }
    }
    sessions.sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
    return { sessions, setAside };
  }

  /** Rebuild a saved session. An unusable entry is set aside, never overwritten. */
  load(content: Content, id: string): LoadedClassroom {
    const raw = this.storage.getItem(CLASSROOM_PREFIX + id);
    if (raw === null) return { ok: false, problem: 'none' };
    const entry = readEntry(raw);
    const restored = entry.ok ? restoreClassroom(content, entry.record) : entry;
    if (!restored.ok) {
      this.setAside(id, raw);
      return { ok: false, problem: restored.problem };
    }
    return { ok: true, state: restored.state, savedAt: entry.savedAt ?? 0 };
  }

  /**
   * Save a session (call after every intent whose effects include `persist`; pass the content
   * fingerprint rather than the content to skip hashing it each time). An unreadable entry
   * already under this id is set aside first. Returns false if storage refused (full).
   */
  save(id: string, state: ClassroomState, content: Content | string, savedAt: number): boolean {
    const key = CLASSROOM_PREFIX + id;
    const existing = this.storage.getItem(key);
    if (existing !== null && !readEntry(existing).ok) this.setAside(id, existing);
    try {
      this.storage.setItem(key, JSON.stringify({ savedAt, session: toRecord(state, content) }));
      return this.storage.unsaved?.(key) !== true;
    } catch {
      return false;
    }
  }

  /** Forget a saved session. */
  delete(id: string): void {
    this.storage.removeItem(CLASSROOM_PREFIX + id);
  }

  /** An id no saved session uses: `c1`, `c2`, … */
  newId(): string {
    const taken = new Set(this.ids());
    let n = 1;
    while (taken.has(`c${String(n)}`)) n++;
    return `c${String(n)}`;
  }

  /**
   * Move an unusable entry aside (numbered if an earlier one is there) so it can be recovered.
   * If storage is too full to copy it, it stays where it is.
   */
  private setAside(id: string, raw: string): void {
    const base = CLASSROOM_ASIDE_PREFIX + id;
    let key = base;
    for (let n = 2; this.storage.getItem(key) !== null; n++) key = `${base}.${String(n)}`;
    try {
      this.storage.setItem(key, raw);
    } catch {
      return;
    }
    if (this.storage.unsaved?.(key) === true) return;
    this.storage.removeItem(CLASSROOM_PREFIX + id);
  }
}
