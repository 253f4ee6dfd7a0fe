import { describe, expect, it } from 'vitest';
import { counterfactual, counterfactualFor } from './counterfactual.ts';
import {
  advanceableTriggers,
  facilitatorMoves,
  nextOccurrence,
  scheduledTriggers,
} from './schedule.ts';
import { score } from './scoring.ts';
import { playGame } from './simulate.ts';
import { legalActions, replay, step } from './step.ts';
import { SCENARIO, advanceTo, content, finish, game, play } from './test/helpers.ts';
import { triggerPreview } from './triggers.ts';
import type { Action, GameEvent, GameState } from './types.ts';

const ADVANCE_ELECTION: Action = { kind: 'advanceTrigger', trigger: 'election' };

/** Rounds in which a trigger fired, from the history. */
function firedIn(state: GameState, trigger: string): number[] {
  return state.history.filter((h) => h.triggers.includes(trigger)).map((h) => h.round);
}

describe('advanceTrigger (facilitator brings a scheduled trigger forward)', () => {
  it('moves the next later occurrence into the current round, where it fires', () => {
    const start = game(11);
    expect(nextOccurrence(start, 'election')).toMatchObject({ from: 9, intensity: 1.3 });
    const { state, events } = play(advanceTo(start, 2), [ADVANCE_ELECTION]);
    expect(events).toEqual([
      {
        type: 'triggerAdvanced',
        trigger: 'election',
        from: 9,
        to: 2,
        intensity: 1.3,
        announced: true,
        cause: { kind: 'facilitator' },
      },
    ]);
    expect(state.advanced).toEqual([{ trigger: 'election', from: 9, to: 2 }]);
    expect(scheduledTriggers(state, 2).map((t) => [t.id, t.advancedFrom])).toEqual([
      ['election', 9],
    ]);
    expect(scheduledTriggers(state, 9)).toEqual([]);
    // The shared model is untouched.
    expect(state.model.turns[8]?.triggers.map((t) => t.id)).toEqual(['election']);

    const resolved = play(state, [{ kind: 'endRound' }]);
    const fired = resolved.events.find((e) => e.type === 'triggerFired');
    expect(fired).toMatchObject({ trigger: 'election', round: 2, cause: { kind: 'facilitator' } });
    expect(firedIn(finish(resolved.state), 'election')).toEqual([2]);
    expect(firedIn(finish(start), 'election')).toEqual([9]);
  });

  it('never changes the number of random draws per round', () => {
    const moved = play(game(5), [ADVANCE_ELECTION, { kind: 'endRound' }]).state;
    const plain = play(game(5), [{ kind: 'endRound' }]).state;
    expect(moved.rng).toEqual(plain.rng);
    expect(moved.history[1]?.triggers).toEqual(['election']);
    expect(moved.factors).not.toEqual(plain.factors);
  });

  it('is refused when no later occurrence is left, and for unknown triggers', () => {
    const once = play(game(3), [ADVANCE_ELECTION]).state;
    const reject = (state: GameState, trigger: string) =>
      step(state, { kind: 'advanceTrigger', trigger }).events;
    expect(reject(once, 'election')).toEqual([
      {
        type: 'actionRejected',
        action: ADVANCE_ELECTION,
        reason: 'triggerNotScheduled',
      },
    ]);
    expect(reject(game(3), 'no_such_trigger')[0]).toMatchObject({
      reason: 'triggerNotScheduled',
    });
    // At round 3 the economic shock is scheduled now, not later: nothing to bring forward.
    const round3 = advanceTo(game(3), 3);
    expect(reject(round3, 'economic_shock')[0]).toMatchObject({ reason: 'triggerNotScheduled' });
    expect(reject(finish(game(3)), 'epidemic')[0]).toMatchObject({ reason: 'finished' });
    expect(advanceableTriggers(round3).map((t) => [t.trigger, t.from])).toEqual([
      ['census', 5],
      ['commemoration', 7],
      ['election', 9],
      ['epidemic', 11],
    ]);
  });

  it('is not a player move: legalActions never offer it', () => {
    const kinds = new Set(legalActions(game(2)).map((a) => a.kind));
    expect(kinds.has('advanceTrigger')).toBe(false);
    expect(kinds.has('endRound')).toBe(true);
  });

  it('replays from a log containing it to the identical state and score', () => {
    const log: Action[] = [
      { kind: 'takeMeasure', role: 'government', measure: 'risk_assessment' },
      { kind: 'endRound' },
      { kind: 'advanceTrigger', trigger: 'census' },
      { kind: 'takeMeasure', role: 'civil_society', measure: 'media_workshops' },
      { kind: 'endRound' },
      ADVANCE_ELECTION,
      { kind: 'endRound' },
    ];
    const live = finish(play(game(21), log).state);
    const replayed = finish(replay(content, SCENARIO, 21, log).state);
    expect(replayed).toEqual(live);
    expect(score(replayed)).toEqual(score(live));
    expect(firedIn(live, 'census')).toEqual([2]);
    expect(firedIn(live, 'election')).toEqual([3]);
    expect(facilitatorMoves(live.log)).toEqual([
      { round: 2, action: { kind: 'advanceTrigger', trigger: 'census' } },
      { round: 3, action: ADVANCE_ELECTION },
    ]);
  });

  it('is kept in the counterfactual at the same round; measures are left out', () => {
    const log: Action[] = [
      { kind: 'takeMeasure', role: 'government', measure: 'risk_assessment' },
      ADVANCE_ELECTION,
      { kind: 'endRound' },
    ];
    const state = finish(play(game(8), log).state);
    const cf = counterfactual(state);
    const expected = playGame(state.model, 8, 'none', state.roles, [
      { round: 1, action: ADVANCE_ELECTION },
    ]);
    expect(firedIn(expected, 'election')).toEqual([1]);
    expect(expected.measures).toEqual([]);
    expect(cf.timeline.map((p) => p.threat)).toEqual(expected.history.map((h) => h.threat));
    expect(cf.measuresTaken).toBe(0);
    const withoutMove = counterfactualFor(content, SCENARIO, 8);
    expect(cf.timeline[1]?.threat).not.toBe(withoutMove.timeline[1]?.threat);
    expect(counterfactualFor(content, SCENARIO, 8, undefined, state.log)).toEqual(cf);
  });
});

