import { describe, expect, it } from 'vitest';
import type { RoleId } from '../content/schema.ts';
import { compileScenario } from './model.ts';
import { playGame } from './simulate.ts';
import { replay } from './step.ts';
import { SCENARIO, content, finish, game, play } from './test/helpers.ts';
import type { Action, GameState } from './types.ts';
import {
  MIN_THREAT_GAIN,
  costliestDelay,
  replayLenient,
  roundsOfLog,
  runSummary,
  unluckySeed,
  whatIf,
} from './whatIf.ts';

const END: Action = { kind: 'endRound' };
const take = (role: RoleId, measure: string): Action => ({
  kind: 'takeMeasure',
  role,
  measure,
});

/** A finished fixture game from a scripted log (rounds without actions are ended as they come). */
function played(actions: readonly Action[], seed = 1): GameState {
  return finish(play(game(seed), actions).state);
}

describe('what if (the debrief replays)', () => {
  it('numbers the rounds of a log by its endRound actions', () => {
    expect(
      roundsOfLog([take('nhri', 'nhri_monitoring'), END, END, take('nhri', 'x'), END]),
    ).toEqual([1, 1, 2, 3, 3]);
  });

  it('moves a measure to an earlier round and replays with the same luck', () => {
    const state = played([END, END, take('civil_society', 'media_workshops')]);
    const result = whatIf(state, { kind: 'move', measure: 'media_workshops', round: 1 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const moved = result.run.state.measures.find((m) => m.id === 'media_workshops');
    expect(moved?.takenRound).toBe(1);
    // The replay is the core's own replay of the edited log.
    const direct = replay(content, SCENARIO, state.seed, result.log).state;
    expect(direct.history).toEqual(result.run.state.history);
    // Same luck: the severity is the seed's, and nothing else in the log changed.
    expect(result.run.state.severity).toBe(state.severity);
    expect(result.run.skipped).toEqual([]);
  });

  it('moving a measure to its own round gives back the game as played', () => {
    const state = played([END, take('civil_society', 'media_workshops'), END]);
    const result = whatIf(state, { kind: 'move', measure: 'media_workshops', round: 2 });
    expect(result.ok && result.run.state.history).toEqual(state.history);
  });

  it('refuses a move into a round where the role had no points left', () => {
    // Government has 3 points a round and carries none in the fixture.
    const state = played([
      take('government', 'national_action_plan'),
      take('government', 'focal_point'),
      END,
      END,
      take('government', 'risk_assessment'),
    ]);
    expect(whatIf(state, { kind: 'move', measure: 'risk_assessment', round: 1 })).toEqual({
      ok: false,
      reason: 'insufficientCapacity',
    });
    expect(whatIf(state, { kind: 'move', measure: 'risk_assessment', round: 2 }).ok).toBe(true);
    expect(whatIf(state, { kind: 'move', measure: 'risk_assessment', round: 0 })).toEqual({
      ok: false,
      reason: 'outOfRange',
    });
    expect(whatIf(state, { kind: 'move', measure: 'mediation', round: 1 })).toEqual({
      ok: false,
      reason: 'notTaken',
    });
  });

  it('swaps a measure for another of the same role, and leaves out what no longer fits', () => {
    const state = played([
      take('government', 'focal_point'),
      take('government', 'risk_assessment'),
      END,
      take('government', 'national_action_plan'),
    ]);
    const result = whatIf(state, {
      kind: 'swap',
      measure: 'focal_point',
      with: 'national_action_plan',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = result.run.state.measures.map((m) => m.id);
    expect(ids).toContain('national_action_plan');
    expect(ids).not.toContain('focal_point');
    // Risk assessment no longer fits in round 1, and the plan cannot be taken twice.
    expect(ids).not.toContain('risk_assessment');
    expect(result.run.skipped).toHaveLength(2);
    expect(whatIf(state, { kind: 'swap', measure: 'focal_point', with: 'mediation' })).toEqual({
      ok: false,
      reason: 'wrongRole',
    });
  });

  it('finds the costliest delay: the measure whose first affordable round helps most', () => {
    // The `late` policy on seed 2 starts NHRI monitoring in round 7; round 1 was open to it.
    const state = playGame(compileScenario(content, SCENARIO), 2, 'late');
    const delay = costliestDelay(state);
    expect(delay).not.toBeNull();
    if (!delay) return;
    expect(delay.earliestRound).toBeLessThan(delay.takenRound);
    expect(delay.played).toEqual(runSummary(state));
    // Its replay is the replay of that move, and it is no worse than any other earlier start.
    const again = whatIf(state, {
      kind: 'move',
      measure: delay.measure,
      round: delay.earliestRound,
    });
    expect(again.ok && again.run.state.history).toEqual(delay.state.history);
    expect(delay.measure).toBe('nhri_monitoring');
    expect([delay.takenRound, delay.earliestRound]).toEqual([7, 1]);
    expect([delay.played.peakStage, delay.earlier.peakStage]).toEqual([5, 4]);
    for (const measure of new Set(state.measures.map((m) => m.id))) {
      const other = whatIf(state, { kind: 'move', measure, round: 1 });
      if (other.ok) {
        const summary = runSummary(other.run.state);
        expect(summary.peakStage).toBeGreaterThanOrEqual(delay.earlier.peakStage);
      }
    }
    // Only a change worth telling: a lower peak stage, or a peak a point or more lower.
    const stageGain = delay.played.peakStage - delay.earlier.peakStage;
    const threatGain = delay.played.peakThreat - delay.earlier.peakThreat;
    expect(stageGain > 0 || threatGain >= MIN_THREAT_GAIN).toBe(true);
  });

  it('has no costliest delay when every measure started in round 1', () => {
    const state = played([
      take('civil_society', 'media_workshops'),
      take('nhri', 'nhri_monitoring'),
    ]);
    expect(costliestDelay(state)).toBeNull();
  });

  it('calls a seed unlucky only when a harsh crisis defeated choices that would have worked', () => {
    // The `signs` policy's choices on seed 1 avert an average crisis but not the harshest.
    const model = compileScenario(content, SCENARIO);
    const base = playGame(model, 1, 'signs');
    const spread = model.params.severitySpread;
    const rerun = (severity: number) =>
      replayLenient(model, base.seed, base.roles, base.log, severity).state;
    const harsh = rerun(1 + spread);
    const average = rerun(1);
    expect(harsh.severity).toBe(1 + spread);
    expect(harsh.peakStage).toBe(4);
    expect(average.peakStage).toBe(3);
    expect(unluckySeed(harsh)).toBe(true);
    // Averted, or not harsh enough to blame: never called unlucky.
    expect(unluckySeed(average)).toBe(false);
    expect(unluckySeed(rerun(1 + spread / 3))).toBe(false);
    // Choices that fail even in an average crisis were not defeated by luck.
    const idle = playGame(model, 1, 'none').log;
    const none = replayLenient(model, 1, base.roles, idle, 1 + spread).state;
    expect(none.peakStage).toBe(5);
    expect(unluckySeed(none)).toBe(false);
  });
});
