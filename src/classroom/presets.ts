import type { Scenario } from '../content/schema.ts';
import type { Stage } from '../core/index.ts';
import type { ClassroomMode, LessonPreset } from './types.ts';

/** Time plan of a lesson preset. */
export interface LessonPlan {
  readonly minutes: number;
  /** Briefing and handing out roles before the first round. */
  readonly introMinutes: number;
  /** Kept free at the end for the debrief (10–15 minutes). */
  readonly debriefMinutes: number;
  /** Length of one discussion pause. */
  readonly pauseSeconds: number;
  /** Pauses at fixed points, spread evenly over the rounds. */
  readonly presetPauses: number;
}

/** The timed presets. `untimed` has no timers and pauses only when the stage changes. */
export const LESSON_PLANS: Readonly<Record<Exclude<LessonPreset, 'untimed'>, LessonPlan>> = {
  min45: { minutes: 45, introMinutes: 4, debriefMinutes: 12, pauseSeconds: 90, presetPauses: 1 },
  min50: { minutes: 50, introMinutes: 5, debriefMinutes: 12, pauseSeconds: 120, presetPauses: 1 },
  min90: { minutes: 90, introMinutes: 8, debriefMinutes: 15, pauseSeconds: 180, presetPauses: 3 },
};

/** Stage-change pauses budgeted for in a timed lesson (a typical game reaches 2–3 new stages). */
export const EXPECTED_STAGE_PAUSES = 2;
/** Reading one round's results on the projector. */
export const RESULTS_SECONDS = 30;
/** Changing places at the projector between two hot-seat turns. */
export const HANDOFF_SECONDS = 10;
/** Shortest timer of a hot-seat team turn, and of a facilitator-entry round. */
export const MIN_TURN_SECONDS = 30;
export const MIN_ROUND_SECONDS = 60;
/** Timers are whole multiples of this. */
const STEP_SECONDS = 5;

/** The timers and pause points of a session, from its preset, rounds, teams and mode. */
export interface LessonSchedule {
  readonly preset: LessonPreset;
  /** Countdown of one team turn (hot seat) or of one round (facilitator entry); null = untimed. */
  readonly turnSeconds: number | null;
  /** Countdown of a discussion pause; null = untimed. */
  readonly pauseSeconds: number | null;
  /** Rounds after which a preset discussion pause falls (never after the last round). */
  readonly pauseAfter: readonly number[];
  readonly debriefMinutes: number | null;
  /** Whole lesson as planned with these timers (intro + rounds + pauses + debrief). */
  readonly plannedMinutes: number | null;
  /** The plan fits the lesson; false when the minimum timers overrun it (fewer teams help). */
  readonly fits: boolean;
}

/** Rounds after which `count` pauses fall, evenly spread: round(rounds × k / (count + 1)). */
export function pauseRounds(rounds: number, count: number): number[] {
  const out = new Set<number>();
  for (let k = 1; k <= count; k++) {
    const round = Math.round((rounds * k) / (count + 1));
    if (round >= 1 && round < rounds) out.add(round);
  }
  return [...out];
}

/**
 * Plan a lesson. For a timed preset with lesson length L, intro I, debrief D, pause length P
 * and N preset pauses, with R rounds and T teams:
 *
 *   play seconds  = (L − I − D) × 60 − (N + EXPECTED_STAGE_PAUSES) × P
 *   per round     = play seconds / R − RESULTS_SECONDS
 *   hot seat turn = per round / T − HANDOFF_SECONDS   (at least MIN_TURN_SECONDS)
 *   entry round   = per round                         (at least MIN_ROUND_SECONDS)
 *
 * rounded down to 5 s. E.g. 45 min, 12 rounds, 2 teams, hot seat: (45 − 4 − 12) × 60 − 3 × 90 =
 * 1470 s; 1470 / 12 − 30 = 92.5 s a round; 92.5 / 2 − 10 = 36.25 → 35 s a turn; planned 44.5 min.
 * With 4 teams the turn would be 13 s, so it is raised to 30 s and `fits` is false (58.5 min).
 * `untimed`: no timers, no preset pauses (stage-change pauses remain).
 */
export function lessonSchedule(
  preset: LessonPreset,
  rounds: number,
  teams: number,
  mode: ClassroomMode,
): LessonSchedule {
  if (preset === 'untimed') {
    return {
      preset,
      turnSeconds: null,
      pauseSeconds: null,
      pauseAfter: [],
      debriefMinutes: null,
      plannedMinutes: null,
      fits: true,
    };
  }
  const plan = LESSON_PLANS[preset];
  const r = Math.max(1, rounds);
  const t = Math.max(1, teams);
  const pauses = (plan.presetPauses + EXPECTED_STAGE_PAUSES) * plan.pauseSeconds;
  const play = (plan.minutes - plan.introMinutes - plan.debriefMinutes) * 60 - pauses;
  const perRound = play / r - RESULTS_SECONDS;
  const step = (seconds: number) => Math.floor(seconds / STEP_SECONDS) * STEP_SECONDS;
  const hotSeat = mode === 'hotSeat';
  const turnSeconds = hotSeat
    ? Math.max(MIN_TURN_SECONDS, step(perRound / t - HANDOFF_SECONDS))
    : Math.max(MIN_ROUND_SECONDS, step(perRound));
  const roundSeconds =
    RESULTS_SECONDS + (hotSeat ? t * (turnSeconds + HANDOFF_SECONDS) : turnSeconds);
  const plannedMinutes = plan.introMinutes + plan.debriefMinutes + (pauses + r * roundSeconds) / 60;
  return {
    preset,
    turnSeconds,
    pauseSeconds: plan.pauseSeconds,
    pauseAfter: pauseRounds(r, plan.presetPauses),
    debriefMinutes: plan.debriefMinutes,
    plannedMinutes,
    fits: plannedMinutes <= plan.minutes,
  };
}

/**
 * Questions for the preset pauses (i18n keys in the lazily loaded `classroom` namespace), asked in turn. Stage-change
 * pauses ask the scenario's own discussion question for the new stage instead.
 */
export const PAUSE_QUESTION_KEYS = [
  'pause.signs',
  'pause.together',
  'pause.ahead',
  'pause.voices',
] as const;

/** The question of the n-th preset pause (0-based), cycling through `PAUSE_QUESTION_KEYS`. */
export function pauseQuestionKey(index: number): string {
  const n = PAUSE_QUESTION_KEYS.length;
  return PAUSE_QUESTION_KEYS[((index % n) + n) % n] ?? PAUSE_QUESTION_KEYS[0];
}

/**
 * The content's discussion question for a stage (`content` namespace): the scenario's own
 * `discussionKeys`, else `discussion.stage1…5` (as the debrief does).
 */
export function stageQuestionKey(
  scenario: Pick<Scenario, 'discussionKeys'> | undefined,
  stage: Stage,
): string {
  return scenario?.discussionKeys?.[stage - 1] ?? `discussion.stage${String(stage)}`;
}
