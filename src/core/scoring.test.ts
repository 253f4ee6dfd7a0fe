import { describe, expect, it } from 'vitest';
import { indexOf } from './model.ts';
import { POLICY_NAMES } from './policies.ts';
import { score } from './scoring.ts';
import { simulate } from './simulate.ts';
import { SCENARIO, advanceTo, content, finish, game, play } from './test/helpers.ts';
import type { Action, GameState } from './types.ts';

const plan: Action = { kind: 'takeMeasure', role: 'government', measure: 'national_action_plan' };

function measurePoints(state: GameState, measure: string): number {
  return score(state)
    .items.filter((i) => i.source.kind === 'measure' && i.source.measure === measure)
    .reduce((t, i) => t + i.points, 0);
}

describe('scoring on earliness', () => {
  it('scores the same measure more early action in round 2 than in round 8', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const early = finish(play(advanceTo(game(seed), 2), [plan]).state);
      const late = finish(play(advanceTo(game(seed), 8), [plan]).state);
      expect(measurePoints(early, 'national_action_plan')).toBeGreaterThan(
        measurePoints(late, 'national_action_plan'),
      );
    }
  });

  it('scores a prompter response to a visible warning sign higher', () => {
    let compared = 0;
    for (let seed = 1; seed <= 60 && compared < 3; seed++) {
      const quiet = finish(game(seed));
      const index = indexOf(quiet.model);
      const sign = quiet.signs.find(
        (s) => s.detectedRound !== null && s.detectedRound + 4 <= quiet.model.rounds,
      );
      if (sign?.detectedRound == null) continue;
      const responder = quiet.model.measures.find(
        (m) => index.responders.get(sign.id)?.has(m.id) === true && m.cost <= 2,
      );
      if (!responder) continue;
      const respond: Action = { kind: 'takeMeasure', role: responder.role, measure: responder.id };
      const visibleFrom = sign.detectedRound + 1;
      const prompt = finish(play(advanceTo(game(seed), visibleFrom), [respond]).state);
      const slow = finish(play(advanceTo(game(seed), visibleFrom + 3), [respond]).state);
      const points = (state: GameState) =>
        score(state)
          .items.filter(
            (i) =>
              i.source.kind === 'signResponse' &&
              i.source.sign === sign.id &&
              i.source.occurredRound === sign.round,
          )
          .reduce((t, i) => t + i.points, 0);
      expect(points(prompt)).toBeGreaterThan(points(slow));
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('traces every point to an action or an outcome', () => {
    const state = finish(
      play(game(3), [
        plan,
        { kind: 'takeMeasure', role: 'civil_society', measure: 'inform_cso_cerd' },
        { kind: 'takeMeasure', role: 'un_system', measure: 'cerd_urgent_action' },
        { kind: 'takeMeasure', role: 'partners', measure: 'technical_assistance' },
      ]).state,
    );
    const result = score(state);
    const kinds = new Set(result.items.map((i) => i.source.kind));
    for (const kind of ['measure', 'inclusion', 'teamwork', 'synergy', 'peakStage', 'finalStage']) {
      expect(kinds).toContain(kind);
    }
    const uids = new Set(state.measures.map((m) => m.uid));
    for (const item of result.items) {
      if ('uid' in item.source && item.source.kind !== 'signResponse') {
        expect(uids).toContain(item.source.uid);
      }
    }
  });

  it('does not score withdrawn measures', () => {
    const state = play(game(1), [
      plan,
      { kind: 'withdrawMeasure', role: 'government', measure: 'national_action_plan' },
    ]).state;
    expect(measurePoints(state, 'national_action_plan')).toBe(0);
  });
});

describe('policies on the fixture scenario (balance shape)', () => {
  const seeds = 300;
  const results = Object.fromEntries(
    POLICY_NAMES.map((p) => [p, simulate(content, SCENARIO, p, seeds)]),
  );

  it('reports the CLI summary shape', () => {
    const none = results.none;
    expect(none).toMatchObject({ scenario: SCENARIO, policy: 'none', seeds });
    const histogram = Object.values(none?.peakStageHistogram ?? {}).reduce((t, n) => t + n, 0);
    expect(histogram).toBe(seeds);
    expect(Object.keys(none?.meanScore ?? {}).sort()).toEqual([
      'cooperation',
      'earlyAction',
      'inclusion',
      'outcome',
      'total',
    ]);
  });

  it('roughly shows the DESIGN.md targets', () => {
    expect(results.none?.atrocityRate).toBeGreaterThanOrEqual(0.8);
    expect(results.early?.avertedRate).toBeGreaterThanOrEqual(0.85);
    expect(results.late?.avertedRate).toBeLessThanOrEqual(0.35);
    expect(results.early?.meanScore.total ?? 0).toBeGreaterThanOrEqual(
      2 * (results.late?.meanScore.total ?? 0),
    );
  });

  it('is deterministic for the same seeds', () => {
    expect(simulate(content, SCENARIO, 'random', 50, 7)).toEqual(
      simulate(content, SCENARIO, 'random', 50, 7),
    );
  });
});
