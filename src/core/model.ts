import type { Content, Factor, Measure, RoleId, Trigger, WarningSign } from '../content/schema.ts';
import { interned } from './intern.ts';
import { type StatusMirror, measureSlotOf, statusMirror } from './statuses.ts';
import {
  type Aim,
  type FactorSlots,
  aimOf,
  type SlotEffect,
  factorSlots,
  slotEffects,
  slotOf,
} from './levels.ts';
import type { Action, ScenarioModel } from './types.ts';

/**
 * Resolve one scenario of validated content into the engine's self-contained model (a copy, with
 * its strings internalized for the round loop's lookups).
 */
export function compileScenario(content: Content, scenarioId: string): ScenarioModel {
  const scenario = content.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`Unknown scenario "${scenarioId}"`);
  const measureIds = new Set(scenario.measures ?? content.measures.map((m) => m.id));
  const signIds = new Set(scenario.signs ?? content.signs.map((s) => s.id));
  const triggerIds = new Set(scenario.turns.flatMap((t) => t.triggers.map((x) => x.id)));
  const params = { ...content.model, ...scenario.model };
  const main = new Set(scenario.mainFactors);
  return interned({
    scenarioId,
    rounds: scenario.turns.length,
    defaultRoles: scenario.roles,
    params,
    mainFactors: scenario.mainFactors,
    factors: content.factors.map((f) =>
      main.has(f.id) ? { ...f, weight: f.weight * params.mainWeight } : f,
    ),
    roles: content.roles.map((r) => ({ ...r, capacity: scenario.capacity[r.id] ?? r.capacity })),
    measures: content.measures.filter(
      (m) => measureIds.has(m.id) && (m.scenarios?.includes(scenarioId) ?? true),
    ),
    signs: content.signs.filter((s) => signIds.has(s.id)),
    triggers: content.triggers.filter((t) => triggerIds.has(t.id)),
    turns: scenario.turns,
    initial: scenario.initial,
    drift: scenario.drift,
  });
}

/** Lookup tables derived from a model (memoised per model object; pure and deterministic). */
export interface ModelIndex {
  readonly risk: readonly Factor[];
  readonly resilience: readonly Factor[];
  readonly capacity: readonly Factor[];
  readonly riskWeight: number;
  readonly resilienceWeight: number;
  /** Slot of each factor id (its position in model.factors and in `levels`). */
  readonly slot: FactorSlots;
  /** The factor ids, in the order of model.factors. */
  readonly factorIds: readonly string[];
  /** Slots of `risk`, `resilience` and `capacity`, in the same order. */
  readonly riskSlots: readonly number[];
  readonly resilienceSlots: readonly number[];
  readonly capacitySlots: readonly number[];
  readonly cooperationSlot: number;
  readonly civicSpaceSlot: number;
  /** The model's backfire effects by slot. */
  readonly backfire: readonly SlotEffect[];
  /** Effects and factor conditions of each sign by slot, in the order of model.signs. */
  readonly signPlans: readonly SignPlan[];
  /** Amplifiers and effects of each trigger by slot. */
  readonly triggerPlan: ReadonlyMap<string, TriggerPlan>;
  /**
   * Scratch levels of one resolution (see levels.ts), overwritten by every resolution like
   * `rolls`.
   */
  readonly levels: Float64Array;
  readonly kind: ReadonlyMap<string, Factor['kind']>;
  readonly weight: ReadonlyMap<string, number>;
  readonly measure: ReadonlyMap<string, Measure>;
  /** Position of each measure in model.measures. */
  readonly measureSlot: ReadonlyMap<string, number>;
  readonly sign: ReadonlyMap<string, WarningSign>;
  /** Position of each sign in model.signs (its slot in the per-round random draws). */
  readonly signSlot: ReadonlyMap<string, number>;
  readonly trigger: ReadonlyMap<string, Trigger>;
  readonly roleCapacity: ReadonlyMap<RoleId, number>;
  readonly rolePillar: ReadonlyMap<RoleId, 'national' | 'international'>;
  /** Measures aimed at a main risk factor or at a trigger of the calendar (not off-topic). */
  readonly aimed: ReadonlySet<string>;
  /** Measures that raise early-warning capacity (they make signs visible). */
  readonly earlyWarning: ReadonlySet<string>;
  /** Measure ids listed as a response to each sign. */
  readonly responders: ReadonlyMap<string, ReadonlySet<string>>;
  /** Sign ids of the model each measure is a listed response to (responders, inverted). */
  readonly answers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Measures that add role capacity while in effect. */
  readonly capacityMeasures: readonly Measure[];
  /** The plans of `capacityMeasures`, in the same order. */
  readonly capacityPlans: readonly MeasurePlan[];
  /** Measures of each role. */
  readonly byRole: ReadonlyMap<RoleId, readonly Measure[]>;
  /** Each role's measures with the cost of the cheapest (a role with less can take nothing). */
  readonly menu: ReadonlyMap<RoleId, Menu>;
  /** Drift of each factor per round, in the order of model.factors. */
  readonly driftBase: readonly number[];
  /** Each measure with its effects' factor kinds (one lookup per measure in the round loop). */
  readonly plan: ReadonlyMap<string, MeasurePlan>;
  /** Each role's `endTurn` action (shared, read-only objects: policies return them). */
  readonly endTurn: ReadonlyMap<RoleId, Action>;
  /** The status mirror of the model's games (see statuses.ts). */
  readonly statuses: StatusMirror;
  /**
   * Scratch buffers for one round's draws (noise per factor, occurrence and detection per sign),
   * overwritten by every resolution: a round never starts another, so one set per model suffices.
   */
  readonly rolls: {
    readonly noise: Float64Array;
    readonly occurrence: Float64Array;
    readonly detection: Float64Array;
  };
}

