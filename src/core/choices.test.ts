import { describe, expect, it } from 'vitest';
import type { ModelParams } from '../content/schema.ts';
import { targeting } from './escalation.ts';
import { compileScenario, indexOf } from './model.ts';
import { score } from './scoring.ts';
import { newGame } from './state.ts';
import { step } from './step.ts';
import { SCENARIO, content, finish, play } from './test/helpers.ts';
import type { Action, GameState } from './types.ts';

/** A fixture game with some model parameters changed. */
function gameWith(params: Partial<ModelParams>, seed = 1): GameState {
  const model = compileScenario(content, SCENARIO);
  return newGame({ ...model, params: { ...model.params, ...params } }, { seed });
}

describe('choices that matter (the model issue #15)', () => {
  it('carries unspent capacity into the next round, up to capacityCarry, and says so', () => {
    const state = gameWith({ capacityCarry: 1 });
    const base = state.capacity.nhri ?? 0;
    const { state: next, events } = play(state, [{ kind: 'endRound' }]);
    expect(next.capacity.nhri).toBe(base + 1);
    const started = events.find((e) => e.type === 'roundStarted');
    expect(started?.type === 'roundStarted' && started.carried.nhri).toBe(1);
    // Spent capacity is not carried.
    const spent = play(state, [
      { kind: 'takeMeasure', role: 'nhri', measure: 'nhri_monitoring' },
      { kind: 'endRound' },
    ]).state;
    expect(spent.capacity.nhri).toBe(base);
  });

  it('lowers a risk factor in proportion to its level, and raises resilience by the room left', () => {
    const state = gameWith({});
    const index = indexOf(state.model);
    const at = (factor: string, level: number, delta: number) =>
      targeting({ ...state, factors: { ...state.factors, [factor]: level } }, index, factor, delta);
    expect(at('hate_speech', 80, -5)).toBeGreaterThan(at('hate_speech', 20, -5));
    expect(at('institutions', 20, 5)).toBeGreaterThan(at('institutions', 80, 5));
    // A rising risk is taken whole: targeting only tempers what players do.
    expect(at('hate_speech', 20, 5)).toBe(1);
  });

  it('weighs the main factors in the risk index and knows which measures aim at them', () => {
    const model = compileScenario(content, SCENARIO);
    const index = indexOf(model);
    const weight = (id: string) => model.factors.find((f) => f.id === id)?.weight ?? 0;
    const plain = content.factors.find((f) => f.id === 'hate_speech')?.weight ?? 0;
    expect(weight('hate_speech')).toBe(plain * model.params.mainWeight);
    expect(index.aimed.has('media_workshops')).toBe(true); // lowers hate speech
    expect(index.aimed.has('technical_assistance')).toBe(false);
  });

  it('answers a sign only once it was seen, and makes the answering measure informed', () => {
    const outcomes = new Set<boolean>();
    let checked = 0;
    for (let seed = 1; seed <= 80 && (checked < 6 || outcomes.size < 2); seed++) {
      // Play until a sign has occurred that media workshops answer.
      let state = gameWith({}, seed);
      while (!state.finished && !state.signs.some((s) => s.id === 'inflammatory_rhetoric')) {
        state = step(state, { kind: 'endRound' }).state;
      }
      const sign = state.signs.find((s) => s.id === 'inflammatory_rhetoric');
      if (!sign || state.finished) continue;
      const take: Action = {
        kind: 'takeMeasure',
        role: 'civil_society',
        measure: 'media_workshops',
      };
      const { state: after, events } = play(state, [take]);
      const seen = sign.detectedRound !== null && sign.detectedRound < state.round;
      const answered = events.some((e) => e.type === 'signResponded' && e.uid === sign.uid);
      expect(answered).toBe(seen);
      expect(after.measures.at(-1)?.informed).toBe(seen);
      outcomes.add(seen);
      checked++;
    }
    // Both cases came up: a sign answered once seen, and one taken before anyone saw it.
    expect([...outcomes].sort()).toEqual([false, true]);
  });

  it('draws a severity per seed within its spread, the same for the same seed', () => {
    const spread = content.model.severitySpread;
    const severities = new Set<number>();
    for (let seed = 1; seed <= 30; seed++) {
      const s = gameWith({}, seed).severity;
      expect(s).toBeGreaterThanOrEqual(1 - spread);
      expect(s).toBeLessThanOrEqual(1 + spread);
      expect(gameWith({}, seed).severity).toBe(s);
      severities.add(s);
    }
    expect(severities.size).toBeGreaterThan(20);
  });

  it('scores a measure once, however often it is taken again', () => {
    const state = gameWith({ capacityCarry: 0 });
    // Urgent appeals last one round, so they can be taken again every round.
    const take: Action = { kind: 'takeMeasure', role: 'un_system', measure: 'urgent_appeal' };
    const once = finish(play(state, [take]).state);
    let again = play(state, [take]).state;
    while (!again.finished) {
      const next = step(again, take);
      again = step(next.state, { kind: 'endRound' }).state;
    }
    expect(again.measures.filter((m) => m.id === 'urgent_appeal').length).toBeGreaterThan(1);
    const points = (s: GameState) =>
      score(s)
        .items.filter((i) => i.source.kind === 'measure' && i.source.measure === 'urgent_appeal')
        .reduce((t, i) => t + i.points, 0);
    expect(points(again)).toBe(points(once));
  });
});
