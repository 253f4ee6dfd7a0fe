/** Measures in the round resolution: activation, per-round effects, expiry. */
import type { Measure } from '../content/schema.ts';
import { UNTOLD, applyAimed, applyDelta, atStage } from './escalation.ts';
import { consentMultiplier, dependsMultiplier, inEffect } from './measures.ts';
import type { MeasurePlan, ModelIndex } from './model.ts';
import type { Cause, Draft, GameEvent, MeasureInstance } from './types.ts';

function strength(
  draft: Draft,
  plan: MeasurePlan,
  instance: MeasureInstance,
  at: number,
  events: GameEvent[] | null,
): number {
  let bonus = 0;
  let boostedBy = instance.boostedBy;
  for (const s of plan.strengthens) {
    if (!inEffect(draft, s.with)) continue;
    bonus += s.strength;
    if (!boostedBy.includes(s.with)) {
      boostedBy = [...boostedBy, s.with];
      if (events) {
        events.push({
          type: 'synergy',
          measure: plan.measure.id,
          uid: instance.uid,
          with: s.with,
          effect: 'strength',
          amount: s.strength,
        });
      }
    }
  }
  if (boostedBy !== instance.boostedBy) draft.measures[at] = { ...instance, boostedBy };
  return 1 + bonus;
}

interface SlotPlans {
  readonly index: ModelIndex;
  readonly plans: (MeasurePlan | undefined)[];
}

/**
 * Pure memo: a slot of a draft's instance list keeps its measure for good (instances are only
 * appended, then replaced by copies): each slot's plan is looked up once per list, not every round.
 */
const slotPlans = new WeakMap<readonly MeasureInstance[], SlotPlans>();

/** The plan of each instance of `measures`, by slot. */
function plansOf(
  index: ModelIndex,
  measures: readonly MeasureInstance[],
): readonly (MeasurePlan | undefined)[] {
  let known = slotPlans.get(measures);
  if (known?.index !== index) {
    known = { index, plans: [] };
    slotPlans.set(measures, known);
  }
  const plans = known.plans;
  for (let at = plans.length; at < measures.length; at++) {
    plans.push(index.plan.get(measures[at]?.id ?? ''));
  }
  return plans;
}

// Listed rather than spread (same keys, same order): every measure is activated and most expire.
function withStatus(
  i: MeasureInstance,
  status: MeasureInstance['status'],
  backfired: boolean,
): MeasureInstance {
  return {
    uid: i.uid,
    id: i.id,
    role: i.role,
    takenRound: i.takenRound,
    takenStage: i.takenStage,
    activeFrom: i.activeFrom,
    until: i.until,
    status,
    boostedBy: i.boostedBy,
    backfired,
    weakened: i.weakened,
    informed: i.informed,
  };
}

/** The cause of a measure's changes, built only when events are recorded. */
function measureCause(
  measure: Measure,
  instance: MeasureInstance,
  events: GameEvent[] | null,
): Cause {
  if (!events) return UNTOLD;
  return { kind: 'measure', id: measure.id, uid: instance.uid, role: instance.role };
}

/** Activate measures whose delay has elapsed: onset effects, and backfire of pressure (¶29). */
export function activateMeasures(
  draft: Draft,
  index: ModelIndex,
  events: GameEvent[] | null,
): void {
  const p = draft.model.params;
  const count = draft.measures.length;
  const plans = plansOf(index, draft.measures);
  for (let at = 0; at < count; at++) {
    const instance = draft.measures[at];
    if (instance?.status !== 'pending' || instance.activeFrom > draft.round) continue;
    const plan = plans[at];
    if (!plan) continue;
    const measure = plan.measure;
    let backfired = false;
    const cooperation = draft.factors[p.cooperationFactor] ?? 0;
    if (measure.consent === 'pressure' && cooperation < p.backfireBelow) {
      backfired = true;
      if (events) {
        events.push({
          type: 'backfire',
          measure: measure.id,
          uid: instance.uid,
          cooperation,
          threshold: p.backfireBelow,
        });
      }
      const cause: Cause = events
        ? { kind: 'backfire', id: measure.id, uid: instance.uid }
        : UNTOLD;
      for (const e of p.backfire) applyDelta(draft, e.factor, e.delta, events, cause);
    }
    draft.measures[at] = withStatus(instance, 'active', backfired);
    draft.measureStatus[measure.id] = 'active';
    if (events) {
      events.push({
        type: 'measureActivated',
        measure: measure.id,
        uid: instance.uid,
        role: instance.role,
        cause: { kind: 'delay', id: measure.id, uid: instance.uid },
      });
    }
    if (measure.onset.length === 0) continue;
    const scale = atStage(measure.curve, draft.stage) * consentMultiplier(draft, measure);
    const cause = measureCause(measure, instance, events);
    const onset = measure.onset;
    for (let k = 0; k < onset.length; k++) {
      const e = onset[k];
      if (e) applyAimed(draft, plan.onsetKinds[k], e.factor, e.delta, scale, events, cause);
    }
  }
}

/** Apply every active measure's per-round effects, scaled by stage, consent, prerequisites, synergies. */
export function applyMeasures(draft: Draft, index: ModelIndex, events: GameEvent[] | null): void {
  const count = draft.measures.length;
  const informedScale = 1 + draft.model.params.informedBoost;
  const plans = plansOf(index, draft.measures);
  for (let at = 0; at < count; at++) {
    const instance = draft.measures[at];
    if (instance?.status !== 'active') continue;
    const plan = plans[at];
    if (!plan || plan.measure.effects.length === 0) continue;
    const measure = plan.measure;
    const depends = dependsMultiplier(draft, measure);
    const weakened = depends < 1;
    let current = instance;
    if (weakened !== instance.weakened) {
      current = { ...instance, weakened };
      draft.measures[at] = current;
      if (weakened && events && measure.dependsOn) {
        events.push({
          type: 'measureWeakened',
          measure: measure.id,
          uid: instance.uid,
          missing: measure.dependsOn.anyOf,
          multiplier: depends,
        });
      }
    }
    const scale =
      atStage(measure.curve, draft.stage) *
      consentMultiplier(draft, measure) *
      depends *
      (instance.informed ? informedScale : 1) *
      (plan.strengthens.length === 0 ? 1 : strength(draft, plan, current, at, events));
    const cause = measureCause(measure, instance, events);
    const effects = measure.effects;
    for (let k = 0; k < effects.length; k++) {
      const e = effects[k];
      if (e) applyAimed(draft, plan.effectKinds[k], e.factor, e.delta, scale, events, cause);
    }
  }
}

/** End measures whose duration is over. */
export function expireMeasures(draft: Draft, events: GameEvent[] | null): void {
  const count = draft.measures.length;
  for (let at = 0; at < count; at++) {
    const instance = draft.measures[at];
    if (instance?.status !== 'active' || instance.until === null || instance.until > draft.round) {
      continue;
    }
    draft.measures[at] = withStatus(instance, 'ended', instance.backfired);
    draft.measureStatus[instance.id] = 'ended';
    if (events) {
      events.push({
        type: 'measureExpired',
        measure: instance.id,
        uid: instance.uid,
        role: instance.role,
        cause: { kind: 'duration', id: instance.id, uid: instance.uid },
      });
    }
  }
}