/** A role's measures, in model order, and the cost of the cheapest. */
export interface Menu {
  readonly measures: readonly Measure[];
  /** The plans of `measures`, in the same order. */
  readonly plans: readonly MeasurePlan[];
  readonly cheapest: number;
}

/** A measure with its effects' factors and aims looked up, and its status slots. */
export interface MeasurePlan {
  readonly measure: Measure;
  /** Position in model.measures (its slot in the status mirror). */
  readonly slot: number;
  /** The action that takes it (one shared, read-only object: policies return it). */
  readonly take: Action;
  /** How each effect and onset effect is aimed (see levels.ts), in order. */
  readonly effectAims: readonly Aim[];
  readonly onsetAims: readonly Aim[];
  readonly effectSlots: readonly SlotEffect[];
  readonly onsetSlots: readonly SlotEffect[];
  /** The synergies that add strength (the others only speed a measure up). */
  readonly strengthens: Measure['synergies'];
  /** Status slots of the partners of `strengthens`, of all synergies, of `requires` and `dependsOn.anyOf`. */
  readonly strengthenSlots: readonly number[];
  readonly synergySlots: readonly number[];
  readonly requires: readonly number[];
  readonly dependsOn: readonly number[];
}

/** A warning sign with its factors looked up. */
export interface SignPlan {
  readonly slot: number;
  /** Status slots of the sign's listed responders. */
  readonly responders: readonly number[];
  readonly when: readonly { readonly slot: number; readonly min: number }[];
  readonly effects: readonly SlotEffect[];
}

/** A trigger with its factors looked up. */
export interface TriggerPlan {
  readonly amplifiers: readonly number[];
  readonly effects: readonly SlotEffect[];
  /** Status slots of the `dampedBy` measures, in order. */
  readonly dampers: readonly number[];
}

/** Pure memo: the index of each model (a model never changes once compiled). */
const cache = new WeakMap<ScenarioModel, ModelIndex>();
/** Pure memo: the most recent lookup (simulations ask for the same model many times in a row). */
const last: { model: ScenarioModel | null; index: ModelIndex | null } = {
  model: null,
  index: null,
};

/** True when the measure is one of the sign's listed responders (¶5 early action). */
export function responds(measure: Measure, sign: WarningSign): boolean {
  return measure.responds.includes(sign.id);
}

/** True when the measure lowers one of the factors (per round or at onset). */
function lowersAny(measure: Measure, factors: ReadonlySet<string>): boolean {
  const lowers = (e: { factor: string; delta: number }) => factors.has(e.factor) && e.delta < 0;
  return measure.effects.some(lowers) || measure.onset.some(lowers);
}

