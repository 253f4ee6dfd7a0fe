import { describe, expect, it } from 'vitest';
import { FIXTURE_SCENARIO, fixtureFiles, fixtureLocale } from '../../content/fixtures/index.ts';
import { loadContentOrThrow } from '../../content/load.ts';
import { score } from '../../core/index.ts';
import { contentFingerprint } from '../../content/fingerprint.ts';
import { CORRUPT_SAVE_STORAGE_KEY, SAVE_STORAGE_KEY, SaveSlot, type SaveStorage } from './save.ts';
import { GameSession } from './session.ts';

const content = loadContentOrThrow(fixtureFiles, fixtureLocale);

function memoryStorage(): SaveStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => data.set(key, value),
    removeItem: (key) => data.delete(key),
  };
}

function playSomeRounds(session: GameSession): void {
  session.takeMeasure('government', 'risk_assessment');
  session.takeMeasure('nhri', 'nhri_monitoring');
  session.endRound();
  session.takeMeasure('civil_society', 'media_workshops');
  session.endTurn('civil_society');
  session.endRound();
  session.takeMeasure('partners', 'mediation');
}

describe('GameSession', () => {
  it('saves at the start so Continue exists at once', () => {
    const storage = memoryStorage();
    GameSession.start(content, FIXTURE_SCENARIO, { seed: 5 }, new SaveSlot(storage));
    expect(storage.data.get(SAVE_STORAGE_KEY)).toContain('"seed":5');
  });

  it('resumes to the identical state mid-round, from a small save', () => {
    const storage = memoryStorage();
    const session = GameSession.start(
      content,
      FIXTURE_SCENARIO,
      { seed: 77 },
      new SaveSlot(storage),
    );
    playSomeRounds(session);
    const raw = storage.data.get(SAVE_STORAGE_KEY) ?? '';
    expect(raw.length).toBeLessThan(1000);

    const resumed = GameSession.resume(content, new SaveSlot(storage));
    if (!resumed.ok) throw new Error(`resume failed: ${resumed.problem}`);
    expect(resumed.session.state).toEqual(session.state);
    expect(score(resumed.session.state)).toEqual(score(session.state));
  });

  it('emits changed with the core events, and rejected without changing anything', () => {
    const session = GameSession.start(content, FIXTURE_SCENARIO, { seed: 1 }, null);
    const changed: string[] = [];
    const rejected: string[] = [];
    session.on('changed', ({ events }) => changed.push(...events.map((event) => event.type)));
    session.on('rejected', ({ reason }) => rejected.push(reason));

    session.takeMeasure('government', 'national_action_plan');
    expect(changed).toContain('measureTaken');
    const before = session.state;
    session.takeMeasure('government', 'mediation');
    expect(rejected).toEqual(['wrongRole']);
    expect(session.state).toBe(before);
  });

  it('announces the end of the game once the last round is resolved', () => {
    const session = GameSession.start(content, FIXTURE_SCENARIO, { seed: 3 }, null);
    let finished = 0;
    session.on('finished', () => finished++);
    for (let round = 1; round <= session.state.model.rounds; round++) session.endRound();
    expect(session.state.finished).toBe(true);
    expect(finished).toBe(1);
  });

  it('sets an unreadable save aside instead of crashing or overwriting it', () => {
    const storage = memoryStorage();
    storage.setItem(SAVE_STORAGE_KEY, '{"format":"act-early-save", "seed": oops');
    const result = GameSession.resume(content, new SaveSlot(storage));
    expect(result).toEqual({ ok: false, problem: 'unreadable' });
    expect(storage.data.get(CORRUPT_SAVE_STORAGE_KEY)).toContain('oops');
    expect(storage.data.has(SAVE_STORAGE_KEY)).toBe(false);
  });

  it('refuses saves from a newer game version or other content, and logs that do not replay', () => {
    const storage = memoryStorage();
    const session = GameSession.start(
      content,
      FIXTURE_SCENARIO,
      { seed: 9 },
      new SaveSlot(storage),
    );
    const save = session.toSave();
    const attempt = (changed: object): unknown => {
      storage.setItem(SAVE_STORAGE_KEY, JSON.stringify({ ...save, ...changed }));
      const result = GameSession.resume(content, new SaveSlot(storage));
      return result.ok ? 'ok' : result.problem;
    };
    expect(attempt({ version: 99 })).toBe('newerVersion');
    expect(attempt({ content: 'deadbeef' })).toBe('otherContent');
    expect(attempt({ log: [{ kind: 'takeMeasure', role: 'nhri', measure: 'mediation' }] })).toBe(
      'replayFailed',
    );
    expect(attempt({})).toBe('ok');
    expect(save.content).toBe(contentFingerprint(content));
  });

  it('reports no save when there is none', () => {
    expect(GameSession.resume(content, new SaveSlot(memoryStorage()))).toEqual({
      ok: false,
      problem: 'none',
    });
  });

  it('knows whether the saved game is unfinished, so a new game can ask before replacing it', () => {
    const storage = memoryStorage();
    const slot = new SaveSlot(storage);
    expect(slot.hasUnfinishedGame()).toBe(false);
    const session = GameSession.start(content, FIXTURE_SCENARIO, { seed: 8 }, slot);
    expect(slot.hasUnfinishedGame()).toBe(true);
    while (!session.state.finished) session.endRound();
    expect(slot.hasUnfinishedGame()).toBe(false);
    expect(session.toSave().finished).toBe(true);
  });

  it('brings a trigger forward for the facilitator and resumes it from the save', () => {
    const storage = memoryStorage();
    const session = GameSession.start(
      content,
      FIXTURE_SCENARIO,
      { seed: 12 },
      new SaveSlot(storage),
    );
    const rejected: string[] = [];
    session.on('rejected', ({ reason }) => rejected.push(reason));
    expect(session.advanceTrigger('election')[0]).toMatchObject({ type: 'triggerAdvanced' });
    session.advanceTrigger('election');
    expect(rejected).toEqual(['triggerNotScheduled']);
    session.endRound();
    expect(session.state.history[1]?.triggers).toContain('election');
    const resumed = GameSession.resume(content, new SaveSlot(storage));
    if (!resumed.ok) throw new Error(`resume failed: ${resumed.problem}`);
    expect(resumed.session.state).toEqual(session.state);
  });
});
