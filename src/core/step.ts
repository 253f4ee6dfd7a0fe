import type { Content, RoleId } from '../content/schema.ts';
import { type CauseTally, addPush, strongestCause } from './causes.ts';
import { drift, refreshIndices, threatImpact } from './escalation.ts';
import { activateMeasures, applyMeasures, expireMeasures } from './measureEffects.ts';
import { takeBlocker, takeMeasure, withdrawBlocker, withdrawMeasure } from './measures.ts';
import { loadLevels, storeLevels } from './levels.ts';
import { type ModelIndex, compileScenario, indexOf } from './model.ts';
import { type Rng, openRng } from './rng.ts';
import { nextOccurrence } from './schedule.ts';
import { detectSigns, occurSigns, signsAtWork } from './signs.ts';
import { carriedOver, cloneForStep, fullCapacity, newDraft, recordOf } from './state.ts';
import { statusCodes } from './statuses.ts';
import { fireTriggers } from './triggers.ts';
import type {
  Action,
  Cause,
  Draft,
  GameEvent,
  GameState,
  Outcome,
  RejectReason,
  Stage,
} from './types.ts';

/** Result of one step: the new state and what happened, with causes. */
export interface StepResult {
  readonly state: GameState;
  readonly events: readonly GameEvent[];
}

/** Why an action is not allowed now, or null if it is. */
export function actionBlocker(state: GameState, action: Action): RejectReason | null {
  if (state.finished) return 'finished';
  const index = indexOf(state.model);
  switch (action.kind) {
    case 'takeMeasure':
      return takeBlocker(state, index, action.role, action.measure);
    case 'withdrawMeasure':
      return withdrawBlocker(state, index, action.role, action.measure);
    case 'endTurn':
      if (!state.roles.includes(action.role)) return 'roleNotInPlay';
      return state.ended.includes(action.role) ? 'turnEnded' : null;
    case 'endRound':
      return null;
    case 'advanceTrigger':
      return nextOccurrence(state, action.trigger) ? null : 'triggerNotScheduled';
  }
}

/** Peak stage → outcome: ≤ 3 averted, 4 contained, 5 atrocity crimes. */
export function outcomeOf(peakStage: Stage): Outcome {
  return peakStage <= 3 ? 'averted' : peakStage === 4 ? 'contained' : 'atrocity';
}

/**
 * The cause whose factor changes this round moved the threat most in the direction of `sign`
 * (+1 a rise, −1 a fall): a trigger, an unseen sign, drift, a measure… so that a stage change can
 * be traced to something that could have been done. `events` are this round's, from `from` on.
 */
function stageCause(
  draft: Draft,
  index: ModelIndex,
  events: readonly GameEvent[],
  from: number,
  sign: number,
): Cause {
  const tally: CauseTally = new Map();
  for (let i = from; i < events.length; i++) {
    const event = events[i];
    if (event?.type !== 'factorChanged') continue;
    addPush(tally, event.cause, threatImpact(draft, index, event.factor, event.delta));
  }
  return strongestCause(tally, sign) ?? { kind: 'drift' };
}

/** Fill `out` with uniform draws in order. */
function draws(rng: Rng, out: Float64Array): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = rng.float();
  return out;
}

/** Resolve the current round: triggers, measures, drift, signs, detection, stage, history. */
function resolveRound(draft: Draft, events: GameEvent[] | null): void {
  const model = draft.model;
  const index = indexOf(model);
  const round = draft.round;
  // A fixed number of draws per round, whatever the players did: the counterfactual shares the
  // same "luck" as the player's game.
  const rng = openRng(draft.rng);
  const noise = draws(rng, index.rolls.noise);
  const occurrence = draws(rng, index.rolls.occurrence);
  const detection = draws(rng, index.rolls.detection);
  draft.rng = rng.state();

  const fromEvent = events ? events.length : 0;
  const fromStage = draft.stage;
  const levels = loadLevels(model, draft.factors, index.levels);
  activateMeasures(draft, index, levels, events);
  const triggers = fireTriggers(draft, index, levels, events);
  applyMeasures(draft, index, levels, events);
  signsAtWork(draft, index, levels, events);
  drift(draft, index, levels, noise, events);
  const signsOccurred = occurSigns(draft, index, levels, occurrence, events);
  const signsSeen = detectSigns(draft, index, levels, detection, events);
  expireMeasures(draft, index, events);
  storeLevels(model, levels, draft.factors);
  refreshIndices(draft, index, levels);
  if (draft.stage !== fromStage && events) {
    const cause = stageCause(draft, index, events, fromEvent, draft.stage > fromStage ? 1 : -1);
    events.push({
      type: 'stageChanged',
      from: fromStage,
      to: draft.stage,
      threat: draft.threat,
      cause,
    });
  }
  const measuresTaken: number[] = [];
  // Instances are appended in the round they are taken: this round's are a suffix of the list.
  let from = draft.measures.length;
  while (from > 0 && (draft.measures[from - 1]?.takenRound ?? 0) >= round) from--;
  for (let i = from; i < draft.measures.length; i++) {
    const m = draft.measures[i];
    if (m?.takenRound === round && m.status !== 'withdrawn') measuresTaken.push(m.uid);
  }
  draft.history.push(recordOf(draft, round, { measuresTaken, signsOccurred, signsSeen, triggers }));
  if (events) {
    events.push({
      type: 'roundEnded',
      round,
      risk: draft.risk,
      resilience: draft.resilience,
      threat: draft.threat,
      stage: draft.stage,
    });
  }
  draft.round = round + 1;
  draft.ended = [];
  if (round >= model.rounds) {
    draft.finished = true;
    draft.capacity = {};
    if (events) {
      events.push({
        type: 'gameOver',
        peakStage: draft.peakStage,
        finalStage: draft.stage,
        outcome: outcomeOf(draft.peakStage),
      });
    }
  } else {
    const left = draft.capacity;
    const codes = statusCodes(index.statuses, draft);
    draft.capacity = fullCapacity(model, draft.roles, codes, left);
    if (events) {
      const carried: Partial<Record<RoleId, number>> = {};
      for (const role of draft.roles) {
        const saved = carriedOver(model, left[role]);
        if (saved > 0) carried[role] = saved;
      }
      events.push({ type: 'roundStarted', round: draft.round, carried });
    }
  }
}

