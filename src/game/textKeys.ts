/**
 * Runtime reasons, ids and numbers mapped to i18n keys. Each table is exhaustive over its type
 * (`satisfies Record<…>`) and spells its keys out, so the compiler checks every key against the
 * English locale and i18n:check sees every key in use; no key is built at run time.
 */
import type {
  ClassroomRejectReason,
  Phase,
  RecordProblem,
  SetupProblem,
} from '../classroom/index.ts';
import type { LessonPreset } from '../classroom/types.ts';
import type { JoinProblem } from './room/refusals.ts';
import type { Intensity, MeasureKind, Pillar } from '../content/schema.ts';
import type { Outcome, RejectReason, ScoreDimension, Stage } from '../core/index.ts';
import type { ServerRefusal } from '../server/protocol.ts';
import type { TensionLevel } from './play/tension.ts';
import type { SaveProblem } from './session/save.ts';
import type { ClassroomKey, ContentKey, GuideKey, UiKey } from './translator.ts';

/** Why a card cannot be played (or the game refused an action). */
export const BLOCKER_KEYS = {
  finished: 'blocker.finished',
  roleNotInPlay: 'blocker.roleNotInPlay',
  turnEnded: 'blocker.turnEnded',
  unknownMeasure: 'blocker.unknownMeasure',
  wrongRole: 'blocker.wrongRole',
  insufficientCapacity: 'blocker.insufficientCapacity',
  prerequisiteMissing: 'blocker.prerequisiteMissing',
  alreadyTaken: 'blocker.alreadyTaken',
  notPending: 'blocker.notPending',
  notWithdrawable: 'blocker.notWithdrawable',
  triggerNotScheduled: 'blocker.triggerNotScheduled',
} as const satisfies Record<RejectReason, UiKey>;

/** The stages in order, latent risk first. */
export const STAGES: readonly Stage[] = [1, 2, 3, 4, 5];

/** A stage's name and description (`content` namespace). */
export const STAGE_KEYS = {
  1: { name: 'stage.1.name', description: 'stage.1.description' },
  2: { name: 'stage.2.name', description: 'stage.2.description' },
  3: { name: 'stage.3.name', description: 'stage.3.description' },
  4: { name: 'stage.4.name', description: 'stage.4.description' },
  5: { name: 'stage.5.name', description: 'stage.5.description' },
} as const satisfies Record<Stage, { name: ContentKey; description: ContentKey }>;

/** The content's default discussion question for a stage (a scenario may ask its own). */
export const STAGE_DISCUSSION_KEYS = {
  1: 'discussion.stage1',
  2: 'discussion.stage2',
  3: 'discussion.stage3',
  4: 'discussion.stage4',
  5: 'discussion.stage5',
} as const satisfies Record<Stage, ContentKey>;

/** A measure kind's name and description. */
export const MEASURE_KIND_KEYS = {
  structural: { name: 'kind.structural.name', description: 'kind.structural.description' },
  operational: { name: 'kind.operational.name', description: 'kind.operational.description' },
  non_recurrence: {
    name: 'kind.non_recurrence.name',
    description: 'kind.non_recurrence.description',
  },
} as const satisfies Record<MeasureKind, { name: ContentKey; description: ContentKey }>;

/** An outcome's name. */
export const OUTCOME_KEYS = {
  averted: 'outcome.averted.name',
  contained: 'outcome.contained.name',
  atrocity: 'outcome.atrocity.name',
} as const satisfies Record<Outcome, ContentKey>;

/** The debrief's general line for an outcome (a scenario may have its own). */
export const DEBRIEF_OUTCOME_KEYS = {
  averted: 'debrief.averted',
  contained: 'debrief.contained',
  atrocity: 'debrief.atrocity',
} as const satisfies Record<Outcome, ContentKey>;

const SEVERITY_KEYS = ['severity.1', 'severity.2', 'severity.3'] as const satisfies ContentKey[];

/** A warning sign's severity (1 low … 3 grave) in words, or null outside that range. */
export function severityKey(severity: number): ContentKey | null {
  return SEVERITY_KEYS[severity - 1] ?? null;
}

const DIFFICULTY_KEYS = ['difficulty.1', 'difficulty.2', 'difficulty.3'] as const;

/** A scenario's difficulty (1 introductory … 3 hard) in words; out-of-range levels are clamped. */
export function difficultyKey(level: number): ContentKey {
  return DIFFICULTY_KEYS[Math.min(3, Math.max(1, level)) - 1] ?? DIFFICULTY_KEYS[0];
}

/** How clear a warning sign is, with its percentage. */
export const CONFIDENCE_KEYS = {
  low: 'play.confidence.low',
  medium: 'play.confidence.medium',
  high: 'play.confidence.high',
} as const satisfies Record<'low' | 'medium' | 'high', UiKey>;

