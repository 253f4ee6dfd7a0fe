/**
 * Types of the classroom role-play (issue #8): 2–6 teams on one projector each speak for one or
 * more of the five roles, and a facilitator runs the session. Everything here is plain data: ids,
 * numbers and enums. Words are i18n keys, chosen by the UI.
 */
import type { Intensity } from '../content/schema.ts';
import type { RoleId } from '../core/index.ts';

/** Fewest and most teams in a classroom session. */
export const MIN_TEAMS = 2;
export const MAX_TEAMS = 6;
/** Team colours are indices 0–5 into the Okabe–Ito set the UI chooses. */
export const TEAM_COLOURS = 6;
/** Longest team name, in characters. */
export const TEAM_NAME_MAX = 40;
/** Longest "why we chose this" note, in characters (graphemes); longer notes are cut. */
export const NOTE_MAX = 140;
/** The facilitator's actor id in attributions (a team may not use it). */
export const FACILITATOR = 'facilitator';
/** Team ids: short lowercase ASCII, so they are safe in keys, CSV and JSON. */
export const TEAM_ID_PATTERN = /^[a-z0-9_-]{1,16}$/;

/** Lesson presets: the lesson length the timers and pauses are planned for. */
export const LESSON_PRESETS = ['min45', 'min50', 'min90', 'untimed'] as const;
/** A lesson preset. */
export type LessonPreset = (typeof LESSON_PRESETS)[number];

/**
 * `hotSeat`: teams take turns at the projector in a fixed order, with a handoff screen between
 * them. `facilitatorEntry`: the facilitator enters every team's choices; no handoffs.
 */
export const CLASSROOM_MODES = ['hotSeat', 'facilitatorEntry'] as const;
/** A classroom mode. */
export type ClassroomMode = (typeof CLASSROOM_MODES)[number];

/** Who did something: a team id or `FACILITATOR`. */
export type ActorId = string;

/** One team as the teacher set it up. */
export interface TeamSetup {
  /** Stable id (`TEAM_ID_PATTERN`), e.g. `team1`. */
  readonly id: string;
  /** Free text typed by the teacher (shown as is, never translated). */
  readonly name: string;
  /** Index 0–5 into the UI's Okabe–Ito team colours. */
  readonly colour: number;
  /** Roles this team speaks for. A role played by two teams shares its capacity. */
  readonly roles: readonly RoleId[];
}

/** Everything needed to start (and later replay) a classroom session. */
export interface ClassroomSetup {
  readonly scenario: string;
  readonly intensity: Intensity;
  readonly seed: number;
  readonly teams: readonly TeamSetup[];
  /** Roles the facilitator plays (when no team plays them). */
  readonly facilitatorRoles: readonly RoleId[];
  readonly mode: ClassroomMode;
  readonly preset: LessonPreset;
  /**
   * Optional 4–8 digit PIN for the facilitator console, stored in plain text: a classroom
   * convenience against curious fingers on a shared screen, not security.
   */
  readonly pin: string | null;
}
