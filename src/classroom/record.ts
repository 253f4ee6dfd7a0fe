/**
 * The serialisable form of a classroom session, shared by the JSON export and the store: setup,
 * core action log with who took each action, notes, discussions and the session's place. The
 * core game is rebuilt by replaying the log from the seed, so a record stays small.
 */
import * as z from 'zod';
import { actionSchema } from '../content/actionSchema.ts';
import { contentFingerprint } from '../content/fingerprint.ts';
import type { Content } from '../content/schema.ts';
import { replay, type Action } from '../core/index.ts';
import { derivedParts, scenarioOf } from './classroom.ts';
import { classroomSetupSchema, validateSetup } from './setup.ts';
import type { ClassroomState, Discussion, Note, Phase } from './state.ts';
import type { Timer } from './timer.ts';
import { FACILITATOR, type ActorId, type ClassroomSetup } from './types.ts';

/** Format name of classroom records. */
export const CLASSROOM_FORMAT = 'act-early-classroom';
/** Bumped whenever the record layout changes; other versions are refused, not guessed. */
export const CLASSROOM_FORMAT_VERSION = 1;

const stage = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const discussionSchema = z.strictObject({
  round: z.number().int(),
  reason: z.enum(['stage', 'preset']),
  stage: stage.nullable(),
  questionKey: z.string(),
  ns: z.enum(['content', 'classroom']),
});
const phaseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('handoff'), team: z.string() }),
  z.strictObject({ kind: z.literal('turn'), team: z.string() }),
  z.strictObject({ kind: z.literal('entry') }),
  z.strictObject({
    kind: z.literal('roundResults'),
    round: z.number().int(),
    discussion: discussionSchema.nullable(),
  }),
  z.strictObject({ kind: z.literal('discussion'), discussion: discussionSchema }),
  z.strictObject({ kind: z.literal('debrief'), early: z.boolean() }),
  z.strictObject({ kind: z.literal('ended') }),
]);
const timerSchema = z.strictObject({
  limitMs: z.number().min(0),
  extraMs: z.number().min(0),
  elapsedMs: z.number().min(0),
  paused: z.boolean(),
  skipped: z.boolean(),
});

/** Schema of a classroom record (export JSON and store entries). */
export const classroomRecordSchema = z.strictObject({
  format: z.literal(CLASSROOM_FORMAT),
  version: z.number().int(),
  /** Fingerprint of the content it was played with. */
  content: z.string(),
  setup: classroomSetupSchema,
  log: z.array(actionSchema),
  attribution: z.array(z.string()),
  notes: z.array(z.strictObject({ team: z.string(), round: z.number().int(), text: z.string() })),
  discussions: z.array(discussionSchema),
  phase: phaseSchema,
  done: z.array(z.string()),
  riskHidden: z.boolean(),
  /** The last round was played, or the session was ended. */
  finished: z.boolean(),
  /** Live facts the store keeps and the export leaves out. */
  paused: z.boolean().default(false),
  timer: timerSchema.nullable().default(null),
});

/** A classroom record. */
export interface ClassroomRecord {
  format: typeof CLASSROOM_FORMAT;
  version: number;
  content: string;
  setup: ClassroomSetup;
  log: Action[];
  attribution: ActorId[];
  notes: Note[];
  discussions: Discussion[];
  phase: Phase;
  done: string[];
  riskHidden: boolean;
  finished: boolean;
  paused: boolean;
  timer: Timer | null;
}

/** Whether the session is over: the last round was played, or it reached its debrief or end. */
export function isFinished(state: ClassroomState): boolean {
  return state.game.finished || state.phase.kind === 'debrief' || state.phase.kind === 'ended';
}

/**
 * The record of a session. `live: false` (exports) leaves out the timer, the pause and the
 * facilitator's PIN, which a results file has no use for.
 */
export function toRecord(
  state: ClassroomState,
  content: Content | string,
  live = true,
): ClassroomRecord {
  return {
    format: CLASSROOM_FORMAT,
    version: CLASSROOM_FORMAT_VERSION,
    content: typeof content === 'string' ? content : contentFingerprint(content),
    setup: live ? state.setup : { ...state.setup, pin: null },
    log: [...state.game.log],
    attribution: [...state.attribution],
    notes: [...state.notes],
    discussions: [...state.discussions],
    phase: state.phase,
    done: [...state.done],
    riskHidden: state.riskHidden,
    finished: isFinished(state),
    paused: live && state.paused,
    timer: live ? state.timer : null,
  };
}

/** Why a record could not be used; the UI explains each one in words. */
export type RecordProblem =
  | 'unreadable'
  | 'newerVersion'
  | 'olderVersion'
  | 'otherContent'
  | 'unknownScenario'
  | 'invalidSetup'
  | 'replayFailed';

/** Result of decoding a record. */
export type DecodedClassroom =
  | { readonly ok: true; readonly state: ClassroomState }
  | { readonly ok: false; readonly problem: RecordProblem };

/** Parse raw data (already JSON-parsed) as a record, without replaying it. */
export function parseRecord(
  data: unknown,
): { ok: true; record: ClassroomRecord } | { ok: false; problem: RecordProblem } {
  const header = z.looseObject({ format: z.literal(CLASSROOM_FORMAT), version: z.number() });
  const head = header.safeParse(data);
  if (!head.success) return { ok: false, problem: 'unreadable' };
  if (head.data.version > CLASSROOM_FORMAT_VERSION) return { ok: false, problem: 'newerVersion' };
  if (head.data.version < CLASSROOM_FORMAT_VERSION) return { ok: false, problem: 'olderVersion' };
  const parsed = classroomRecordSchema.safeParse(data);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false, problem: 'unreadable' };
}

/** Every team id the record mentions (phase, done, notes, attribution) is one of its teams. */
function namesKnownActors(record: ClassroomRecord): boolean {
  const teams = new Set(record.setup.teams.map((t) => t.id));
  const phase = record.phase;
  const phaseTeam = phase.kind === 'handoff' || phase.kind === 'turn' ? [phase.team] : [];
  return (
    [...phaseTeam, ...record.done, ...record.notes.map((n) => n.team)].every((id) =>
      teams.has(id),
    ) && record.attribution.every((id) => id === FACILITATOR || teams.has(id))
  );
}

/**
 * Rebuild a session from a record: checks the content fingerprint and setup, replays the core
 * log from the seed (an illegal log is refused) and restores phase, notes and the rest.
 */
export function restoreClassroom(content: Content, record: ClassroomRecord): DecodedClassroom {
  if (record.content !== contentFingerprint(content)) return { ok: false, problem: 'otherContent' };
  const scenario = scenarioOf(content, record.setup.scenario);
  if (!scenario) return { ok: false, problem: 'unknownScenario' };
  if (validateSetup(record.setup, scenario).length > 0) {
    return { ok: false, problem: 'invalidSetup' };
  }
  if (record.attribution.length !== record.log.length) {
    return { ok: false, problem: 'replayFailed' };
  }
  if (!namesKnownActors(record)) return { ok: false, problem: 'unreadable' };
  let game;
  try {
    game = replay(content, scenario.id, record.setup.seed, record.log, scenario.roles).state;
  } catch {
    return { ok: false, problem: 'replayFailed' };
  }
  return {
    ok: true,
    state: {
      setup: record.setup,
      ...derivedParts(scenario, record.setup),
      game,
      attribution: record.attribution,
      phase: record.phase,
      paused: record.paused,
      riskHidden: record.riskHidden,
      done: record.done,
      timer: record.timer,
      notes: record.notes,
      discussions: record.discussions,
    },
  };
}
