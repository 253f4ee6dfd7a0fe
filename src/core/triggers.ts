import { applyDelta } from './escalation.ts';
import type { ModelIndex } from './model.ts';
import type { Cause, Draft, GameEvent } from './types.ts';

/**
 * Fire this round's scheduled triggers (¶8, ¶12): impact × (base + perRisk × accumulated level of
 * the amplifying factors) × (1 − damping × resilience). Triggers fall on fertile ground.
 */
export function fireTriggers(
  draft: Draft,
  index: ModelIndex,
  events: GameEvent[] | null,
): string[] {
  const turn = draft.model.turns[draft.round - 1];
  if (!turn || turn.triggers.length === 0) return [];
  const p = draft.model.params;
  const fired: string[] = [];
  for (const scheduled of turn.triggers) {
    const trigger = index.trigger.get(scheduled.id);
    if (!trigger) continue;
    let amplifier: string | null = null;
    let level = draft.risk;
    if (trigger.amplifiers.length > 0) {
      level = 0;
      for (const id of trigger.amplifiers) {
        const value = draft.factors[id] ?? 0;
        level += value;
        if (amplifier === null || value > (draft.factors[amplifier] ?? 0)) amplifier = id;
      }
      level /= trigger.amplifiers.length;
    }
    const multiplier = p.triggerBase + (p.triggerPerRisk * level) / 100;
    let damping = 1 - (p.triggerDamping * draft.resilience) / 100;
    for (const d of trigger.dampedBy) {
      if (draft.measureStatus[d.measure] === 'active') damping *= d.multiplier;
    }
    fired.push(trigger.id);
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
        cause: { kind: 'calendar' },
      });
    }
    const scale = scheduled.intensity * multiplier * damping;
    for (const e of trigger.effects) applyDelta(draft, e.factor, e.delta * scale, events, cause);
  }
  return fired;
}
