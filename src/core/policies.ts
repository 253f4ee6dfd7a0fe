import { atStage } from './escalation.ts';
import type { Measure } from '../content/schema.ts';
import { consentMultiplier, hasTaken, takeBlocker } from './measures.ts';
import { type ModelIndex, indexOf } from './model.ts';
import type { Rng } from './rng.ts';
import { roleActions } from './step.ts';
import type { Effect } from '../content/schema.ts';
import type { Action, GameState, RoleId } from './types.ts';

/** Names of the built-in policies of the balancing CLI. */
export const POLICY_NAMES = ['none', 'early', 'late', 'random', 'greedy'] as const;
/** A policy name. */
export type PolicyName = (typeof POLICY_NAMES)[number];

/** A simulated player: the next action for a role (`endTurn` when it is done this round). */
export interface Policy {
  readonly name: PolicyName;
  next(state: GameState, role: RoleId, rng: Rng): Action;
}

function effectValue(index: ModelIndex, e: Effect): number {
  const kind = index.kind.get(e.factor);
  const weight = index.weight.get(e.factor) ?? 1;
  if (kind === 'risk') return (-e.delta * weight) / index.riskWeight;
  if (kind === 'resilience') return (0.5 * e.delta * weight) / index.resilienceWeight;
  return e.delta * 0.004;
}

function sum(index: ModelIndex, effects: readonly Effect[]): number {
  let total = 0;
  for (const e of effects) total += effectValue(index, e);
  return total;
}

function scale(state: GameState, measure: Measure): number {
  const depends =
    measure.dependsOn && !measure.dependsOn.anyOf.some((id) => hasTaken(state, id))
      ? measure.dependsOn.without
      : 1;
  return atStage(measure.curve, state.stage) * consentMultiplier(state, measure) * depends;
}

/** Effect in the very next resolution (0 for a delayed measure): what `greedy` maximises. */
export function immediateEffect(state: GameState, index: ModelIndex, measure: Measure): number {
  if (measure.delay > 0) return 0;
  return (sum(index, measure.onset) + sum(index, measure.effects)) * scale(state, measure);
}

/** Expected effect over the rest of the game per capacity point: what `early` maximises. */
export function lastingBenefit(state: GameState, index: ModelIndex, measure: Measure): number {
  const p = state.model.params;
  const cooperation = state.factors[p.cooperationFactor] ?? 0;
  if (measure.consent === 'pressure' && cooperation < p.backfireBelow + 5) return 0;
  const remaining = state.model.rounds - state.round + 1 - measure.delay;
  if (remaining <= 0) return 0;
  const rounds = measure.duration === 0 ? remaining : Math.min(measure.duration, remaining);
  let benefit =
    (sum(index, measure.onset) + sum(index, measure.effects) * rounds) * scale(state, measure);
  // Answer visible, unanswered warning signs (¶5: early warning, early action).
  for (const sign of state.signs) {
    if (
      sign.detectedRound !== null &&
      sign.response === null &&
      index.responders.get(sign.id)?.has(measure.id)
    ) {
      benefit += 0.5;
    }
  }
  return benefit / measure.cost;
}

function best(
  state: GameState,
  role: RoleId,
  value: (state: GameState, index: ModelIndex, measure: Measure) => number,
): Action {
  const index = indexOf(state.model);
  let choice: Measure | undefined;
  let top = 0;
  for (const measure of index.byRole.get(role) ?? []) {
    if (takeBlocker(state, index, role, measure.id) !== null) continue;
    const v = value(state, index, measure);
    if (v > top) {
      top = v;
      choice = measure;
    }
  }
  return choice ? { kind: 'takeMeasure', role, measure: choice.id } : { kind: 'endTurn', role };
}

/** The built-in policies. */
export const POLICIES: Readonly<Record<PolicyName, Policy>> = {
  none: { name: 'none', next: (_state, role) => ({ kind: 'endTurn', role }) },
  early: { name: 'early', next: (state, role) => best(state, role, lastingBenefit) },
  late: {
    name: 'late',
    next: (state, role) =>
      state.stage >= 4 ? best(state, role, lastingBenefit) : { kind: 'endTurn', role },
  },
  greedy: { name: 'greedy', next: (state, role) => best(state, role, immediateEffect) },
  random: {
    name: 'random',
    next: (state, role, rng) => {
      const actions = roleActions(state, role);
      return actions[rng.int(0, actions.length - 1)] ?? { kind: 'endTurn', role };
    },
  },
};
