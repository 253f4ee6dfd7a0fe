import type { Effect, Measure } from '../content/schema.ts';
import { atStage, targeting, threatImpact } from './escalation.ts';
import { consentMultiplier, hasTaken, planBlocker, roleBlocker } from './measures.ts';
import { type MeasurePlan, type ModelIndex, indexOf } from './model.ts';
import type { Rng } from './rng.ts';
import { statusCodes } from './statuses.ts';
import { roleActions } from './step.ts';
import type { Action, GameState, RoleId } from './types.ts';

/** Names of the built-in policies of the balancing CLI. */
export const POLICY_NAMES = [
  'none',
  'early',
  'late',
  'random',
  'greedy',
  'randomFull',
  'offTopic',
  'signs',
] as const;
/** A policy name. */
export type PolicyName = (typeof POLICY_NAMES)[number];

/** A simulated player: the next action for a role (`endTurn` when it is done this round). */
export interface Policy {
  readonly name: PolicyName;
  next(state: GameState, role: RoleId, rng: Rng): Action;
}

/** How much one effect lowers the threat now, as aimed; early warning valued apart. */
function effectValue(state: GameState, index: ModelIndex, e: Effect): number {
  const aimed = e.delta * targeting(state, index, e.factor, e.delta);
  if (index.kind.get(e.factor) === 'capacity') return aimed * 0.02;
  return -threatImpact(state, index, e.factor, aimed);
}

function sum(state: GameState, index: ModelIndex, effects: readonly Effect[]): number {
  let total = 0;
  for (const e of effects) total += effectValue(state, index, e);
  return total;
}

function scale(state: GameState, measure: Measure): number {
  const depends =
    measure.dependsOn && !measure.dependsOn.anyOf.some((id) => hasTaken(state, id))
      ? measure.dependsOn.without
      : 1;
  return atStage(measure.curve, state.stage) * consentMultiplier(state, measure) * depends;
}

/** True when a seen sign, unanswered or answered this round, lists the measure as a responder. */
function answersVisibleSign(state: GameState, index: ModelIndex, measure: Measure): boolean {
  const answers = index.answers.get(measure.id);
  for (const sign of state.signs) {
    if (
      (sign.response === null || sign.response.round === state.round) &&
      sign.detectedRound !== null &&
      sign.detectedRound < state.round &&
      answers?.has(sign.id) === true
    ) {
      return true;
    }
  }
  return false;
}

/** Effect in the very next resolution (0 for a delayed measure): what `greedy` maximises. */
export function immediateEffect(state: GameState, index: ModelIndex, measure: Measure): number {
  if (measure.delay > 0) return 0;
  return (
    (sum(state, index, measure.onset) + sum(state, index, measure.effects)) * scale(state, measure)
  );
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
    (sum(state, index, measure.onset) + sum(state, index, measure.effects) * rounds) *
    scale(state, measure);
  // Answer visible, unanswered warning signs (¶5: early warning, early action).
  if (answersVisibleSign(state, index, measure)) benefit = benefit * (1 + p.informedBoost) + 1;
  return benefit / measure.cost;
}

function best(
  state: GameState,
  role: RoleId,
  value: (state: GameState, index: ModelIndex, measure: Measure) => number,
): Action {
  const index = indexOf(state.model);
  if (roleBlocker(state, role) !== null) return endTurn(index, role);
  const capacity = state.capacity[role] ?? 0;
  let choice: MeasurePlan | undefined;
  let top = 0;
  const codes = statusCodes(index.statuses, state);
  for (const plan of index.menu.get(role)?.plans ?? []) {
    const measure = plan.measure;
    if (planBlocker(codes, role, plan, capacity) !== null) continue;
    const v = value(state, index, measure);
    if (v > top) {
      top = v;
      choice = plan;
    }
  }
  return choice ? choice.take : endTurn(index, role);
}

/** A uniformly random measure the role can take among those `keep` accepts, else end the turn. */
function randomTake(
  state: GameState,
  role: RoleId,
  rng: Rng,
  keep: (index: ModelIndex, measure: Measure) => boolean,
): Action {
  const index = indexOf(state.model);
  if (roleBlocker(state, role) !== null) return endTurn(index, role);
  const capacity = state.capacity[role] ?? 0;
  // Most calls end a turn once capacity is spent: no need to walk the menu then.
  const menu = index.menu.get(role);
  if (!menu || capacity < menu.cheapest) return endTurn(index, role);
  const candidates = scratch;
  const codes = statusCodes(index.statuses, state);
  let count = 0;
  for (const plan of menu.plans) {
    const measure = plan.measure;
    // Cheapest test first: most of the menu is unaffordable once capacity is spent.
    if (measure.cost > capacity) continue;
    if (planBlocker(codes, role, plan, capacity) === null && keep(index, measure)) {
      candidates[count++] = plan;
    }
  }
  const pick = count === 0 ? undefined : candidates[rng.int(0, count - 1)];
  return pick ? pick.take : endTurn(index, role);
}

// Scratch: the candidates of `randomTake` (only the first `count` entries of a call are read).
const scratch: MeasurePlan[] = [];

/** The role's `endTurn` action (one shared, read-only object per role of the model). */
function endTurn(index: ModelIndex, role: RoleId): Action {
  return index.endTurn.get(role) ?? { kind: 'endTurn', role };
}

const anyMeasure = () => true;
const offTopic = (index: ModelIndex, measure: Measure) => !index.aimed.has(measure.id);

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
  randomFull: {
    name: 'randomFull',
    next: (state, role, rng) => randomTake(state, role, rng, anyMeasure),
  },
  offTopic: {
    name: 'offTopic',
    next: (state, role, rng) => randomTake(state, role, rng, offTopic),
  },
  signs: {
    name: 'signs',
    next: (state, role) =>
      best(state, role, (s, index, measure) =>
        answersVisibleSign(s, index, measure)
          ? 1 + Math.max(0, lastingBenefit(s, index, measure))
          : 0,
      ),
  },
};
