import type { Factor } from '../content/schema.ts';
import { type Aim, BY_LEVEL, WHOLE, aimOf } from './levels.ts';
import type { ModelIndex } from './model.ts';
import type { Cause, Draft, GameEvent, GameState, ScenarioModel, Stage } from './types.ts';

/** The entry of a per-stage tuple (curves, earliness, outcome points) for a stage. */
export function atStage(values: readonly number[], stage: Stage): number {
  return values[stage - 1] ?? 0;
}

/** Clamp a factor value to its 0–100 scale. */
export function clamp(value: number, min = 0, max = 100): number {
  return value < min ? min : value > max ? max : value;
}

function weightedSum(
  defs: readonly Factor[],
  slots: readonly number[],
  levels: Float64Array,
): number {
  let total = 0;
  for (let k = 0; k < defs.length; k++) {
    total += (defs[k]?.weight ?? 0) * (levels[slots[k] ?? 0] ?? 0);
  }
  return total;
}

/** The levels of a factor table (a fresh array: for callers outside the round loop). */
function levelsOf(index: ModelIndex, factors: Readonly<Record<string, number>>): Float64Array {
  const levels = new Float64Array(index.slot.size);
  for (const [id, slot] of index.slot) levels[slot] = factors[id] ?? 0;
  return levels;
}

/** Weighted mean of the risk factors (0–100): the wood. */
export function riskIndex(index: ModelIndex, factors: Readonly<Record<string, number>>): number {
  return weightedSum(index.risk, index.riskSlots, levelsOf(index, factors)) / index.riskWeight;
}

/** Weighted mean of the resilience factors (0–100): the mitigating factors. */
export function resilienceIndex(
  index: ModelIndex,
  factors: Readonly<Record<string, number>>,
): number {
  const levels = levelsOf(index, factors);
  return weightedSum(index.resilience, index.resilienceSlots, levels) / index.resilienceWeight;
}

/** Threat: risk damped by resilience. Stages are read from it. */
export function threatOf(model: ScenarioModel, risk: number, resilience: number): number {
  return risk * (1 - model.params.resilienceDamping * (resilience / 100));
}

/** Stage 1–5 from the threat index and the model's thresholds (reversible). */
export function stageOf(model: ScenarioModel, threat: number): Stage {
  const t = model.params.stageThresholds;
  if (threat >= t[3]) return 5;
  if (threat >= t[2]) return 4;
  if (threat >= t[1]) return 3;
  if (threat >= t[0]) return 2;
  return 1;
}

/** Recompute risk, resilience, threat, stage and peak stage from the factor levels. */
export function refreshIndices(draft: Draft, index: ModelIndex, levels: Float64Array): void {
  draft.risk = weightedSum(index.risk, index.riskSlots, levels) / index.riskWeight;
  draft.resilience =
    weightedSum(index.resilience, index.resilienceSlots, levels) / index.resilienceWeight;
  draft.threat = threatOf(draft.model, draft.risk, draft.resilience);
  draft.stage = stageOf(draft.model, draft.threat);
  if (draft.stage > draft.peakStage) draft.peakStage = draft.stage;
}

/** Change the factor in `slot` (clamped) and explain it. Returns the actual change. */
export function applyDelta(
  draft: Draft,
  levels: Float64Array,
  slot: number,
  delta: number,
  events: GameEvent[] | null,
  cause: Cause,
): number {
  const before = levels[slot] ?? 0;
  return moveFactor(draft, levels, slot, before, clamp(before + delta), events, cause);
}

/**
 * `applyDelta` of a measure's change `delta × scale`, aimed by `targeting` (`aim` is the change's,
 * worked out once per model), reading the factor once.
 */
export function applyAimed(
  draft: Draft,
  levels: Float64Array,
  aim: Aim,
  slot: number,
  delta: number,
  scale: number,
  events: GameEvent[] | null,
  cause: Cause,
): void {
  const before = levels[slot] ?? 0;
  const aimed = delta * scale * aimAt(draft.model.params, aim, before);
  moveFactor(draft, levels, slot, before, clamp(before + aimed), events, cause);
}

function moveFactor(
  draft: Draft,
  levels: Float64Array,
  slot: number,
  before: number,
  after: number,
  events: GameEvent[] | null,
  cause: Cause,
): number {
  if (after === before) return 0;
  levels[slot] = after;
  if (events) {
    const factor = draft.model.factors[slot]?.id ?? '';
    events.push({ type: 'factorChanged', factor, delta: after - before, value: after, cause });
  }
  return after - before;
}

