import type { Action, GameEvent, GameState, RejectReason, RoleId, Stage } from '../core/index.ts';
import type { LessonSchedule } from './presets.ts';
import { teamOf } from './setup.ts';
import type { Timer } from './timer.ts';
import { FACILITATOR, type ActorId, type ClassroomSetup } from './types.ts';

/** A discussion pause: its question and why it falls here. */
export interface Discussion {
  /** The round after which it falls. */
  readonly round: number;
  /** `stage`: the crisis reached a stage not discussed yet; `preset`: a lesson pause point. */
  readonly reason: 'stage' | 'preset';
  /** The new stage (reason `stage`), else null. */
  readonly stage: Stage | null;
  /** i18n key of the question, in namespace `ns` (`content` for stage questions, else `classroom`). */
  readonly questionKey: string;
  readonly ns: 'content' | 'classroom';
}

/** Where the session is. Pausing is a flag on the state, not a phase. */
export type Phase =
  /** Hot seat: pass the device to `team`; its timer starts with `startTurn`. */
  | { readonly kind: 'handoff'; readonly team: string }
  /** Hot seat: `team` plays its roles; every other team's roles are locked. */
  | { readonly kind: 'turn'; readonly team: string }
  /** Facilitator entry: the facilitator enters any team's choices until all are done. */
  | { readonly kind: 'entry' }
  /** The round was resolved; `discussion` (if any) follows on `continue`. */
  | {
      readonly kind: 'roundResults';
      readonly round: number;
      readonly discussion: Discussion | null;
    }
  | { readonly kind: 'discussion'; readonly discussion: Discussion }
  /** `early`: revealed by the facilitator before the last round was played. */
  | { readonly kind: 'debrief'; readonly early: boolean }
  | { readonly kind: 'ended' };

/** A team's "why we chose this" note for one round (trimmed, at most `NOTE_MAX` characters). */
export interface Note {
  readonly team: string;
  readonly round: number;
  readonly text: string;
}

/** A classroom session: the core game plus who did what, the phase, timer and notes. */
export interface ClassroomState {
  readonly setup: ClassroomSetup;
  /** Derived from the setup and scenario (not saved). */
  readonly schedule: LessonSchedule;
  /** Discussion question key of each stage 1–5 for this scenario (`content` namespace). */
  readonly stageQuestions: readonly string[];
  readonly game: GameState;
  /** Who took each action of `game.log` (same length): a team id or `FACILITATOR`. */
  readonly attribution: readonly ActorId[];
  readonly phase: Phase;
  readonly paused: boolean;
  /** The facilitator hid the risk meter from the teams. */
  readonly riskHidden: boolean;
  /** Teams that finished this round (in order). */
  readonly done: readonly string[];
  /** The running countdown (team turn, entry round or discussion), if any. */
  readonly timer: Timer | null;
  readonly notes: readonly Note[];
  /** Discussion pauses held so far, in order. */
  readonly discussions: readonly Discussion[];
}

/** What the session can be asked to do, by a team (via the UI) or the facilitator console. */
export type ClassroomIntent =
  /** Hot seat: the team at the projector is ready; its turn (and timer) starts. */
  | { readonly kind: 'startTurn' }
  /** `by` is the acting team, or `FACILITATOR` for the facilitator's own roles. */
  | {
      readonly kind: 'takeMeasure';
      readonly by: ActorId;
      readonly role: RoleId;
      readonly measure: string;
    }
  | {
      readonly kind: 'withdrawMeasure';
      readonly by: ActorId;
      readonly role: RoleId;
      readonly measure: string;
    }
  /** The team has finished this round. */
  | { readonly kind: 'teamDone'; readonly team: string }
  /** Store (or clear, with empty text) a team's note for a round already reached. */
  | { readonly kind: 'note'; readonly team: string; readonly round: number; readonly text: string }
  /** Leave the round results or a discussion pause. */
  | { readonly kind: 'continue' }
  /** Time passed (ms since the last tick), measured by the UI. */
  | { readonly kind: 'tick'; readonly ms: number }
  // The facilitator console.
  | { readonly kind: 'pause' }
  | { readonly kind: 'resume' }
  /** Add a minute to the running timer. */
  | { readonly kind: 'extendTimer' }
  /** Switch the running countdown off for this turn. */
  | { readonly kind: 'skipTimer' }
  /** End a team's turn for it (e.g. a team that is stuck or absent). */
  | { readonly kind: 'skipTeam'; readonly team: string }
  /** End every turn and resolve the round now. */
  | { readonly kind: 'advanceRound' }
  /**
   * Bring a scheduled trigger forward (core `advanceTrigger`) into the core's current round: the
   * round being played, or the next one during results and discussions. See `triggerPreview`.
   */
  | { readonly kind: 'advanceTrigger'; readonly trigger: string }
  | { readonly kind: 'revealDebrief' }
  | { readonly kind: 'endSession' }
  | { readonly kind: 'hideRisk'; readonly hidden: boolean };