/**
 * Apply a legal action to a writable draft in place (the fast path of simulations and replay).
 * Returns the reason if the action is not legal (the draft is then unchanged).
 */
export function applyInPlace(
  draft: Draft,
  action: Action,
  events: GameEvent[] | null,
): RejectReason | null {
  const reason = actionBlocker(draft, action);
  if (reason === null) applyLegal(draft, action, events);
  return reason;
}

/**
 * Apply an action already known to be legal (`actionBlocker` is null), skipping the check: for
 * callers that only produce legal actions, such as the built-in policies and `step`.
 */
export function applyLegal(draft: Draft, action: Action, events: GameEvent[] | null): void {
  const index = indexOf(draft.model);
  draft.log.push(action);
  switch (action.kind) {
    case 'takeMeasure': {
      const plan = index.plan.get(action.measure);
      if (plan) takeMeasure(draft, index, plan, events);
      break;
    }
    case 'withdrawMeasure': {
      const plan = index.plan.get(action.measure);
      if (plan) withdrawMeasure(draft, index, plan, events);
      break;
    }
    case 'endTurn':
      draft.ended.push(action.role);
      if (events)
        events.push({
          type: 'turnEnded',
          role: action.role,
          cause: { kind: 'player', role: action.role },
        });
      break;
    case 'endRound':
      resolveRound(draft, events);
      break;
    case 'advanceTrigger': {
      const next = nextOccurrence(draft, action.trigger);
      if (!next) break;
      draft.advanced.push({ trigger: action.trigger, from: next.from, to: draft.round });
      if (events) {
        events.push({
          type: 'triggerAdvanced',
          trigger: action.trigger,
          from: next.from,
          to: draft.round,
          intensity: next.intensity,
          announced: next.announced,
          cause: { kind: 'facilitator' },
        });
      }
      break;
    }
  }
}

/**
 * Advance the game by one action. Pure: the given state is never changed. An illegal action
 * leaves the state as it was and reports an `actionRejected` event.
 */
export function step(state: GameState, action: Action): StepResult {
  const reason = actionBlocker(state, action);
  if (reason !== null) return { state, events: [{ type: 'actionRejected', action, reason }] };
  const draft = cloneForStep(state);
  const events: GameEvent[] = [];
  applyLegal(draft, action, events);
  return { state: draft, events };
}

/**
 * Legal actions of one role in play (without `endRound`), appended to `out`. Facilitator actions
 * (`advanceTrigger`) are never listed: they are not player moves.
 */
export function roleActions(state: GameState, role: RoleId, out: Action[] = []): Action[] {
  if (state.finished || !state.roles.includes(role) || state.ended.includes(role)) return out;
  const index = indexOf(state.model);
  const capacity = state.capacity[role] ?? 0;
  const status = state.measureStatus;
  for (const m of index.byRole.get(role) ?? []) {
    const current = status[m.id];
    if (current === 'pending') {
      if (m.withdrawable) out.push({ kind: 'withdrawMeasure', role, measure: m.id });
    } else if (
      current !== 'active' &&
      m.cost <= capacity &&
      m.requires.every((r) => status[r] !== undefined)
    ) {
      out.push({ kind: 'takeMeasure', role, measure: m.id });
    }
  }
  out.push({ kind: 'endTurn', role });
  return out;
}

/** Every legal action for a role now (or for all roles in play), ending with `endRound`. */
export function legalActions(state: GameState, role?: RoleId): Action[] {
  if (state.finished) return [];
  const actions: Action[] = [];
  for (const r of role === undefined ? state.roles : [role]) roleActions(state, r, actions);
  actions.push({ kind: 'endRound' });
  return actions;
}

/** Rebuild a game from a save (`seed + action log`). Throws if the log does not fit the content. */
export function replay(
  content: Content,
  scenarioId: string,
  seed: number,
  actionLog: readonly Action[],
  roles?: readonly RoleId[],
): StepResult {
  const draft = newDraft(compileScenario(content, scenarioId), { seed, roles });
  const events: GameEvent[] = [];
  actionLog.forEach((action, i) => {
    const reason = applyInPlace(draft, action, events);
    if (reason !== null)
      throw new Error(`Replay: action ${i} (${action.kind}) rejected: ${reason}`);
  });
  return { state: draft, events };
}

/**
 * The events of one resolved round's `endRound`, rebuilt by replaying the state's own log (for
 * explaining a round again after a reload). Empty if that round has not been resolved.
 */
export function roundEvents(state: GameState, round: number): readonly GameEvent[] {
  const draft = newDraft(state.model, { seed: state.seed, roles: state.roles });
  for (const action of state.log) {
    const resolving = action.kind === 'endRound' && draft.round === round;
    const events: GameEvent[] = [];
    applyInPlace(draft, action, events);
    if (resolving) return events;
  }
  return [];
}
