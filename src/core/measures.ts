import type { Measure, ModelParams } from '../content/schema.ts';
import { type MeasurePlan, type ModelIndex, indexOf } from './model.ts';
import { ACTIVE, NOT_TAKEN, PENDING, setStatus, statusCodes } from './statuses.ts';
import type { Draft, GameEvent, GameState, RejectReason, RoleId } from './types.ts';

/** True when the measure was taken and not withdrawn (pending, active or ended). */
export function hasTaken(state: GameState, id: string): boolean {
  return state.measureStatus[id] !== undefined;
}

/** True when the measure is in effect this round. */
export function inEffect(state: GameState, id: string): boolean {
  return state.measureStatus[id] === 'active';
}

/**
 * The points a role has to spend this round: what it has left plus what its measures taken this
 * round cost (so carried-over points and resourcing bonuses are included).
 */
export function roundBudget(state: GameState, role: RoleId): number {
  const index = indexOf(state.model);
  let spent = 0;
  for (const m of state.measures) {
    if (m.role !== role || m.takenRound !== state.round || m.status === 'withdrawn') continue;
    spent += index.measure.get(m.id)?.cost ?? 0;
  }
  return (state.capacity[role] ?? 0) + spent;
}

/** Why a role cannot act now (game over, not in play, turn ended), or null if it can. */
export function roleBlocker(state: GameState, role: RoleId): RejectReason | null {
  if (state.finished) return 'finished';
  if (!state.roles.includes(role)) return 'roleNotInPlay';
  return state.ended.includes(role) ? 'turnEnded' : null;
}

/**
 * Why a role that may act (`roleBlocker` is null) cannot take this measure, or null: the measure's
 * part of `takeBlocker`, for callers that test a menu (reading the role's `capacity` once).
 */
export function measureBlocker(
  state: GameState,
  role: RoleId,
  measure: Measure,
  capacity = state.capacity[role] ?? 0,
): RejectReason | null {
  const index = indexOf(state.model);
  const plan = index.plan.get(measure.id);
  if (!plan) return 'unknownMeasure';
  return planBlocker(statusCodes(index.statuses, state), role, plan, capacity);
}

/** `measureBlocker` of a measure's plan, on the state's status codes (see statuses.ts). */
export function planBlocker(
  codes: Uint8Array,
  role: RoleId,
  plan: MeasurePlan,
  capacity: number,
): RejectReason | null {
  const measure = plan.measure;
  if (measure.role !== role) return 'wrongRole';
  if (capacity < measure.cost) return 'insufficientCapacity';
  for (const r of plan.requires) if (codes[r] === NOT_TAKEN) return 'prerequisiteMissing';
  const current = codes[plan.slot];
  return current === PENDING || current === ACTIVE ? 'alreadyTaken' : null;
}

/** Why a role cannot take a measure now, or null if it can. */
export function takeBlocker(
  state: GameState,
  index: ModelIndex,
  role: RoleId,
  measureId: string,
): RejectReason | null {
  const blocked = roleBlocker(state, role);
  if (blocked !== null) return blocked;
  const measure = index.measure.get(measureId);
  if (!measure) return 'unknownMeasure';
  return measureBlocker(state, role, measure);
}

/** Why a role cannot withdraw a measure now, or null if it can. */
export function withdrawBlocker(
  state: GameState,
  index: ModelIndex,
  role: RoleId,
  measureId: string,
): RejectReason | null {
  const blocked = roleBlocker(state, role);
  if (blocked !== null) return blocked;
  const measure = index.measure.get(measureId);
  if (!measure) return 'unknownMeasure';
  if (measure.role !== role) return 'wrongRole';
  if (state.measureStatus[measureId] !== 'pending') return 'notPending';
  return measure.withdrawable ? null : 'notWithdrawable';
}

// Shared by the instances no synergy boosted (never written: boosts make a new array).
const NO_PARTNERS: readonly string[] = Object.freeze([]);

/** Take a measure (legality already checked): pay, apply synergy speed-ups, answer seen signs. */
export function takeMeasure(
  draft: Draft,
  index: ModelIndex,
  plan: MeasurePlan,
  events: GameEvent[] | null,
): void {
  const measure = plan.measure;
  const round = draft.round;
  const uid = draft.nextUid++;
  draft.capacity[measure.role] = (draft.capacity[measure.role] ?? 0) - measure.cost;
  let delay = measure.delay;
  let boostedBy: readonly string[] = NO_PARTNERS;
  const synergies = measure.synergies;
  for (let k = 0; k < synergies.length; k++) {
    const s = synergies[k];
    if (!s || s.speedup <= 0 || delay <= 0) continue;
    const codes = statusCodes(index.statuses, draft);
    if ((codes[plan.synergySlots[k] ?? codes.length - 1] ?? NOT_TAKEN) !== NOT_TAKEN) {
      const saved = Math.min(delay, s.speedup);
      delay -= saved;
      boostedBy = [...boostedBy, s.with];
      if (events) {
        events.push({
          type: 'synergy',
          measure: measure.id,
          uid,
          with: s.with,
          effect: 'speed',
          amount: saved,
        });
      }
    }
  }
  const activeFrom = round + delay;
  setStatus(index.statuses, draft, plan.slot, measure.id, 'pending');
  if (events) {
    events.push({
      type: 'measureTaken',
      round,
      role: measure.role,
      measure: measure.id,
      uid,
      cost: measure.cost,
      activeFrom,
      cause: { kind: 'player', role: measure.role },
    });
  }
  const informed = answerSigns(draft, index, measure, uid, events);
  draft.measures.push({
    uid,
    id: measure.id,
    role: measure.role,
    takenRound: round,
    takenStage: draft.stage,
    activeFrom,
    until: measure.duration === 0 ? null : activeFrom + measure.duration - 1,
    status: 'pending',
    boostedBy,
    backfired: false,
    weakened: false,
    informed,
  });
}

