import { describe, expect, it } from 'vitest';
import { FIXTURE_SCENARIO, fixtureFiles, fixtureLocale } from '../../content/fixtures/index.ts';
import { loadContentOrThrow } from '../../content/load.ts';
import { ClassroomStore } from '../../classroom/store.ts';
import { setupFor, start } from '../../classroom/test/helpers.ts';
import { CORRUPT_SAVE_STORAGE_KEY, SAVE_STORAGE_KEY, SaveSlot } from '../session/save.ts';
import { GameSession } from '../session/session.ts';
import { GuardedStorage, type StorageLike } from './guardedStorage.ts';

const content = loadContentOrThrow(fixtureFiles, fixtureLocale);

/** Web Storage in memory that refuses writes while `full` is set, as a full disk does. */
function fakeStorage(): StorageLike & { full: boolean; data: Map<string, string> } {
  const data = new Map<string, string>();
  const store = {
    full: false,
    data,
    get length() {
      return data.size;
    },
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (store.full) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => {
      data.delete(key);
    },
  };
  return store;
}

describe('GuardedStorage', () => {
  it('never throws: a refused write is kept in memory, read back and reported with its key', () => {
    const backing = fakeStorage();
    const storage = new GuardedStorage(backing);
    const failed: string[] = [];
    storage.onWriteFailure((key) => failed.push(key));
    storage.setItem('a', '1');
    backing.full = true;
    expect(() => {
      storage.setItem('b', '2');
    }).not.toThrow();
    expect(storage.getItem('b')).toBe('2');
    expect(storage.unsaved('b')).toBe(true);
    expect(storage.unsaved('a')).toBe(false);
    expect(backing.data.has('b')).toBe(false);
    expect(failed).toEqual(['b']);
    expect([storage.key(0), storage.key(1), storage.length]).toEqual(['a', 'b', 2]);
    // Once storage has room again, the next write lands and memory lets go of it.
    backing.full = false;
    storage.setItem('b', '3');
    expect(storage.unsaved('b')).toBe(false);
    expect(backing.data.get('b')).toBe('3');
  });

  it('works with storage turned off altogether', () => {
    const storage = new GuardedStorage(null);
    const failed: string[] = [];
    storage.onWriteFailure((key) => failed.push(key));
    storage.setItem('x', 'y');
    expect(storage.getItem('x')).toBe('y');
    storage.removeItem('x');
    expect(storage.getItem('x')).toBeNull();
    expect(storage.length).toBe(0);
    expect(failed).toEqual(['x']);
  });

  it('lets a game play on when its save is refused, and keeps an unusable save in place', () => {
    const backing = fakeStorage();
    const storage = new GuardedStorage(backing);
    const slot = new SaveSlot(storage);
    backing.full = true;
    const session = GameSession.start(content, FIXTURE_SCENARIO, { seed: 5 }, slot);
    session.takeMeasure('government', 'risk_assessment');
    session.endRound();
    expect(slot.write(session.toSave())).toBe(false);
    expect(backing.data.has(SAVE_STORAGE_KEY)).toBe(false);
    // Continue in this visit reads the game back from memory.
    const resumed = GameSession.resume(content, slot);
    expect(resumed.ok && resumed.session.state).toEqual(session.state);

    backing.full = false;
    backing.data.set(SAVE_STORAGE_KEY, 'not json');
    const fresh = new SaveSlot(new GuardedStorage(backing));
    backing.full = true;
    fresh.setAside('not json');
    // Storage too full to copy it aside: it stays where it was, never only in memory.
    expect(backing.data.get(SAVE_STORAGE_KEY)).toBe('not json');
    expect(backing.data.has(CORRUPT_SAVE_STORAGE_KEY)).toBe(false);
  });

  it('opens a save from a file without writing until asked', () => {
    const backing = fakeStorage();
    const slot = new SaveSlot(new GuardedStorage(backing));
    const played = GameSession.start(content, FIXTURE_SCENARIO, { seed: 9 }, null);
    played.takeMeasure('government', 'risk_assessment');
    const text = JSON.stringify(played.toSave());
    const opened = GameSession.fromText(content, text, slot);
    expect(opened.ok && opened.session.state).toEqual(played.state);
    expect(backing.data.size).toBe(0);
    if (opened.ok) opened.session.saveNow();
    expect(backing.data.get(SAVE_STORAGE_KEY)).toBe(text);
    expect(GameSession.fromText(content, '{"format":"x"}', slot)).toEqual({
      ok: false,
      problem: 'unreadable',
    });
  });

  it('tells the classroom store when a session could not be saved, and lists it still', () => {
    const backing = fakeStorage();
    const store = new ClassroomStore(new GuardedStorage(backing));
    const state = start(setupFor(2));
    expect(store.save('c1', state, content, 1)).toBe(true);
    backing.full = true;
    expect(store.save('c2', state, content, 2)).toBe(false);
    expect(store.list().sessions.map((listing) => listing.id)).toEqual(['c2', 'c1']);
    expect(store.newId()).toBe('c3');
  });
});
