import { describe, expect, it } from 'vitest';
import { LESSON_PRESETS, type ClassroomMode } from './types.ts';
import type { ClassroomIntent, ClassroomState } from './state.ts';
import { reduceClassroom } from './classroom.ts';
import { rejection, run, setupFor, start } from './test/helpers.ts';

/** Every intent of a whole session in which nobody acts, and each state it passes through. */
function playThrough(mode: ClassroomMode): ClassroomState[] {
  let state = start(setupFor(2, { preset: 'untimed', mode }, 2));
  const seen = [state];
  const next = (s: ClassroomState): ClassroomIntent => {
    switch (s.phase.kind) {
      case 'handoff':
        return { kind: 'startTurn' };
      case 'turn':
        return { kind: 'teamDone', team: s.phase.team };
      case 'entry':
        return { kind: 'advanceRound' };
      default:
        return { kind: 'continue' };
    }
  };
  for (let guard = 0; guard < 200 && state.phase.kind !== 'debrief'; guard++) {
    // Time passes between steps, as a lesson's would.
    state = run(state, [{ kind: 'tick', ms: 600_000 }, next(state)]).state;
    seen.push(state);
  }
  expect(state.phase.kind).toBe('debrief');
  return seen;
}

describe('the untimed lesson (WCAG 2.2.1: timers can be turned off entirely)', () => {
  it('is a choice of the set-up, beside the timed lessons', () => {
    expect(LESSON_PRESETS).toContain('untimed');
  });

  for (const mode of ['hotSeat', 'facilitatorEntry'] as const) {
    it(`never starts a timer, in turns, results or discussions (${mode})`, () => {
      const states = playThrough(mode);
      expect(states.filter((s) => s.timer !== null)).toEqual([]);
      const phases = new Set(states.map((s) => s.phase.kind));
      expect(phases).toContain('discussion');
      expect(phases).toContain(mode === 'hotSeat' ? 'turn' : 'entry');
      const during = states.find((s) => s.phase.kind === (mode === 'hotSeat' ? 'turn' : 'entry'));
      if (!during) throw new Error('no play phase');
      expect(rejection(during, { kind: 'extendTimer' })).toBe('noTimer');
      expect(reduceClassroom(during, { kind: 'tick', ms: 3_600_000 }).state).toEqual(during);
    });
  }

  it('a timed lesson does start timers (so the check above can fail)', () => {
    const timed = run(start(setupFor(2, { preset: 'min45' }, 2)), [{ kind: 'startTurn' }]).state;
    expect(timed.timer).not.toBeNull();
  });
});