/**
 * How much a change of one factor moves the threat now (its marginal impact): a risk factor by its
 * weight, damped by resilience; a resilience factor by its weight against the current risk.
 * Early-warning capacity does not enter the threat.
 */
export function threatImpact(
  state: GameState,
  index: ModelIndex,
  factor: string,
  delta: number,
): number {
  const kind = index.kind.get(factor);
  const weight = index.weight.get(factor) ?? 0;
  const damping = state.model.params.resilienceDamping;
  if (kind === 'risk') {
    return ((delta * weight) / index.riskWeight) * (1 - (damping * state.resilience) / 100);
  }
  if (kind === 'resilience') {
    return (-((delta * weight) / index.resilienceWeight) * damping * state.risk) / 100;
  }
  return 0;
}

/**
 * How much of a measure's intended change a factor takes, given where it stands (¶5, ¶12):
 * lowering a risk works in proportion to its level (a hate-speech law does little where hate
 * speech is low); raising resilience works in proportion to the room left to grow. Early-warning
 * capacity and other changes are taken whole.
 */
export function targeting(
  state: GameState,
  index: ModelIndex,
  factor: string,
  delta: number,
): number {
  const aim = aimOf(index.kind.get(factor), delta);
  return aimAt(state.model.params, aim, state.factors[factor] ?? 0);
}

/** `targeting` of a change aimed as `aim` (see `aimOf`) at a factor standing at `level`. */
function aimAt(p: ScenarioModel['params'], aim: Aim, level: number): number {
  if (aim === WHOLE) return 1;
  const room = aim === BY_LEVEL ? level : 100 - level;
  return clamp(room / p.targetLevel, p.targetMin, p.targetMax);
}

/**
 * How clearly players see warning signs (0–1): early-warning capacity (NHRI monitoring ¶19,
 * risk assessments ¶42, special procedures ¶20–21) raises it; restricted civic space blurs it (¶35).
 */
export function visibilityOf(
  model: ScenarioModel,
  index: ModelIndex,
  factors: Readonly<Record<string, number>>,
): number {
  return visibilityAt(model, index, levelsOf(index, factors));
}

/** `visibilityOf` from the factor levels. */
export function visibilityAt(
  model: ScenarioModel,
  index: ModelIndex,
  levels: Float64Array,
): number {
  const p = model.params;
  let v = p.visibilityBase;
  const defs = index.capacity;
  for (let k = 0; k < defs.length; k++) {
    v += (defs[k]?.visibility ?? 0) * ((levels[index.capacitySlots[k] ?? 0] ?? 0) / 100);
  }
  v -= p.visibilityBlur * ((levels[index.civicSpaceSlot] ?? 0) / 100);
  return clamp(v, p.visibilityMin, 1);
}

/** Stand-in cause where no events are recorded (a cause is only read into an event). */
export const UNTOLD: Cause = { kind: 'drift' };

const DRIFT: Cause = { kind: 'drift' };
const EROSION: Cause = { kind: 'erosion' };
const DECAY: Cause = { kind: 'decay' };

/**
 * Slow movement of every factor: risk drifts up faster as threat grows (momentum) and slower with
 * resilience; resilience erodes under threat. `noise` holds one uniform draw per factor.
 */
export function drift(
  draft: Draft,
  index: ModelIndex,
  levels: Float64Array,
  noise: ArrayLike<number>,
  events: GameEvent[] | null,
): void {
  const p = draft.model.params;
  const momentum = (1 + (p.momentum * draft.threat) / 100) * draft.severity;
  const damping = 1 - (p.driftDamping * draft.resilience) / 100;
  const bases = index.driftBase;
  const factors = draft.model.factors;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i];
    if (!f) continue;
    const base = bases[i] ?? 0;
    const variation = ((noise[i] ?? 0.5) * 2 - 1) * p.noise;
    if (f.kind === 'risk') {
      applyDelta(draft, levels, i, base * momentum * damping + variation, events, DRIFT);
    } else if (f.kind === 'resilience') {
      const erosion = (-p.erosion * draft.threat) / 100;
      applyDelta(draft, levels, i, base + variation / 2, events, DRIFT);
      applyDelta(draft, levels, i, erosion, events, EROSION);
    } else if (base !== 0) {
      applyDelta(draft, levels, i, base, events, base < 0 ? DECAY : DRIFT);
    }
  }
}
