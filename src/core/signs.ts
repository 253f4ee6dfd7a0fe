import { UNTOLD, applyDelta, visibilityAt } from './escalation.ts';
import type { ModelIndex, SignPlan } from './model.ts';
import { scheduledTriggers } from './schedule.ts';
import { ACTIVE, statusCodes } from './statuses.ts';
import type { Cause, Draft, GameEvent, MeasureInstance, SignInstance } from './types.ts';

/** Bucket of a confidence level for display. */
export function clarityOf(confidence: number): 'low' | 'medium' | 'high' {
  return confidence >= 0.7 ? 'high' : confidence >= 0.4 ? 'medium' : 'low';
}

function lastOccurrence(signs: readonly SignInstance[], id: string): SignInstance | undefined {
  for (let i = signs.length - 1; i >= 0; i--) {
    const sign = signs[i];
    if (sign?.id === id) return sign;
  }
  return undefined;
}

/** True when one of the triggers is scheduled within `before` rounds or fired within `after`. */
function nearTrigger(
  draft: Draft,
  near: { readonly ids: readonly string[]; readonly before: number; readonly after: number },
): boolean {
  for (let r = draft.round - near.after; r <= draft.round + near.before; r++) {
    for (const t of scheduledTriggers(draft, r)) if (near.ids.includes(t.id)) return true;
  }
  return false;
}

/** True when every factor condition of a sign holds. */
function conditionsMet(levels: Float64Array, when: SignPlan['when']): boolean {
  for (const w of when) if (!((levels[w.slot] ?? 0) >= w.min)) return false;
  return true;
}

/** True when one of the measures in `slots` is in effect. */
function anyActive(codes: Uint8Array, slots: readonly number[]): boolean {
  for (const slot of slots) if (codes[slot] === ACTIVE) return true;
  return false;
}

/** The first measure instance in effect that is a listed responder of the sign (its id). */
function firstActive(
  measures: readonly MeasureInstance[],
  index: ModelIndex,
  sign: string,
): string | undefined {
  const ids = index.responders.get(sign);
  for (const m of measures) if (m.status === 'active' && ids?.has(m.id) === true) return m.id;
  return undefined;
}

/**
 * Warning signs occur from the state (a factor above its threshold, by chance) and raise risk
 * whether or not anyone sees them. `rolls` holds one uniform draw per sign definition.
 */
export function occurSigns(
  draft: Draft,
  index: ModelIndex,
  levels: Float64Array,
  rolls: ArrayLike<number>,
  events: GameEvent[] | null,
): number[] {
  const occurred: number[] = [];
  const p = draft.model.params;
  const defs = draft.model.signs;
  for (let k = 0; k < defs.length; k++) {
    const def = defs[k];
    const plan = index.signPlans[k];
    if (!def || !plan) continue;
    // A roll at or above both chances (recurring or not) fails whatever the checks below say:
    // tested first, as it spares most signs the factor lookup.
    if ((rolls[k] ?? 1) >= Math.max(def.chance, def.chance * p.answeredSignScale)) continue;
    if ((levels[plan.slot] ?? 0) < def.threshold) continue;
    if (!conditionsMet(levels, plan.when)) continue;
    if (def.nearTrigger && !nearTrigger(draft, def.nearTrigger)) continue;
    const last = lastOccurrence(draft.signs, def.id);
    if (last && draft.round - last.round < def.cooldown) continue;
    // A sign that was seen and answered once comes back less often and weaker.
    const answered = wasAnswered(draft.signs, def.id);
    const recurrence = answered ? p.answeredSignScale : 1;
    if ((rolls[k] ?? 1) >= def.chance * recurrence) continue;
    const uid = draft.nextUid++;
    // A listed responder already in effect blunts it: structural prevention at work.
    const anticipated = anyActive(statusCodes(index.statuses, draft), plan.responders);
    draft.signs.push({
      uid,
      id: def.id,
      round: draft.round,
      detectedRound: null,
      confidence: null,
      missed: false,
      response: null,
    });
    occurred.push(uid);
    if (events) {
      events.push({
        type: 'signOccurred',
        sign: def.id,
        uid,
        round: draft.round,
        factor: def.factor,
        cause: {
          kind: 'threshold',
          factor: def.factor,
          value: levels[plan.slot] ?? 0,
          threshold: def.threshold,
        },
        ...(anticipated ? { anticipatedBy: firstActive(draft.measures, index, def.id) } : {}),
        ...(answered ? { recurring: true } : {}),
      });
    }
    const cause: Cause = events ? { kind: 'sign', id: def.id, uid } : UNTOLD;
    const scale = recurrence * draft.severity * (anticipated ? p.anticipatedSignScale : 1);
    for (const e of plan.effects) applyDelta(draft, levels, e.slot, e.delta * scale, events, cause);
  }
  return occurred;
}

