import { describe, expect, it } from 'vitest';
import { measureBlocker } from './measures.ts';
import { compileScenario, indexOf } from './model.ts';
import { POLICIES, POLICY_NAMES, type PolicyName } from './policies.ts';
import { type Rng, openRng, seedRng } from './rng.ts';
import { playGame, policySeed } from './simulate.ts';
import { newDraft } from './state.ts';
import { applyLegal, legalActions, step } from './step.ts';
import { SCENARIO, content, game } from './test/helpers.ts';
import type { Draft } from './types.ts';

/** playGame's loop, one action per call of `next()`. */
function* moves(draft: Draft, policy: PolicyName, rng: Rng): Generator<undefined, void> {
  while (!draft.finished) {
    for (const role of draft.roles) {
      for (let i = 0; i < 16; i++) {
        const action = POLICIES[policy].next(draft, role, rng);
        applyLegal(draft, action, null);
        yield;
        if (action.kind === 'endTurn') break;
      }
    }
    applyLegal(draft, { kind: 'endRound' }, null);
    yield;
  }
}

describe('status mirror', () => {
  it('is not changed by a step on a copy of the state it mirrors', () => {
    const taken = legalActions(game(1)).find(
      (a) =>
        a.kind === 'takeMeasure' && indexOf(game(1).model).measure.get(a.measure)?.withdrawable,
    );
    if (taken?.kind !== 'takeMeasure') throw new Error('no withdrawable measure');
    const state = step(game(1), taken).state;
    const measure = indexOf(state.model).measure.get(taken.measure);
    if (!measure) throw new Error('unknown measure');
    expect(measureBlocker(state, taken.role, measure, 100)).toBe('alreadyTaken');
    const withdrawn = step(state, { ...taken, kind: 'withdrawMeasure' });
    expect(withdrawn.events.map((e) => e.type)).toContain('measureWithdrawn');
    expect(measureBlocker(state, taken.role, measure, 100)).toBe('alreadyTaken');
    expect(measureBlocker(withdrawn.state, taken.role, measure, 100)).toBe(null);
    expect(measureBlocker(state, taken.role, measure, 100)).toBe('alreadyTaken');
  });

  it('follows whichever game is read: games played in place, one action each in turn, end as when played alone', () => {
    const model = compileScenario(content, SCENARIO);
    for (const policy of POLICY_NAMES.filter((name) => name !== 'none')) {
      const seeds = Array.from({ length: 12 }, (_, k) => k + 1);
      const drafts = seeds.map((seed) => newDraft(model, { seed }));
      const runs = drafts.map((draft, k) =>
        moves(draft, policy, openRng(seedRng(policySeed(seeds[k] ?? 0)))),
      );
      let running = runs.length;
      while (running > 0) {
        running = 0;
        for (const run of runs) if (!run.next().done) running++;
      }
      drafts.forEach((draft, k) => {
        expect(JSON.stringify(draft)).toBe(JSON.stringify(playGame(model, seeds[k] ?? 0, policy)));
      });
    }
  });
});
