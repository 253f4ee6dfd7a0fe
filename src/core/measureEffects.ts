/** Measures in the round resolution: activation, per-round effects, expiry. */
import type { Measure } from '../content/schema.ts';
import { UNTOLD, applyAimed, applyDelta, atStage } from './escalation.ts';
import { consentAt, dependsScale } from './measures.ts';
import { WHOLE } from './levels.ts';
import type { MeasurePlan, ModelIndex } from './model.ts';
import { ACTIVE, measureSlotOf, setStatus, statusCodes } from './statuses.ts';
import type { Cause, Draft, GameEvent, MeasureInstance } from './types.ts';

function strength(
  draft: Draft,
  codes: Uint8Array,
  plan: MeasurePlan,
  instance: MeasureInstance,
  at: number,
  events: GameEvent[] | null,
): number {
  let bonus = 0;
  let boostedBy = instance.boostedBy;
  const strengthens = plan.strengthens;
  for (let k = 0; k < strengthens.length; k++) {
    const s = strengthens[k];
    if (!s || codes[plan.strengthenSlots[k] ?? codes.length - 1] !== ACTIVE) continue;
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

/** What the round loop knows about the slots of one draft's instance list. */
interface Slots {
  readonly index: ModelIndex;
  /** The plan of each slot's measure. */
  readonly plans: (MeasurePlan | undefined)[];
  /**
   * Slots before this one hold no pending instance: instances are appended pending and never
   * become pending again.
   */
  settled: number;
  /** In order, the slots whose instance has an end (`until`) and may still reach it. */
  readonly ending: number[];
}

/**
 * Pure memo: a slot of a draft's instance list keeps its measure and its end for good (instances
 * are only appended, then replaced by copies): each slot is looked at once per list, not every
 * round. Only the most recent list is remembered: a game played in place keeps one list
 * throughout, while each `step` copies the list anyway.
 */
const last: { list: readonly MeasureInstance[] | null; slots: Slots | null } = {
  list: null,
  slots: null,
};

/** The slots of `measures`, brought up to date with the instances appended since last asked. */
function slotsOf(index: ModelIndex, measures: readonly MeasureInstance[]): Slots {
  let slots = last.list === measures ? last.slots : null;
  if (slots?.index !== index) {
    slots = { index, plans: [], settled: 0, ending: [] };
    last.list = measures;
    last.slots = slots;
  }
  const plans = slots.plans;
  for (let at = plans.length; at < measures.length; at++) {
    const instance = measures[at];
    plans.push(index.plan.get(instance?.id ?? ''));
    if (instance && instance.until !== null) slots.ending.push(at);
  }
  return slots;
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

/** `consentMultiplier` from the factor levels. */
function consent(draft: Draft, index: ModelIndex, levels: Float64Array, measure: Measure): number {
  if (measure.consent === 'domestic') return 1;
  return consentAt(draft.model.params, levels[index.cooperationSlot] ?? 0);
}

/** Activate measures whose delay has elapsed: onset effects, and backfire of pressure (¶29). */
export function activateMeasures(
  draft: Draft,
  index: ModelIndex,
  levels: Float64Array,
  events: GameEvent[] | null,
): void {
  const p = draft.model.params;
  const count = draft.measures.length;
  const slots = slotsOf(index, draft.measures);
  const plans = slots.plans;
  while (slots.settled < count && draft.measures[slots.settled]?.status !== 'pending') {
    slots.settled++;
  }
  for (let at = slots.settled; at < count; at++) {
    const instance = draft.measures[at];
    if (instance?.status !== 'pending' || instance.activeFrom > draft.round) continue;
    const plan = plans[at];
    if (!plan) continue;
    const measure = plan.measure;
    let backfired = false;
    const cooperation = levels[index.cooperationSlot] ?? 0;
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
      for (const e of index.backfire) applyDelta(draft, levels, e.slot, e.delta, events, cause);
    }
    draft.measures[at] = withStatus(instance, 'active', backfired);
    setStatus(index.statuses, draft, plan.slot, measure.id, 'active');
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
    const scale = atStage(measure.curve, draft.stage) * consent(draft, index, levels, measure);
    const cause = measureCause(measure, instance, events);
    const onset = plan.onsetSlots;
    for (let k = 0; k < onset.length; k++) {
      const e = onset[k];
      if (e)
        applyAimed(
          draft,
          levels,
          plan.onsetAims[k] ?? WHOLE,
          e.slot,
          e.delta,
          scale,
          events,
          cause,
        );
    }
  }
}

/** Apply every active measure's per-round effects, scaled by stage, consent, prerequisites, synergies. */
export function applyMeasures(
  draft: Draft,
  index: ModelIndex,
  levels: Float64Array,
  events: GameEvent[] | null,
): void {
  const count = draft.measures.length;
  const informedScale = 1 + draft.model.params.informedBoost;
  const plans = slotsOf(index, draft.measures).plans;
  const codes = statusCodes(index.statuses, draft);
  for (let at = 0; at < count; at++) {
    const instance = draft.measures[at];
    if (instance?.status !== 'active') continue;
    const plan = plans[at];
    if (!plan || plan.measure.effects.length === 0) continue;
    const measure = plan.measure;
    const depends = dependsScale(codes, plan);
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
      consent(draft, index, levels, measure) *
      depends *
      (instance.informed ? informedScale : 1) *
      (plan.strengthens.length === 0 ? 1 : strength(draft, codes, plan, current, at, events));
    const cause = measureCause(measure, instance, events);
    const effects = plan.effectSlots;
    for (let k = 0; k < effects.length; k++) {
      const e = effects[k];
      if (e)
        applyAimed(
          draft,
          levels,
          plan.effectAims[k] ?? WHOLE,
          e.slot,
          e.delta,
          scale,
          events,
          cause,
        );
    }
  }
}

/** End measures whose duration is over. */
export function expireMeasures(draft: Draft, index: ModelIndex, events: GameEvent[] | null): void {
  const slots = slotsOf(index, draft.measures);
  const ending = slots.ending;
  let kept = 0;
  for (const at of ending) {
    const instance = draft.measures[at];
    // An ended or withdrawn instance never comes back: dropped from the list.
    if (!instance || instance.status === 'ended' || instance.status === 'withdrawn') continue;
    if (instance.status !== 'active' || instance.until === null || instance.until > draft.round) {
      ending[kept++] = at;
      continue;
    }
    draft.measures[at] = withStatus(instance, 'ended', instance.backfired);
    const plans = slots.plans;
    const slot = plans[at]?.slot ?? measureSlotOf(index.statuses, instance.id);
    setStatus(index.statuses, draft, slot, instance.id, 'ended');
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
  ending.length = kept;
}
