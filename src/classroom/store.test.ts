import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../content/fingerprint.ts';
import { reduceClassroom } from './classroom.ts';
import type { ClassroomIntent, ClassroomState } from './state.ts';
import { CLASSROOM_ASIDE_PREFIX, CLASSROOM_PREFIX, ClassroomStore } from './store.ts';
import { content, memoryStorage, setupFor, start } from './test/helpers.ts';

const FINGERPRINT = contentFingerprint(content);

/** Apply intents, saving after each one that asks for it, as the UI adapter would. */
function playAndSave(
  store: ClassroomStore,
  id: string,
  state: ClassroomState,
  intents: readonly ClassroomIntent[],
  clock: { now: number },
): ClassroomState {
  let current = state;
  store.save(id, current, FINGERPRINT, clock.now);
  for (const intent of intents) {
    const result = reduceClassroom(current, intent);
    current = result.state;
    clock.now += 1000;
    if (result.effects.some((e) => e.kind === 'persist')) {
      store.save(id, current, FINGERPRINT, clock.now);
    }
  }
  return current;
}

const SOME_INTENTS: ClassroomIntent[] = [
  { kind: 'startTurn' },
  { kind: 'takeMeasure', by: 'team1', role: 'government', measure: 'risk_assessment' },
  { kind: 'note', team: 'team1', round: 1, text: 'we saw it coming' },
  { kind: 'tick', ms: 12_000 },
  { kind: 'teamDone', team: 'team1' },
  { kind: 'advanceTrigger', trigger: 'election' },
  { kind: 'startTurn' },
  { kind: 'tick', ms: 4_000 },
  { kind: 'tick', ms: 8_000 },
];

describe('ClassroomStore', () => {
  it('keeps several sessions, lists them newest first and loads them back identically', () => {
    const storage = memoryStorage();
    const store = new ClassroomStore(storage);
    const clock = { now: 1_000_000 };
    const idA = store.newId();
    const a = playAndSave(store, idA, start(setupFor(2)), SOME_INTENTS, clock);
    const idB = store.newId();
    expect([idA, idB]).toEqual(['c1', 'c2']);
    const b = playAndSave(
      store,
      idB,
      start(setupFor(4, {}, 99)),
      [{ kind: 'revealDebrief' }],
      clock,
    );

    const { sessions, setAside } = store.list();
    expect(setAside).toEqual([]);
    expect(sessions).toEqual([
      {
        id: 'c2',
        savedAt: clock.now,
        problem: null,
        scenario: b.setup.scenario,
        teams: ['Team 1', 'Team 2', 'Team 3', 'Team 4'],
        roundsPlayed: 0,
        finished: true,
      },
      expect.objectContaining({ id: 'c1', teams: ['Team 1', 'Team 2'], finished: false }),
    ]);

    const loaded = store.load(content, idA);
    if (!loaded.ok) throw new Error(loaded.problem);
    expect(loaded.state).toEqual(a);
    // Ticks are saved every 10 s of countdown: the reload resumes the team's timer.
    expect(loaded.state.timer?.elapsedMs).toBe(12_000);

    store.delete(idA);
    expect(store.list().sessions.map((s) => s.id)).toEqual(['c2']);
    expect(store.newId()).toBe('c1');
    expect(store.load(content, 'c1')).toEqual({ ok: false, problem: 'none' });
  });

  it('sets corrupt entries aside when listing or loading, never overwriting earlier ones', () => {
    const storage = memoryStorage();
    const store = new ClassroomStore(storage);
    store.save('good', start(setupFor(2)), FINGERPRINT, 5);
    storage.setItem(`${CLASSROOM_PREFIX}bad`, '{"savedAt": 1, "session": oops');
    storage.setItem(`${CLASSROOM_ASIDE_PREFIX}bad`, 'an earlier unreadable copy');
    const { sessions, setAside } = store.list();
    expect(sessions.map((s) => s.id)).toEqual(['good']);
    expect(setAside).toEqual(['bad']);
    expect(storage.data.get(`${CLASSROOM_ASIDE_PREFIX}bad`)).toBe('an earlier unreadable copy');
    expect(storage.data.get(`${CLASSROOM_ASIDE_PREFIX}bad.2`)).toContain('oops');
    expect(storage.data.has(`${CLASSROOM_PREFIX}bad`)).toBe(false);

    // Loading a session whose log no longer replays sets it aside too.
    const raw = storage.data.get(`${CLASSROOM_PREFIX}good`) ?? '';
    const broken = raw.replace('"log":[]', '"log":[{"kind":"endTurn","role":"government"}]');
    storage.setItem(`${CLASSROOM_PREFIX}good`, broken);
    expect(store.load(content, 'good')).toEqual({ ok: false, problem: 'replayFailed' });
    expect(storage.data.get(`${CLASSROOM_ASIDE_PREFIX}good`)).toBe(broken);
  });

  it('sets an unreadable entry aside before saving over it', () => {
    const storage = memoryStorage();
    const store = new ClassroomStore(storage);
    storage.setItem(`${CLASSROOM_PREFIX}c1`, 'not json');
    store.save('c1', start(setupFor(3)), FINGERPRINT, 7);
    expect(storage.data.get(`${CLASSROOM_ASIDE_PREFIX}c1`)).toBe('not json');
    expect(store.list().sessions.map((s) => s.id)).toEqual(['c1']);
  });

  it('lists sessions of another game version without touching them', () => {
    const storage = memoryStorage();
    const store = new ClassroomStore(storage);
    const future = JSON.stringify({
      savedAt: 9,
      session: { format: 'act-early-classroom', version: 2, shiny: true },
    });
    storage.setItem(`${CLASSROOM_PREFIX}c1`, future);
    expect(store.list()).toEqual({
      sessions: [
        {
          id: 'c1',
          savedAt: 9,
          problem: 'newerVersion',
          scenario: '',
          teams: [],
          roundsPlayed: 0,
          finished: false,
        },
      ],
      setAside: [],
    });
    expect(storage.data.get(`${CLASSROOM_PREFIX}c1`)).toBe(future);
  });

  it('reports a full storage instead of throwing', () => {
    const storage = memoryStorage();
    const store = new ClassroomStore({
      ...storage,
      get length() {
        return storage.length;
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(store.save('c1', start(setupFor(2)), FINGERPRINT, 1)).toBe(false);
  });
});