describe('triggerPreview', () => {
  it('predicts exactly what the trigger does when the round resolves', () => {
    // Media workshops (taken in round 1) take effect in round 2, before triggers fire, and damp
    // the election (×0.7): the preview must see that.
    const state = play(game(13), [
      { kind: 'takeMeasure', role: 'civil_society', measure: 'media_workshops' },
      { kind: 'endRound' },
    ]).state;
    const before = JSON.stringify(state);
    const preview = triggerPreview(state, 'election');
    expect(JSON.stringify(state)).toBe(before);
    if (!preview) throw new Error('no preview');
    expect(preview).toMatchObject({ trigger: 'election', from: 9, to: 2, intensity: 1.3 });
    expect(preview.amplifier === 'hate_speech' || preview.amplifier === 'discrimination').toBe(
      true,
    );
    const p = state.model.params;
    expect(preview.damping).toBeCloseTo((1 - (p.triggerDamping * state.resilience) / 100) * 0.7);

    const { events } = play(state, [ADVANCE_ELECTION, { kind: 'endRound' }]);
    const fired = events.find(
      (e): e is Extract<GameEvent, { type: 'triggerFired' }> => e.type === 'triggerFired',
    );
    expect(fired?.multiplier).toBe(preview.multiplier);
    expect(fired?.damping).toBe(preview.damping);
    expect(fired?.intensity).toBe(preview.intensity);
    const changes = events.filter(
      (e): e is Extract<GameEvent, { type: 'factorChanged' }> =>
        e.type === 'factorChanged' && e.cause.kind === 'trigger' && e.cause.id === 'election',
    );
    // factorChanged reports the actual change (new − old value), equal up to rounding.
    expect(changes.map((c) => c.factor)).toEqual(preview.effects.map((e) => e.factor));
    changes.forEach((c, i) => {
      expect(c.delta).toBeCloseTo(preview.effects[i]?.delta ?? NaN, 9);
    });
    expect(preview.effects.every((e) => e.delta > 0)).toBe(true);
  });

  it('is null when the trigger cannot be brought forward', () => {
    expect(triggerPreview(game(1), 'no_such_trigger')).toBeNull();
    expect(triggerPreview(play(game(1), [ADVANCE_ELECTION]).state, 'election')).toBeNull();
  });
});
