import { describe, expect, it } from 'vitest';
import {
  PAUSE_QUESTION_KEYS,
  lessonSchedule,
  pauseQuestionKey,
  pauseRounds,
  stageQuestionKey,
} from './presets.ts';
import type { ContentKey } from '../content/schema.ts';
import { LESSON_PRESETS } from './types.ts';

describe('lessonSchedule', () => {
  it('plans a 45-minute lesson of 12 rounds for 2 hot-seat teams (the documented example)', () => {
    expect(lessonSchedule('min45', 12, 2, 'hotSeat')).toEqual({
      preset: 'min45',
      turnSeconds: 35,
      pauseSeconds: 90,
      pauseAfter: [6],
      debriefMinutes: 12,
      plannedMinutes: 44.5,
      fits: true,
    });
  });

  it('keeps a minimum turn and says when the lesson cannot fit', () => {
    const crowded = lessonSchedule('min45', 12, 4, 'hotSeat');
    expect(crowded.turnSeconds).toBe(30);
    expect(crowded.plannedMinutes).toBe(58.5);
    expect(crowded.fits).toBe(false);
    // Facilitator entry: one round timer, teams deliberate together.
    const entry = lessonSchedule('min45', 12, 4, 'facilitatorEntry');
    expect(entry.turnSeconds).toBe(90);
    expect(entry.fits).toBe(true);
  });

  it('leaves 10–15 minutes for the debrief and fits with two teams in every preset', () => {
    for (const preset of LESSON_PRESETS) {
      if (preset === 'untimed') continue;
      const minutes = { min45: 45, min50: 50, min90: 90 }[preset];
      for (const rounds of [4, 10, 11, 12]) {
        const plan = lessonSchedule(preset, rounds, 2, 'hotSeat');
        expect(plan.debriefMinutes).toBeGreaterThanOrEqual(10);
        expect(plan.debriefMinutes).toBeLessThanOrEqual(15);
        expect(plan.fits, `${preset}/${String(rounds)}`).toBe(true);
        expect(plan.plannedMinutes).toBeLessThanOrEqual(minutes);
        expect(plan.turnSeconds ?? 0).toBeGreaterThanOrEqual(30);
        expect((plan.turnSeconds ?? 0) % 5).toBe(0);
        for (const r of plan.pauseAfter) expect(r).toBeLessThan(rounds);
      }
    }
    expect(lessonSchedule('min90', 12, 3, 'hotSeat').pauseAfter).toEqual([3, 6, 9]);
    expect(lessonSchedule('min90', 12, 3, 'hotSeat').turnSeconds).toBeGreaterThan(
      lessonSchedule('min45', 12, 3, 'hotSeat').turnSeconds ?? Infinity,
    );
  });

  it('has no timers or preset pauses when untimed', () => {
    expect(lessonSchedule('untimed', 12, 6, 'hotSeat')).toMatchObject({
      turnSeconds: null,
      pauseSeconds: null,
      pauseAfter: [],
      fits: true,
    });
  });

  it('spreads pauses evenly and never after the last round', () => {
    expect(pauseRounds(12, 1)).toEqual([6]);
    expect(pauseRounds(10, 3)).toEqual([3, 5, 8]);
    expect(pauseRounds(4, 3)).toEqual([1, 2, 3]);
    expect(pauseRounds(1, 1)).toEqual([]);
  });
});

describe('discussion questions', () => {
  it('cycles through the classroom questions', () => {
    expect(pauseQuestionKey(0)).toBe('pause.signs');
    expect(pauseQuestionKey(PAUSE_QUESTION_KEYS.length)).toBe('pause.signs');
    expect(new Set(PAUSE_QUESTION_KEYS.map((_, i) => pauseQuestionKey(i))).size).toBe(4);
  });

  it("uses the scenario's own stage question, else the generic one", () => {
    const keys = ['a1', 'a2', 'a3', 'a4', 'a5'] as [
      ContentKey,
      ContentKey,
      ContentKey,
      ContentKey,
      ContentKey,
    ];
    expect(stageQuestionKey({ discussionKeys: keys }, 3)).toBe('a3');
    expect(stageQuestionKey({ discussionKeys: undefined }, 4)).toBe('discussion.stage4');
    expect(stageQuestionKey(undefined, 2)).toBe('discussion.stage2');
  });
});