/** The lookup tables of a model. */
export function indexOf(model: ScenarioModel): ModelIndex {
  if (model === last.model && last.index) return last.index;
  const cached = cache.get(model);
  if (cached) {
    last.model = model;
    last.index = cached;
    return cached;
  }
  const of = (kind: Factor['kind']) => model.factors.filter((f) => f.kind === kind);
  const sum = (list: readonly Factor[]) => list.reduce((total, f) => total + f.weight, 0);
  const risk = of('risk');
  const resilience = of('resilience');
  const byRole = new Map<RoleId, Measure[]>();
  for (const m of model.measures) byRole.set(m.role, [...(byRole.get(m.role) ?? []), m]);
  const main = new Set(model.mainFactors);
  const damping = new Set(model.triggers.flatMap((t) => t.dampedBy.map((d) => d.measure)));
  const capacityIds = new Set(of('capacity').map((f) => f.id));
  const raisesCapacity = (m: Measure) =>
    [...m.effects, ...m.onset].some((e) => capacityIds.has(e.factor) && e.delta > 0);
  const kind = new Map(model.factors.map((f) => [f.id, f.kind]));
  const slot = factorSlots(model);
  const slotsOf = (list: readonly Factor[]) => list.map((f) => slotOf(slot, f.id));
  const statuses = statusMirror(model.measures.map((m) => m.id));
  const measureSlots = (ids: readonly string[]) => ids.map((id) => measureSlotOf(statuses, id));
  const plans = model.measures.map((m, k): MeasurePlan => {
    const strengthens = m.synergies.filter((x) => x.strength > 0);
    return {
      measure: m,
      slot: k,
      take: { kind: 'takeMeasure', role: m.role, measure: m.id },
      effectAims: m.effects.map((e) => aimOf(kind.get(e.factor), e.delta)),
      onsetAims: m.onset.map((e) => aimOf(kind.get(e.factor), e.delta)),
      effectSlots: slotEffects(slot, m.effects),
      onsetSlots: slotEffects(slot, m.onset),
      strengthens,
      strengthenSlots: measureSlots(strengthens.map((x) => x.with)),
      synergySlots: measureSlots(m.synergies.map((x) => x.with)),
      requires: measureSlots(m.requires),
      dependsOn: measureSlots(m.dependsOn?.anyOf ?? []),
    };
  });
  const index: ModelIndex = {
    aimed: new Set(
      model.measures.filter((m) => lowersAny(m, main) || damping.has(m.id)).map((m) => m.id),
    ),
    earlyWarning: new Set(model.measures.filter(raisesCapacity).map((m) => m.id)),
    risk,
    resilience,
    capacity: of('capacity'),
    riskWeight: sum(risk) || 1,
    resilienceWeight: sum(resilience) || 1,
    slot,
    factorIds: model.factors.map((f) => f.id),
    riskSlots: slotsOf(risk),
    resilienceSlots: slotsOf(resilience),
    capacitySlots: slotsOf(of('capacity')),
    cooperationSlot: slotOf(slot, model.params.cooperationFactor),
    civicSpaceSlot: slotOf(slot, model.params.civicSpaceFactor),
    backfire: slotEffects(slot, model.params.backfire),
    signPlans: model.signs.map((s) => ({
      slot: slotOf(slot, s.factor),
      responders: model.measures.flatMap((m, k) => (responds(m, s) ? [k] : [])),
      when: s.when.map((w) => ({ slot: slotOf(slot, w.factor), min: w.min })),
      effects: slotEffects(slot, s.effects),
    })),
    triggerPlan: new Map(
      model.triggers.map((t) => [
        t.id,
        {
          amplifiers: t.amplifiers.map((id) => slotOf(slot, id)),
          effects: slotEffects(slot, t.effects),
          dampers: measureSlots(t.dampedBy.map((d) => d.measure)),
        },
      ]),
    ),
    levels: new Float64Array(model.factors.length),
    kind,
    weight: new Map(model.factors.map((f) => [f.id, f.weight])),
    measure: new Map(model.measures.map((m) => [m.id, m])),
    measureSlot: new Map(model.measures.map((m, k) => [m.id, k])),
    sign: new Map(model.signs.map((s) => [s.id, s])),
    signSlot: new Map(model.signs.map((s, k) => [s.id, k])),
    trigger: new Map(model.triggers.map((t) => [t.id, t])),
    roleCapacity: new Map(model.roles.map((r) => [r.id, r.capacity])),
    rolePillar: new Map(model.roles.map((r) => [r.id, r.pillar])),
    responders: new Map(
      model.signs.map((s) => [
        s.id,
        new Set(model.measures.filter((m) => responds(m, s)).map((m) => m.id)),
      ]),
    ),
    answers: new Map(
      model.measures.map((m) => [
        m.id,
        new Set(model.signs.filter((s) => responds(m, s)).map((s) => s.id)),
      ]),
    ),
    byRole,
    menu: new Map(
      [...byRole].map(([role, measures]) => [
        role,
        {
          measures,
          plans: plans.filter((plan) => plan.measure.role === role),
          cheapest: Math.min(...measures.map((m) => m.cost)),
        },
      ]),
    ),
    driftBase: model.factors.map((f) => model.drift[f.id] ?? 0),
    plan: new Map(plans.map((plan) => [plan.measure.id, plan])),
    statuses,
    endTurn: new Map(model.roles.map((r) => [r.id, { kind: 'endTurn', role: r.id }])),
    capacityMeasures: model.measures.filter((m) => m.capacity.length > 0),
    capacityPlans: plans.filter((plan) => plan.measure.capacity.length > 0),
    rolls: {
      noise: new Float64Array(model.factors.length),
      occurrence: new Float64Array(model.signs.length),
      detection: new Float64Array(model.signs.length),
    },
  };
  cache.set(model, index);
  last.model = model;
  last.index = index;
  return index;
}
