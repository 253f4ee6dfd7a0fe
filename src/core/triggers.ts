import { applyDelta } from './escalation.ts';
import { loadLevels } from './levels.ts';
import { ACTIVE, statusCodes } from './statuses.ts';
import { activateMeasures } from './measureEffects.ts';
import { type ModelIndex, indexOf } from './model.ts';
import { nextOccurrence, scheduledTriggers } from './schedule.ts';
import { cloneForStep } from './state.ts';
import type { Cause, Draft, GameEvent, GameState, ScheduledTrigger } from './types.ts';

/** How one trigger occurrence is computed: the numbers `fireTriggers` applies. */
export interface TriggerImpact {
  /** The accumulated factor that amplified it most (null = the overall risk index). */
  readonly amplifier: string | null;
  readonly amplifierLevel: number;
  /** triggerBase + triggerPerRisk × amplifier level / 100. */
  readonly multiplier: number;
  /** (1 − triggerDamping × resilience / 100) × the multipliers of damping measures in effect. */
  readonly damping: number;
  /** Change of each factor before clamping: delta × intensity × severity × multiplier × damping. */
  readonly effects: readonly { readonly factor: string; readonly delta: number }[];
}

/** Compute and apply one scheduled trigger occurrence. */
function fireOne(
  draft: Draft,
  index: ModelIndex,
  levels: Float64Array,
  scheduled: ScheduledTrigger,
  events: GameEvent[] | null,
): TriggerImpact | null {
  const trigger = index.trigger.get(scheduled.id);
  const plan = index.triggerPlan.get(scheduled.id);
  if (!trigger || !plan) return null;
  const p = draft.model.params;
  let amplifier: string | null = null;
  let level = draft.risk;
  if (plan.amplifiers.length > 0) {
    level = 0;
    let top = 0;
    for (let k = 0; k < plan.amplifiers.length; k++) {
      const value = levels[plan.amplifiers[k] ?? 0] ?? 0;
      level += value;
      if (amplifier === null || value > top) {
        amplifier = trigger.amplifiers[k] ?? null;
        top = value;
      }
    }
    level /= plan.amplifiers.length;
  }
  const multiplier = p.triggerBase + (p.triggerPerRisk * level) / 100;
  let damping = 1 - (p.triggerDamping * draft.resilience) / 100;
  const codes = statusCodes(index.statuses, draft);
  for (let k = 0; k < trigger.dampedBy.length; k++) {
    const d = trigger.dampedBy[k];
    if (d && codes[plan.dampers[k] ?? codes.length - 1] === ACTIVE) damping *= d.multiplier;
  }
  const cause: Cause = {
    kind: 'trigger',
    id: trigger.id,
    amplifier,
    amplifierLevel: level,
    multiplier,
  };
  if (events) {
    events.push({
      type: 'triggerFired',
      trigger: trigger.id,
      round: draft.round,
      intensity: scheduled.intensity,
      multiplier,
      damping,
      cause: scheduled.advancedFrom === undefined ? { kind: 'calendar' } : { kind: 'facilitator' },
    });
  }
  const scale = scheduled.intensity * draft.severity * multiplier * damping;
  const effects = trigger.effects.map((e) => ({ factor: e.factor, delta: e.delta * scale }));
  for (const e of plan.effects) applyDelta(draft, levels, e.slot, e.delta * scale, events, cause);
  return { amplifier, amplifierLevel: level, multiplier, damping, effects };
}

/**
 * Fire this round's scheduled triggers (¶8, ¶12), including any a facilitator brought forward:
 * impact × (base + perRisk × accumulated level of the amplifying factors) × (1 − damping ×
 * resilience). Triggers fall on fertile ground.
 */
export function fireTriggers(
  draft: Draft,
  index: ModelIndex,
  levels: Float64Array,
  events: GameEvent[] | null,
): string[] {
  const scheduled = scheduledTriggers(draft, draft.round);
  const fired: string[] = [];
  for (const occurrence of scheduled) {
    if (fireOne(draft, index, levels, occurrence, events)) fired.push(occurrence.id);
  }
  return fired;
}

/** What bringing a trigger forward would do, for the facilitator's explanation. */
export interface TriggerPreview extends TriggerImpact {
  readonly trigger: string;
  /** Round it is scheduled for. */
  readonly from: number;
  /** Round it would fire in: the current one. */
  readonly to: number;
  readonly intensity: number;
  readonly announced: boolean;
}

/**
 * Preview of `advanceTrigger` for `trigger` (null when it has no later occurrence): the impact it
 * would have if the round resolved now, computed exactly as the resolution does (measures due to
 * take effect first, then this round's other triggers in order). Pure: the state is unchanged.
 * Measures taken after the preview can still change the outcome.
 */
export function triggerPreview(state: GameState, trigger: string): TriggerPreview | null {
  const next = nextOccurrence(state, trigger);
  if (!next) return null;
  const draft = cloneForStep(state);
  draft.advanced.push({ trigger, from: next.from, to: draft.round });
  const index = indexOf(draft.model);
  const levels = loadLevels(draft.model, draft.factors, new Float64Array(index.slot.size));
  activateMeasures(draft, index, levels, null);
  for (const occurrence of scheduledTriggers(draft, draft.round)) {
    const impact = fireOne(draft, index, levels, occurrence, null);
    if (occurrence.id === trigger && occurrence.advancedFrom === next.from && impact) {
      return { ...next, to: state.round, ...impact };
    }
  }
  return null;
}
