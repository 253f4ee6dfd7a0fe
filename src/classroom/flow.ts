/** Transitions of the classroom state machine (internal; see `reduceClassroom`). */
import { step, type Action, type RejectReason } from '../core/index.ts';
import { pauseQuestionKey } from './presets.ts';
import { teamsPlaying } from './setup.ts';
import type { ClassroomEffect, ClassroomState, Discussion, Phase } from './state.ts';
import { createTimer } from './timer.ts';
import { FACILITATOR, type ActorId, type TeamSetup } from './types.ts';

/** A classroom state being built up by one intent, with the effects it produced (the core's `Draft` is a game state being stepped). */
export interface IntentDraft {
  state: ClassroomState;
  readonly effects: ClassroomEffect[];
  /** Why the core refused the last action it refused. */
  coreReason: RejectReason | null;
}

/** Apply a core action on behalf of `by`; returns the core's reason if it was refused. */
export function applyCore(draft: IntentDraft, action: Action, by: ActorId): RejectReason | null {
  const result = step(draft.state.game, action);
  const rejected = result.events.find((e) => e.type === 'actionRejected');
  if (rejected) {
    draft.coreReason = rejected.reason;
    return rejected.reason;
  }
  draft.state = {
    ...draft.state,
    game: result.state,
    attribution: [...draft.state.attribution, by],
  };
  draft.effects.push({ kind: 'core', by, action, events: result.events });
  return null;
}

function timerFor(seconds: number | null) {
  return seconds === null ? null : createTimer(seconds);
}

/** The phase a new round opens with (hot seat: hand over to the first team). */
export function roundOpening(state: ClassroomState): Pick<ClassroomState, 'phase' | 'timer'> {
  const first = state.setup.teams[0];
  if (state.setup.mode === 'hotSeat' && first) {
    return { phase: { kind: 'handoff', team: first.id }, timer: null };
  }
  return { phase: { kind: 'entry' }, timer: timerFor(state.schedule.turnSeconds) };
}

/** Start the next round's play. */
export function openRound(draft: IntentDraft): void {
  draft.state = { ...draft.state, ...roundOpening(draft.state), done: [] };
}

/** Hot seat: the handed-over team starts its turn and timer. */
export function startTurn(draft: IntentDraft, team: string): void {
  const phase: Phase = { kind: 'turn', team };
  draft.state = { ...draft.state, phase, timer: timerFor(draft.state.schedule.turnSeconds) };
}

/** The discussion that should follow a round just resolved, if any. */
function discussionAfter(
  state: ClassroomState,
  round: number,
  newStage: number | null,
): Discussion | null {
  if (state.game.finished) return null;
  if (newStage !== null) {
    const asked = state.discussions.some((d) => d.reason === 'stage' && d.stage === newStage);
    const key = state.stageQuestions[newStage - 1];
    if (!asked && key !== undefined) {
      const stage = newStage as Discussion['stage'];
      return { round, reason: 'stage', stage, questionKey: key, ns: 'content' };
    }
  }
  if (state.schedule.pauseAfter.includes(round)) {
    const index = state.discussions.filter((d) => d.reason === 'preset').length;
    return {
      round,
      reason: 'preset',
      stage: null,
      questionKey: pauseQuestionKey(index),
      ns: 'classroom',
    };
  }
  return null;
}

/** Resolve the class's round: the core's `endRound` (attributed to the facilitator), then its results. */
export function resolveClassRound(draft: IntentDraft): void {
  const round = draft.state.game.round;
  const before = draft.effects.length;
  if (applyCore(draft, { kind: 'endRound' }, FACILITATOR) !== null) return;
  let newStage: number | null = null;
  for (const effect of draft.effects.slice(before)) {
    if (effect.kind !== 'core') continue;
    for (const event of effect.events) if (event.type === 'stageChanged') newStage = event.to;
  }
  const discussion = discussionAfter(draft.state, round, newStage);
  draft.state = {
    ...draft.state,
    phase: { kind: 'roundResults', round, discussion },
    done: [],
    timer: null,
  };
}

/**
 * A team has finished this round (`by` = the team, or the facilitator skipping it): the turn of
 * each of its roles that no other team still has to play ends in the core. Then the next team is
 * handed the device (hot seat), or the round resolves once every team is done.
 */
export function finishTeam(draft: IntentDraft, team: TeamSetup, by: ActorId): void {
  const done = [...draft.state.done, team.id];
  draft.state = { ...draft.state, done };
  for (const role of team.roles) {
    const waiting = teamsPlaying(draft.state.setup, role).some((t) => !done.includes(t.id));
    if (!waiting && !draft.state.game.ended.includes(role)) {
      applyCore(draft, { kind: 'endTurn', role }, by);
    }
  }
  const next = draft.state.setup.teams.find((t) => !done.includes(t.id));
  if (!next) {
    resolveClassRound(draft);
    return;
  }
  const { phase } = draft.state;
  const atProjector = phase.kind === 'handoff' || phase.kind === 'turn' ? phase.team : null;
  if (atProjector !== null && done.includes(atProjector)) {
    draft.state = { ...draft.state, phase: { kind: 'handoff', team: next.id }, timer: null };
  }
}
