import { describe, expect, it } from 'vitest';
import { createGame, step, type Action, type GameState } from '../../core/index.ts';
import { loadProjectContent } from '../../tools/content-dir.ts';
import { playScript } from '../../core/test/helpers.ts';
import { lessonsOf } from './lessons.ts';

const loaded = loadProjectContent();
if (!loaded.ok) throw new Error('content must load');
const content = loaded.content;

/** Play a scenario to the end, taking the given actions at the start of their rounds. */
function play(scenario: string, seed: number, actions: Record<number, Action[]>): GameState {
  return playScript(content, scenario, seed, actions);
}

describe('debrief lessons', () => {
  it('point at a known event nobody prepared for, and not once it was prepared for', () => {
    const idle = lessonsOf(play('election', 3, {}));
    expect(idle).toContainEqual(
      expect.objectContaining({ kind: 'knownTrigger', trigger: 'election', round: 7 }),
    );
    const prepared = lessonsOf(
      play('election', 3, {
        1: [{ kind: 'takeMeasure', role: 'civil_society', measure: 'media_workshops' }],
      }),
    );
    expect(prepared).not.toContainEqual(
      expect.objectContaining({ kind: 'knownTrigger', trigger: 'election' }),
    );
  });

  it('say how much stronger a structural measure would have been earlier', () => {
    // Let the crisis grow, then take the national action plan late.
    let state = createGame(content, 'election', { seed: 11 });
    while (!state.finished && state.stage < 4) state = step(state, { kind: 'endRound' }).state;
    expect(state.stage).toBeGreaterThanOrEqual(4);
    state = step(state, {
      kind: 'takeMeasure',
      role: 'government',
      measure: 'national_action_plan',
    }).state;
    while (!state.finished) state = step(state, { kind: 'endRound' }).state;
    const late = lessonsOf(state).find((lesson) => lesson.kind === 'lateStage');
    expect(late).toMatchObject({ measure: 'national_action_plan', bestStage: 1 });
    expect(late?.kind === 'lateStage' && late.times).toBeGreaterThanOrEqual(1.5);
  });

  it('notice a focal point left without staff, money or a plan (¶42), and not one backed by a plan', () => {
    const alone = lessonsOf(
      play('election', 5, {
        1: [{ kind: 'takeMeasure', role: 'government', measure: 'appoint_focal_point' }],
      }),
    );
    expect(alone).toContainEqual({ kind: 'emptyFocalPoint' });
    const resourced = lessonsOf(
      play('election', 5, {
        // One capacity point a round: the plan (2 points) comes after a round of saving.
        1: [{ kind: 'takeMeasure', role: 'government', measure: 'appoint_focal_point' }],
        3: [{ kind: 'takeMeasure', role: 'government', measure: 'national_action_plan' }],
      }),
    );
    expect(resourced).not.toContainEqual({ kind: 'emptyFocalPoint' });
  });
});