/** Why an intent was refused (`core`: the core refused the action, see `coreReason`). */
export type ClassroomRejectReason =
  | 'sessionEnded'
  | 'paused'
  | 'wrongPhase'
  | 'unknownTeam'
  | 'notYourTurn'
  | 'roleNotYours'
  | 'notYourMeasure'
  | 'teamDone'
  | 'noTimer'
  | 'badRound'
  | 'core';

/** What the UI, audio and store should do after an intent. */
export type ClassroomEffect =
  /** The core accepted an action; `events` explain every change (as `GameSession` emits them). */
  | {
      readonly kind: 'core';
      readonly by: ActorId;
      readonly action: Action;
      readonly events: readonly GameEvent[];
    }
  | {
      readonly kind: 'rejected';
      readonly intent: ClassroomIntent;
      readonly reason: ClassroomRejectReason;
      readonly coreReason: RejectReason | null;
    }
  | { readonly kind: 'phase'; readonly phase: Phase }
  /** The countdown ran out: a prompt only, never a penalty. */
  | { readonly kind: 'timerExpired'; readonly team: string | null }
  /** The state changed in a way worth saving (`ClassroomStore.save`). */
  | { readonly kind: 'persist' };

/** Result of one intent. */
export interface ClassroomStep {
  readonly state: ClassroomState;
  readonly effects: readonly ClassroomEffect[];
}

/** The phases in which measures can be taken this round. */
export function isPlayPhase(phase: Phase): boolean {
  return phase.kind === 'handoff' || phase.kind === 'turn' || phase.kind === 'entry';
}

/** The team at the projector (hot seat handoff or turn), else null. */
export function currentTeam(state: ClassroomState): string | null {
  const { phase } = state;
  return phase.kind === 'handoff' || phase.kind === 'turn' ? phase.team : null;
}

/**
 * Why `by` may not act for `role` now (null = it may): the facilitator acts for its own roles in
 * any play phase; a team for its roles during its hot-seat turn, or until it is done in
 * facilitator entry. The UI uses this to lock the other roles.
 */
export function actBlocker(
  state: ClassroomState,
  by: ActorId,
  role: RoleId,
): ClassroomRejectReason | null {
  if (state.phase.kind === 'ended') return 'sessionEnded';
  if (state.paused) return 'paused';
  if (!isPlayPhase(state.phase)) return 'wrongPhase';
  if (by === FACILITATOR)
    return state.setup.facilitatorRoles.includes(role) ? null : 'roleNotYours';
  const team = teamOf(state.setup, by);
  if (!team) return 'unknownTeam';
  if (!team.roles.includes(role)) return 'roleNotYours';
  if (state.phase.kind === 'handoff') return 'notYourTurn';
  if (state.phase.kind === 'turn' && state.phase.team !== by) return 'notYourTurn';
  return state.done.includes(by) ? 'teamDone' : null;
}

/**
 * Who took each measure instance of the game (by uid). The k-th accepted `takeMeasure` of the log
 * created `game.measures[k]`, so the parallel attribution list names its author.
 */
export function measureAuthors(
  game: GameState,
  attribution: readonly ActorId[],
): Map<number, ActorId> {
  const authors = new Map<number, ActorId>();
  let k = 0;
  game.log.forEach((action, i) => {
    if (action.kind !== 'takeMeasure') return;
    const instance = game.measures[k++];
    if (instance) authors.set(instance.uid, attribution[i] ?? FACILITATOR);
  });
  return authors;
}

/** The last round a note may be written for: the round being played, or the last one. */
export function latestRound(state: ClassroomState): number {
  return Math.min(state.game.round, state.game.model.rounds);
}