/** Why a sign was seen this clearly. */
export const CLARITY_WHY_KEYS = {
  low: 'why.clarity.low',
  medium: 'why.clarity.medium',
  high: 'why.clarity.high',
} as const satisfies Record<'low' | 'medium' | 'high', UiKey>;

/** What a synergy did to a measure. */
export const SYNERGY_KEYS = {
  speed: 'line.synergy.speed',
  strength: 'line.synergy.strength',
} as const satisfies Record<'speed' | 'strength', UiKey>;

/** A result line's tone as an icon (never colour alone). */
export const TONE_ICON_KEYS = {
  worse: 'results.icon.worse',
  better: 'results.icon.better',
  warning: 'results.icon.warning',
  neutral: 'results.icon.neutral',
} as const satisfies Record<'worse' | 'better' | 'warning' | 'neutral', UiKey>;

/** A region's tension on the map. */
export const TENSION_KEYS = {
  calm: 'tension.calm',
  watch: 'tension.watch',
  tense: 'tension.tense',
  critical: 'tension.critical',
} as const satisfies Record<TensionLevel, UiKey>;

/** A score dimension's name. */
export const DIMENSION_KEYS = {
  earlyAction: 'debrief.dimension.earlyAction',
  outcome: 'debrief.dimension.outcome',
  inclusion: 'debrief.dimension.inclusion',
  cooperation: 'debrief.dimension.cooperation',
} as const satisfies Record<ScoreDimension, UiKey>;

/** The debrief's panels, as tabs in the compact layout. */
export const DEBRIEF_PANEL_KEYS = {
  results: 'debrief.panels.results',
  chart: 'debrief.panels.chart',
  missed: 'debrief.panels.missed',
} as const satisfies Record<string, UiKey>;

/** A wording intensity's name. */
export const INTENSITY_KEYS = {
  standard: 'select.intensity.standard',
  gentle: 'select.intensity.gentle',
} as const satisfies Record<Intensity, UiKey>;

/** Why a saved game cannot be continued (`none`: there is no saved game). */
export const SAVE_PROBLEM_KEYS = {
  none: 'save.problem.none',
  unreadable: 'save.problem.unreadable',
  newerVersion: 'save.problem.newerVersion',
  olderVersion: 'save.problem.olderVersion',
  otherContent: 'save.problem.otherContent',
  replayFailed: 'save.problem.replayFailed',
} as const satisfies Record<SaveProblem | 'none', UiKey>;

/** The tool buttons of the situation room, with the shortcut each has in the help. */
export const TOOL_KEYS = {
  help: 'play.help',
  settings: 'play.settings',
  menu: 'play.menu',
} as const satisfies Record<string, UiKey>;

/** The help's list of shortcuts: the keys, and what each does. */
export const SHORTCUT_KEYS = {
  roles: { keys: 'help.keys.roles', does: 'help.does.roles' },
  tab: { keys: 'help.keys.tab', does: 'help.does.tab' },
  enter: { keys: 'help.keys.enter', does: 'help.does.enter' },
  endRound: { keys: 'help.keys.endRound', does: 'help.does.endRound' },
  help: { keys: 'help.keys.help', does: 'help.does.help' },
  menu: { keys: 'help.keys.menu', does: 'help.does.menu' },
} as const satisfies Record<string, { keys: UiKey; does: UiKey }>;

const TEAM_COLOUR_KEYS = [
  'colour.0',
  'colour.1',
  'colour.2',
  'colour.3',
  'colour.4',
  'colour.5',
] as const satisfies ClassroomKey[];

/** A team colour's name (colours are numbered 0–5; others wrap round). */
export function teamColourKey(colour: number): ClassroomKey {
  const n = TEAM_COLOUR_KEYS.length;
  return TEAM_COLOUR_KEYS[((colour % n) + n) % n] ?? TEAM_COLOUR_KEYS[0];
}

/** Why the classroom refused an intent. */
export const CLASSROOM_REJECT_KEYS = {
  sessionEnded: 'play.reject.sessionEnded',
  paused: 'play.reject.paused',
  wrongPhase: 'play.reject.wrongPhase',
  unknownTeam: 'play.reject.unknownTeam',
  notYourTurn: 'play.reject.notYourTurn',
  roleNotYours: 'play.reject.roleNotYours',
  notYourMeasure: 'play.reject.notYourMeasure',
  teamDone: 'play.reject.teamDone',
  noTimer: 'play.reject.noTimer',
  badRound: 'play.reject.badRound',
  core: 'play.reject.core',
} as const satisfies Record<ClassroomRejectReason, ClassroomKey>;

