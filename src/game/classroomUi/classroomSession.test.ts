import { describe, expect, it } from 'vitest';
import { ClassroomStore } from '../../classroom/store.ts';
import { content, memoryStorage, setupFor } from '../../classroom/test/helpers.ts';
import { ClassroomSession, TICK_MS, type Clock } from './classroomSession.ts';

/** A clock moved by hand. */
function fakeClock() {
  let now = 0;
  let tick: (() => void) | null = null;
  const clock: Clock = {
    now: () => now,
    wall: () => 1_700_000_000_000 + now,
    every: (_ms, fn) => {
      tick = fn;
      return () => {
        tick = null;
      };
    },
  };
  return {
    clock,
    advance(ms: number) {
      for (let t = 0; t < ms; t += TICK_MS) {
        now += TICK_MS;
        tick?.();
      }
    },
    get running() {
      return tick !== null;
    },
  };
}

function newSession() {
  const storage = memoryStorage();
  const store = new ClassroomStore(storage);
  const time = fakeClock();
  const created = ClassroomSession.create(content, setupFor(3), store, time.clock);
  if (!created.ok) throw new Error('setup refused');
  return { storage, store, time, session: created.session };
}

describe('ClassroomSession', () => {
  it('saves a new session at once and after every persisting intent', () => {
    const { store, session } = newSession();
    expect(store.list().sessions.map((s) => s.id)).toEqual([session.id]);
    let saves = 0;
    session.on('saved', () => saves++);
    session.dispatch({ kind: 'startTurn' });
    expect(saves).toBe(1);
    const loaded = store.load(content, session.id);
    expect(loaded.ok && loaded.state.phase).toEqual({ kind: 'turn', team: 'team1' });
  });

  it('runs the timer from real time, emits whole seconds and expiry, and pauses', () => {
    const { time, session } = newSession();
    session.startClock();
    session.dispatch({ kind: 'startTurn' });
    const total = session.timer?.totalSeconds ?? 0;
    expect(total).toBeGreaterThan(0);
    const shown: (number | null)[] = [];
    session.on('timer', ({ view }) => shown.push(view?.remainingSeconds ?? null));
    const expired: (string | null)[] = [];
    session.on('timerExpired', ({ team }) => expired.push(team));
    time.advance(3000);
    expect(session.timer?.remainingSeconds).toBe(total - 3);
    expect(shown).toEqual([total - 1, total - 2, total - 3]);
    session.dispatch({ kind: 'pause' });
    time.advance(5000);
    expect(session.timer?.remainingSeconds).toBe(total - 3);
    session.dispatch({ kind: 'resume' });
    session.dispatch({ kind: 'extendTimer' });
    time.advance((total + 60) * 1000);
    expect(expired).toEqual(['team1']);
    expect(session.timer?.expired).toBe(true);
    session.stopClock();
    expect(time.running).toBe(false);
  });

  it('reports rejections and core events, and continues a saved session', () => {
    const { store, time, session } = newSession();
    const rejected: string[] = [];
    const core: string[] = [];
    session.on('rejected', (effect) => rejected.push(effect.reason));
    session.on('core', ({ action, by }) => core.push(`${by}:${action.kind}`));
    session.dispatch({ kind: 'teamDone', team: 'team2' });
    expect(rejected).toEqual(['notYourTurn']);
    session.dispatch({ kind: 'startTurn' });
    session.dispatch({ kind: 'teamDone', team: 'team1' });
    expect(core).toEqual(['team1:endTurn', 'team1:endTurn']);
    const again = ClassroomSession.load(content, store, session.id, time.clock);
    expect(again.ok && again.session.state.phase).toEqual({ kind: 'handoff', team: 'team2' });
    expect(again.ok && again.session.state.game.log).toEqual(session.state.game.log);
  });

  it('explains a resolved round again after a reload, from the saved log', () => {
    const { store, time, session } = newSession();
    let played: readonly unknown[] = [];
    session.on('core', ({ action, events }) => {
      if (action.kind === 'endRound') played = events;
    });
    session.dispatch({ kind: 'advanceRound' });
    expect(session.state.phase).toMatchObject({ kind: 'roundResults', round: 1 });
    expect(played.length).toBeGreaterThan(0);
    expect(session.roundEvents(1)).toBe(played);
    const again = ClassroomSession.load(content, store, session.id, time.clock);
    expect(again.ok && again.session.state.phase).toMatchObject({ kind: 'roundResults', round: 1 });
    expect(again.ok && again.session.roundEvents(1)).toEqual(played);
    expect(again.ok && again.session.roundEvents(2)).toEqual([]);
  });
});