/** True when an occurrence of the sign was seen and then answered by a listed responder. */
export function wasAnswered(signs: readonly SignInstance[], id: string): boolean {
  for (const sign of signs) if (sign.id === id && sign.response !== null) return true;
  return false;
}

/**
 * Signs are processes, not events: an unanswered sign keeps pushing its factors for
 * `signPersistence` rounds after it occurred (× `signPressure`), seen or not. Signs answered this
 * round (seen first, then met by a listed responder) stop, and part of their rise is undone: the
 * response contains the harm the sign was doing.
 */
export function signsAtWork(
  draft: Draft,
  index: ModelIndex,
  levels: Float64Array,
  events: GameEvent[] | null,
): void {
  const p = draft.model.params;
  for (const sign of draft.signs) {
    const response = sign.response;
    if (response === null) {
      const age = draft.round - sign.round;
      if (age < 1 || age > p.signPersistence || p.signPressure <= 0) continue;
      const plan = index.signPlans[index.signSlot.get(sign.id) ?? -1];
      if (!plan) continue;
      const cause: Cause = events ? { kind: 'sign', id: sign.id, uid: sign.uid } : UNTOLD;
      const push = p.signPressure * draft.severity;
      for (const e of plan.effects)
        applyDelta(draft, levels, e.slot, e.delta * push, events, cause);
      continue;
    }
    if (response.round !== draft.round || p.answerRelief <= 0) continue;
    const relief = p.answerRelief;
    const plan = index.signPlans[index.signSlot.get(sign.id) ?? -1];
    const measure = index.measure.get(response.measure);
    if (!plan || !measure) continue;
    const cause: Cause = events
      ? { kind: 'measure', id: response.measure, uid: response.uid, role: measure.role }
      : UNTOLD;
    for (const e of plan.effects) {
      applyDelta(draft, levels, e.slot, -e.delta * relief, events, cause);
    }
  }
}

/**
 * Detection: each undetected sign is seen with probability = visibility (early-warning capacity,
 * blurred by restricted civic space) and then carries that confidence; after signMemory rounds it
 * is missed. `rolls` holds one uniform draw per sign definition.
 */
export function detectSigns(
  draft: Draft,
  index: ModelIndex,
  levels: Float64Array,
  rolls: ArrayLike<number>,
  events: GameEvent[] | null,
): number[] {
  const seen: number[] = [];
  const visibility = visibilityAt(draft.model, index, levels);
  const memory = draft.model.params.signMemory;
  const count = draft.signs.length;
  for (let i = 0; i < count; i++) {
    const sign = draft.signs[i];
    if (sign?.detectedRound !== null || sign.missed) continue;
    const roll = rolls[index.signSlot.get(sign.id) ?? 0] ?? 1;
    if (roll < visibility) {
      const confidence = Math.round(visibility * 100) / 100;
      draft.signs[i] = { ...sign, detectedRound: draft.round, confidence };
      seen.push(sign.uid);
      if (events) {
        events.push({
          type: 'signDetected',
          sign: sign.id,
          uid: sign.uid,
          occurredRound: sign.round,
          confidence,
          clarity: clarityOf(confidence),
        });
      }
    } else if (draft.round - sign.round >= memory) {
      draft.signs[i] = { ...sign, missed: true };
      if (events) events.push({ type: 'signMissed', sign: sign.id, uid: sign.uid });
    }
  }
  return seen;
}