/** Why a saved classroom session cannot be continued. */
export const RECORD_PROBLEM_KEYS = {
  unreadable: 'setup.loadProblem.unreadable',
  newerVersion: 'setup.loadProblem.newerVersion',
  olderVersion: 'setup.loadProblem.olderVersion',
  otherContent: 'setup.loadProblem.otherContent',
  unknownScenario: 'setup.loadProblem.unknownScenario',
  invalidSetup: 'setup.loadProblem.invalidSetup',
  replayFailed: 'setup.loadProblem.replayFailed',
} as const satisfies Record<RecordProblem, ClassroomKey>;

/** Why a class file could not be opened, in words. */
export const CLASS_FILE_PROBLEM_KEYS = {
  unreadable: 'setup.record.unreadable',
  newerVersion: 'setup.record.newerVersion',
  olderVersion: 'setup.record.olderVersion',
  otherContent: 'setup.record.otherContent',
  unknownScenario: 'setup.record.unknownScenario',
  invalidSetup: 'setup.record.invalidSetup',
  replayFailed: 'setup.record.replayFailed',
} as const satisfies Record<RecordProblem, ClassroomKey>;

/**
 * Why a classroom room refused a join, a create or a message (issue #18); the classroom
 * model's own reasons (`unknownTeam`, `teamDone`…) use `CLASSROOM_REJECT_KEYS`.
 */
export const ROOM_REFUSAL_KEYS = {
  invalidOptions: 'room.refusal.invalidOptions',
  roomLocked: 'room.refusal.roomLocked',
  roomFull: 'room.refusal.roomFull',
  nicknameTaken: 'room.refusal.nicknameTaken',
  nicknameEmpty: 'room.refusal.nicknameEmpty',
  nicknameTooLong: 'room.refusal.nicknameTooLong',
  nicknameInvalid: 'room.refusal.nicknameInvalid',
  unknownTeam: 'room.refusal.unknownTeam',
  wrongTeacherKey: 'room.refusal.wrongTeacherKey',
  invalidSetup: 'room.refusal.invalidSetup',
  noFreeCode: 'room.refusal.noFreeCode',
  unknownRoom: 'room.refusal.unknownRoom',
  expired: 'room.refusal.expired',
  unreachable: 'room.refusal.unreachable',
  unknownMessage: 'room.refusal.unknownMessage',
  invalidMessage: 'room.refusal.invalidMessage',
  tooLarge: 'room.refusal.tooLarge',
  rateLimited: 'room.refusal.rateLimited',
  notTeacher: 'room.refusal.notTeacher',
  notStudent: 'room.refusal.notStudent',
  noTeam: 'room.refusal.noTeam',
  hasTeam: 'room.refusal.hasTeam',
  otherTeam: 'room.refusal.otherTeam',
  unknownStudent: 'room.refusal.unknownStudent',
  unknownProposal: 'room.refusal.unknownProposal',
  staleProposals: 'room.refusal.staleProposals',
  tooManyProposals: 'room.refusal.tooManyProposals',
} as const satisfies Record<JoinProblem | ServerRefusal, ClassroomKey>;

/** Where a classroom session is, for the facilitator console. */
export const PHASE_KEYS = {
  handoff: 'console.phase.handoff',
  turn: 'console.phase.turn',
  entry: 'console.phase.entry',
  roundResults: 'console.phase.roundResults',
  discussion: 'console.phase.discussion',
  debrief: 'console.phase.debrief',
  ended: 'console.phase.ended',
} as const satisfies Record<Phase['kind'], ClassroomKey>;

/** What is wrong with a classroom set-up. */
export const SETUP_PROBLEM_KEYS = {
  wrongScenario: 'setup.problem.wrongScenario',
  teamCount: 'setup.problem.teamCount',
  badTeamId: 'setup.problem.badTeamId',
  duplicateTeamId: 'setup.problem.duplicateTeamId',
  emptyName: 'setup.problem.emptyName',
  nameTooLong: 'setup.problem.nameTooLong',
  duplicateName: 'setup.problem.duplicateName',
  badColour: 'setup.problem.badColour',
  duplicateColour: 'setup.problem.duplicateColour',
  noRoles: 'setup.problem.noRoles',
  roleNotInScenario: 'setup.problem.roleNotInScenario',
  roleUnplayed: 'setup.problem.roleUnplayed',
  facilitatorRoleTaken: 'setup.problem.facilitatorRoleTaken',
  badPin: 'setup.problem.badPin',
} as const satisfies Record<SetupProblem['kind'], ClassroomKey>;

/** A lesson preset's name. */
export const LESSON_PRESET_KEYS = {
  min45: 'setup.presetMin45',
  min50: 'setup.presetMin50',
  min90: 'setup.presetMin90',
  untimed: 'setup.presetUntimed',
} as const satisfies Record<LessonPreset, ClassroomKey>;

/** A role's pillar of the responsibility to protect, on its printed card. */
export const PILLAR_KEYS = {
  national: 'cards.pillar.national',
  international: 'cards.pillar.international',
} as const satisfies Record<Pillar, GuideKey>;
