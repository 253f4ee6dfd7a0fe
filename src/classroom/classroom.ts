/**
 * The classroom session as a pure reducer: `reduceClassroom(state, intent) → { state, effects }`.
 * It wraps a core game (every accepted core action is kept in the game's log, with a parallel
 * list of who took it) and adds the lesson around it:
 *
 *   hot seat:          handoff(team) → turn(team) → handoff(next) … → roundResults
 *   facilitator entry: entry (the facilitator enters each team's choices) → roundResults
 *   then:              [discussion] → next round … → debrief → ended
 *
 * A discussion follows a round when the crisis reached a stage not discussed yet (the content's
 * question for that stage) or at the preset's pause points (`PAUSE_QUESTION_KEYS`).
 */
import type { Content, Scenario } from '../content/schema.ts';
import { createGame, type Stage } from '../core/index.ts';
import {
  applyCore,
  finishTeam,
  openRound,
  resolveClassRound,
  roundOpening,
  startTurn,
} from './flow.ts';
import type { IntentDraft } from './flow.ts';
import { lessonSchedule, stageQuestionKey } from './presets.ts';
import { characters, teamOf, validateSetup, type SetupProblem } from './setup.ts';
import {
  actBlocker,
  currentTeam,
  isPlayPhase,
  latestRound,
  measureAuthors,
  type ClassroomIntent,
  type ClassroomRejectReason,
  type ClassroomState,
  type ClassroomStep,
} from './state.ts';
import {
  createTimer,
  extendTimer,
  isExpired,
  pauseTimer,
  resumeTimer,
  skipTimer,
  tickTimer,
  type Timer,
} from './timer.ts';
import { FACILITATOR, NOTE_MAX, type ClassroomSetup } from './types.ts';

/** Result of `createClassroom`. */
export type CreateResult =
  | { readonly ok: true; readonly state: ClassroomState }
  | { readonly ok: false; readonly problems: readonly SetupProblem[] };

/** The scenario with id `id` (a setup's `scenario`), if the content has it. */
export function scenarioOf(content: Content, id: string): Scenario | undefined {
  return content.scenarios.find((s) => s.id === id);
}

/** The parts of a state derived from content and setup (recomputed when a session is loaded). */
export function derivedParts(
  scenario: Scenario,
  setup: ClassroomSetup,
): Pick<ClassroomState, 'schedule' | 'stageQuestions'> {
  const stages: Stage[] = [1, 2, 3, 4, 5];
  return {
    schedule: lessonSchedule(setup.preset, scenario.turns.length, setup.teams.length, setup.mode),
    stageQuestions: stages.map((stage) => stageQuestionKey(scenario, stage)),
  };
}

/**
 * Start a classroom session. Every role of the scenario is in play (played by a team or by the
 * facilitator); a setup with problems (`validateSetup`) is refused.
 */
export function createClassroom(content: Content, setup: ClassroomSetup): CreateResult {
  const scenario = scenarioOf(content, setup.scenario);
  if (!scenario)
    return { ok: false, problems: [{ kind: 'wrongScenario', scenario: setup.scenario }] };
  const problems = validateSetup(setup, scenario);
  if (problems.length > 0) return { ok: false, problems };
  const game = createGame(content, setup.scenario, { seed: setup.seed, roles: scenario.roles });
  const base: ClassroomState = {
    setup,
    ...derivedParts(scenario, setup),
    game,
    attribution: [],
    phase: { kind: 'entry' },
    paused: false,
    riskHidden: false,
    done: [],
    timer: null,
    notes: [],
    discussions: [],
  };
  return { ok: true, state: { ...base, ...roundOpening(base) } };
}

/** Trim a note and cut it to `NOTE_MAX` characters. */
export function cleanNote(text: string): string {
  const chars = characters(text.trim());
  return chars.length > NOTE_MAX ? chars.slice(0, NOTE_MAX).join('').trimEnd() : chars.join('');
}

/** Countdown checkpoints worth saving, so a reload loses at most this much time. */
const SAVE_EVERY_MS = 10_000;

function tick(state: ClassroomState, ms: number): ClassroomStep {
  const timer = state.timer;
  if (state.paused || !timer || state.phase.kind === 'ended') return { state, effects: [] };
  const next: Timer = tickTimer(timer, ms);
  if (next === timer) return { state, effects: [] };
  const expired = !isExpired(timer) && isExpired(next);
  const checkpoint =
    Math.floor(next.elapsedMs / SAVE_EVERY_MS) !== Math.floor(timer.elapsedMs / SAVE_EVERY_MS);
  const effects: ClassroomStep['effects'] = [
    ...(expired ? [{ kind: 'timerExpired', team: currentTeam(state) } as const] : []),
    ...(expired || checkpoint ? [{ kind: 'persist' } as const] : []),
  ];
  return { state: { ...state, timer: next }, effects };
}

