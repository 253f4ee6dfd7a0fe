import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resilienceIndex, riskIndex, stageOf } from './escalation.ts';
import { takeBlocker, withdrawBlocker } from './measures.ts';
import { indexOf } from './model.ts';
import { SCORE_DIMENSIONS, score } from './scoring.ts';
import { legalActions, step } from './step.ts';
import { game } from './test/helpers.ts';
import type { GameState } from './types.ts';

function checkInvariants(state: GameState): void {
  const index = indexOf(state.model);
  for (const [id, value] of Object.entries(state.factors)) {
    expect(value, id).toBeGreaterThanOrEqual(0);
    expect(value, id).toBeLessThanOrEqual(100);
  }
  expect(riskIndex(index, state.factors)).toBeCloseTo(state.risk, 9);
  expect(resilienceIndex(index, state.factors)).toBeCloseTo(state.resilience, 9);
  expect(state.stage).toBe(stageOf(state.model, state.threat));
  expect(state.peakStage).toBeGreaterThanOrEqual(state.stage);
  for (const h of state.history) {
    expect(h.stage).toBe(stageOf(state.model, h.threat));
    expect(state.peakStage).toBeGreaterThanOrEqual(h.stage);
  }
  expect(state.history).toHaveLength(Math.min(state.round, state.model.rounds + 1));
  expect(state.round).toBeLessThanOrEqual(state.model.rounds + 1);
  expect(state.finished).toBe(state.round > state.model.rounds);
  for (const role of state.roles) {
    const capacity = state.capacity[role];
    if (state.finished) continue;
    expect(capacity).toBeGreaterThanOrEqual(0);
    const bonus = index.capacityMeasures
      .flatMap((m) => m.capacity)
      .filter((c) => c.role === role)
      .reduce((t, c) => t + c.amount, 0);
    const carry = state.model.params.capacityCarry;
    expect(capacity).toBeLessThanOrEqual((index.roleCapacity.get(role) ?? 0) + bonus + carry);
  }
  // One live instance per measure, and the status map agrees with the instances.
  for (const m of state.model.measures) {
    const live = state.measures.filter(
      (x) => x.id === m.id && (x.status === 'pending' || x.status === 'active'),
    );
    expect(live.length).toBeLessThanOrEqual(1);
    const status = state.measureStatus[m.id];
    if (live[0]) expect(status).toBe(live[0].status);
    else if (status !== undefined) expect(status).toBe('ended');
  }
  for (const s of state.signs) {
    if (s.confidence !== null) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    if (s.response) expect(s.response.delay).toBeGreaterThanOrEqual(0);
  }
  // legalActions lists exactly the measures the blockers allow.
  const legal = legalActions(state);
  for (const role of state.roles) {
    for (const m of index.byRole.get(role) ?? []) {
      const take = legal.some((a) => a.kind === 'takeMeasure' && a.measure === m.id);
      expect(take, m.id).toBe(takeBlocker(state, index, role, m.id) === null);
      const withdraw = legal.some((a) => a.kind === 'withdrawMeasure' && a.measure === m.id);
      expect(withdraw, m.id).toBe(withdrawBlocker(state, index, role, m.id) === null);
    }
  }
  const result = score(state);
  expect(result.total).toBeGreaterThanOrEqual(0);
  expect(result.total).toBeLessThanOrEqual(result.max);
  for (const d of SCORE_DIMENSIONS) {
    expect(result[d]).toBeGreaterThanOrEqual(0);
    expect(result[d]).toBeLessThanOrEqual(result.maxima[d]);
    const sum = result.items.filter((i) => i.dimension === d).reduce((t, i) => t + i.points, 0);
    expect(sum).toBe(result[d]);
  }
  expect(result.total).toBe(SCORE_DIMENSIONS.reduce((t, d) => t + result[d], 0));
}

describe('random legal action sequences (property)', () => {
  it('never throw, keep every value in bounds and keep stage and state consistent', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 250 }),
        (seed, choices) => {
          let state = game(seed);
          for (const choice of choices) {
            const actions = legalActions(state);
            const action = actions[choice % Math.max(1, actions.length)];
            if (!action) break;
            const result = step(state, action);
            expect(result.events.some((e) => e.type === 'actionRejected')).toBe(false);
            state = result.state;
          }
          checkInvariants(state);
          const roundTrip = JSON.parse(JSON.stringify(state)) as GameState;
          expect(roundTrip).toEqual(state);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reach a consistent end whatever the choices', () => {
    fc.assert(
      fc.property(fc.integer(), fc.infiniteStream(fc.nat()), (seed, stream) => {
        let state = game(seed);
        const choices = stream[Symbol.iterator]();
        for (let i = 0; i < 2000 && !state.finished; i++) {
          const actions = legalActions(state);
          const next = choices.next();
          const pick = next.done ? 0 : next.value;
          const action = actions[pick % actions.length];
          if (!action) break;
          state = step(state, action).state;
          if (i % 25 === 0) checkInvariants(state);
        }
        checkInvariants(state);
      }),
      { numRuns: 40 },
    );
  });
});
