/**
 * Factor levels by slot (the order of `model.factors`) for the round loop: a round's resolution
 * loads `state.factors` into a numeric array once, works on slots, and writes the levels back,
 * instead of looking factors up by id at every change.
 */
import type { Factor } from '../content/schema.ts';
import type { ScenarioModel } from './types.ts';

/**
 * How a measure's change to a factor is aimed (see `targeting` in escalation.ts): taken whole, in
 * proportion to the factor's level (lowering a risk), or to the room left (raising resilience).
 */
export type Aim = typeof WHOLE | typeof BY_LEVEL | typeof BY_ROOM;
/** A change taken whole. */
export const WHOLE = 0;
/** A change in proportion to the factor's level. */
export const BY_LEVEL = 1;
/** A change in proportion to the room left to grow. */
export const BY_ROOM = 2;

/** How a change of `delta` to a factor of this kind is aimed. */
export function aimOf(kind: Factor['kind'] | undefined, delta: number): Aim {
  if (kind === 'risk' && delta < 0) return BY_LEVEL;
  if (kind === 'resilience' && delta > 0) return BY_ROOM;
  return WHOLE;
}

/** A change to the factor in `slot` (an `Effect` with its factor looked up). */
export interface SlotEffect {
  readonly slot: number;
  readonly delta: number;
}

/** The slot of each factor id of a model. */
export type FactorSlots = ReadonlyMap<string, number>;

/** The slot of each factor of the model, by id. */
export function factorSlots(model: ScenarioModel): FactorSlots {
  return new Map(model.factors.map((f, k) => [f.id, k]));
}

/** The slot of a factor id; content validation guarantees it exists, so a miss is a bug. */
export function slotOf(slots: FactorSlots, id: string): number {
  const slot = slots.get(id);
  if (slot === undefined) throw new Error(`Unknown factor "${id}"`);
  return slot;
}

/** Effects with their factors looked up. */
export function slotEffects(
  slots: FactorSlots,
  effects: readonly { readonly factor: string; readonly delta: number }[],
): readonly SlotEffect[] {
  return effects.map((e) => ({ slot: slotOf(slots, e.factor), delta: e.delta }));
}

/** Fill `out` (one entry per factor of the model) with the levels of `factors`. */
export function loadLevels(
  model: ScenarioModel,
  factors: Readonly<Record<string, number>>,
  out: Float64Array,
): Float64Array {
  const defs = model.factors;
  for (let k = 0; k < defs.length; k++) out[k] = factors[defs[k]?.id ?? ''] ?? 0;
  return out;
}

/** Write levels back into a writable factor table (only the factors that changed). */
export function storeLevels(
  model: ScenarioModel,
  levels: Float64Array,
  factors: Record<string, number>,
): void {
  const defs = model.factors;
  for (let k = 0; k < defs.length; k++) {
    const id = defs[k]?.id;
    const level = levels[k] ?? 0;
    if (id !== undefined && factors[id] !== level) factors[id] = level;
  }
}