/** Apply one intent to the draft; returns why it was refused (the draft is then unchanged). */
function apply(draft: IntentDraft, intent: ClassroomIntent): ClassroomRejectReason | null {
  const state = draft.state;
  const { phase } = state;
  switch (intent.kind) {
    case 'startTurn':
      if (state.paused) return 'paused';
      if (phase.kind !== 'handoff') return 'wrongPhase';
      startTurn(draft, phase.team);
      return null;
    case 'takeMeasure':
    case 'withdrawMeasure': {
      const blocked = actBlocker(state, intent.by, intent.role);
      if (blocked !== null) return blocked;
      if (intent.kind === 'withdrawMeasure') {
        const pending = state.game.measures.findLast(
          (m) => m.id === intent.measure && m.status === 'pending',
        );
        const author = pending && measureAuthors(state.game, state.attribution).get(pending.uid);
        if (author !== undefined && author !== intent.by) return 'notYourMeasure';
      }
      const { kind, role, measure } = intent;
      const coreReason = applyCore(draft, { kind, role, measure }, intent.by);
      return coreReason === null ? null : 'core';
    }
    case 'teamDone':
    case 'skipTeam': {
      if (intent.kind === 'teamDone' && state.paused) return 'paused';
      if (!isPlayPhase(phase)) return 'wrongPhase';
      const team = teamOf(state.setup, intent.team);
      if (!team) return 'unknownTeam';
      if (state.done.includes(team.id)) return 'teamDone';
      const hotSeat = phase.kind === 'handoff' || phase.kind === 'turn';
      if (intent.kind === 'teamDone' && hotSeat && phase.team !== team.id) return 'notYourTurn';
      if (intent.kind === 'teamDone' && phase.kind === 'handoff') return 'notYourTurn';
      finishTeam(draft, team, intent.kind === 'teamDone' ? team.id : FACILITATOR);
      return null;
    }
    case 'note': {
      const team = teamOf(state.setup, intent.team);
      if (!team) return 'unknownTeam';
      if (!Number.isInteger(intent.round) || intent.round < 1 || intent.round > latestRound(state))
        return 'badRound';
      const text = cleanNote(intent.text);
      const others = state.notes.filter((n) => !(n.team === team.id && n.round === intent.round));
      const notes =
        text === '' ? others : [...others, { team: team.id, round: intent.round, text }];
      draft.state = { ...state, notes };
      return null;
    }
    case 'continue':
      if (phase.kind === 'roundResults') {
        if (state.game.finished) {
          draft.state = { ...state, phase: { kind: 'debrief', early: false }, timer: null };
        } else if (phase.discussion) {
          const { discussion } = phase;
          const seconds = state.schedule.pauseSeconds;
          draft.state = {
            ...state,
            phase: { kind: 'discussion', discussion },
            discussions: [...state.discussions, discussion],
            timer: seconds === null ? null : createTimer(seconds),
          };
        } else openRound(draft);
        return null;
      }
      if (phase.kind === 'discussion') {
        openRound(draft);
        return null;
      }
      return 'wrongPhase';
    case 'tick':
      return null;
    case 'pause':
    case 'resume': {
      const paused = intent.kind === 'pause';
      if (state.paused === paused) return null;
      const timer = state.timer && (paused ? pauseTimer(state.timer) : resumeTimer(state.timer));
      draft.state = { ...state, paused, timer };
      return null;
    }
    case 'extendTimer':
    case 'skipTimer':
      if (!state.timer) return 'noTimer';
      draft.state = {
        ...state,
        timer: intent.kind === 'extendTimer' ? extendTimer(state.timer) : skipTimer(state.timer),
      };
      return null;
    case 'advanceRound':
      if (!isPlayPhase(phase)) return 'wrongPhase';
      resolveClassRound(draft);
      return null;
    case 'advanceTrigger': {
      if (phase.kind === 'debrief') return 'wrongPhase';
      const action = { kind: 'advanceTrigger', trigger: intent.trigger } as const;
      return applyCore(draft, action, FACILITATOR) === null ? null : 'core';
    }
    case 'revealDebrief':
      if (phase.kind === 'debrief') return 'wrongPhase';
      draft.state = {
        ...state,
        phase: { kind: 'debrief', early: !state.game.finished },
        timer: null,
      };
      return null;
    case 'endSession':
      draft.state = { ...state, phase: { kind: 'ended' }, timer: null, paused: false };
      return null;
    case 'hideRisk':
      if (state.riskHidden !== intent.hidden) draft.state = { ...state, riskHidden: intent.hidden };
      return null;
  }
}

/**
 * Apply one intent. Refused intents leave the state as it was and report a `rejected` effect
 * (with the core's reason when the core refused). Accepted changes report `core` effects (the
 * core's events), a `phase` effect when the phase changed, and `persist` when worth saving.
 * Ticks change only the timer and ask to be saved on expiry and every 10 s.
 */
export function reduceClassroom(state: ClassroomState, intent: ClassroomIntent): ClassroomStep {
  if (state.phase.kind === 'ended') {
    if (intent.kind === 'tick') return { state, effects: [] };
    const rejected = {
      kind: 'rejected',
      intent,
      reason: 'sessionEnded',
      coreReason: null,
    } as const;
    return { state, effects: [rejected] };
  }
  if (intent.kind === 'tick') return tick(state, intent.ms);
  const draft: IntentDraft = { state, effects: [], coreReason: null };
  const reason = apply(draft, intent);
  if (reason !== null) {
    const coreReason = reason === 'core' ? draft.coreReason : null;
    return { state, effects: [{ kind: 'rejected', intent, reason, coreReason }] };
  }
  const effects = [...draft.effects];
  if (draft.state.phase !== state.phase) effects.push({ kind: 'phase', phase: draft.state.phase });
  if (draft.state !== state) effects.push({ kind: 'persist' });
  return { state: draft.state, effects };
}