/**
 * Record the measure (instance `uid`) as the answer to every seen, unanswered sign that lists it.
 * Only a sign players could see can be answered: one detected in an earlier round's resolution.
 * Several actors may join an answer in the round it is given (¶23, ¶36). Returns true when the
 * measure answers a seen sign (it is then informed).
 */
function answerSigns(
  draft: Draft,
  index: ModelIndex,
  measure: Measure,
  uid: number,
  events: GameEvent[] | null,
): boolean {
  const round = draft.round;
  let answers: ReadonlySet<string> | undefined | null = null; // looked up on the first seen sign
  let informed = false;
  for (let i = 0; i < draft.signs.length; i++) {
    const sign = draft.signs[i];
    if (sign?.detectedRound == null || sign.detectedRound >= round) continue;
    // An earlier round's answer settles the sign whatever this measure is: skip the lookup.
    if (sign.response !== null && sign.response.round !== round) continue;
    answers ??= index.answers.get(measure.id);
    if (answers?.has(sign.id) !== true) continue;
    if (sign.response !== null) {
      informed = true;
      continue;
    }
    const delayed = Math.max(0, round - sign.detectedRound - 1);
    draft.signs[i] = { ...sign, response: { round, measure: measure.id, uid, delay: delayed } };
    informed = true;
    if (events) {
      events.push({
        type: 'signResponded',
        sign: sign.id,
        uid: sign.uid,
        measure: measure.id,
        measureUid: uid,
        delay: delayed,
      });
    }
  }
  return informed;
}

/** Withdraw a pending measure; refunded only in the round it was taken. */
export function withdrawMeasure(
  draft: Draft,
  index: ModelIndex,
  plan: MeasurePlan,
  events: GameEvent[] | null,
): void {
  const measure = plan.measure;
  let at = draft.measures.length - 1;
  while (
    at >= 0 &&
    !(draft.measures[at]?.id === measure.id && draft.measures[at]?.status === 'pending')
  )
    at--;
  const instance = draft.measures[at];
  if (!instance) return;
  draft.measures[at] = { ...instance, status: 'withdrawn' };
  // Back to the status of an earlier, ended instance, or never taken.
  const ended = draft.measures.some((m) => m.id === measure.id && m.status === 'ended');
  setStatus(index.statuses, draft, plan.slot, measure.id, ended ? 'ended' : null);
  const refunded = instance.takenRound === draft.round ? measure.cost : 0;
  draft.capacity[measure.role] = (draft.capacity[measure.role] ?? 0) + refunded;
  // Undo the sign responses this measure made.
  for (let i = 0; i < draft.signs.length; i++) {
    const sign = draft.signs[i];
    if (sign?.response?.uid === instance.uid) draft.signs[i] = { ...sign, response: null };
  }
  if (events) {
    events.push({
      type: 'measureWithdrawn',
      role: measure.role,
      measure: measure.id,
      uid: instance.uid,
      refunded,
      cause: { kind: 'player', role: measure.role },
    });
  }
}

/** Effect multiplier from the State's willingness to cooperate (¶6). */
export function consentMultiplier(state: GameState, measure: Measure): number {
  if (measure.consent === 'domestic') return 1;
  const p = state.model.params;
  return consentAt(p, state.factors[p.cooperationFactor] ?? 0);
}

/** The consent multiplier of a measure that needs consent, at this level of cooperation. */
export function consentAt(p: ModelParams, cooperation: number): number {
  return p.consentFloor + (1 - p.consentFloor) * (cooperation / 100);
}

/** Soft prerequisite multiplier and what is missing (¶42: a focal point alone is a mere gesture). */
export function dependsMultiplier(state: GameState, measure: Measure): number {
  const d = measure.dependsOn;
  if (!d) return 1;
  for (const id of d.anyOf) if (inEffect(state, id)) return 1;
  return d.without;
}

/** `dependsMultiplier` of a measure's plan, on the state's status codes (see statuses.ts). */
export function dependsScale(codes: Uint8Array, plan: MeasurePlan): number {
  const d = plan.measure.dependsOn;
  if (!d) return 1;
  for (const slot of plan.dependsOn) if (codes[slot] === ACTIVE) return 1;
  return d.without;
}
