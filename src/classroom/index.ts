/**
 * The classroom role-play model (issue #8): pure TypeScript, no Phaser, DOM or i18next, so it
 * runs in Node tests. UI scenes drive it with intents and render from its state and effects.
 */
export * from './types.ts';
export {
  characters,
  classroomSetupSchema,
  defaultSetup,
  groupRoles,
  normalisePin,
  pinMatches,
  resizeTeams,
  retargetScenario,
  teamOf,
  teamSetupSchema,
  teamsPlaying,
  unplayedRoles,
  validateSetup,
  withFacilitatorRoles,
} from './setup.ts';
export type { DefaultSetupOptions, ScenarioRoles, SetupProblem } from './setup.ts';
export {
  EXPECTED_STAGE_PAUSES,
  HANDOFF_SECONDS,
  LESSON_PLANS,
  MIN_ROUND_SECONDS,
  MIN_TURN_SECONDS,
  PAUSE_QUESTION_KEYS,
  RESULTS_SECONDS,
  lessonSchedule,
  pauseQuestionKey,
  pauseRounds,
  stageQuestionKey,
} from './presets.ts';
export type { LessonPlan, LessonSchedule } from './presets.ts';
export * from './timer.ts';
export { actBlocker, currentTeam, isPlayPhase, latestRound, measureAuthors } from './state.ts';
export type {
  ClassroomEffect,
  ClassroomIntent,
  ClassroomRejectReason,
  ClassroomState,
  ClassroomStep,
  Discussion,
  Note,
  Phase,
} from './state.ts';
export { cleanNote, createClassroom, reduceClassroom, scenarioOf } from './classroom.ts';
export type { CreateResult } from './classroom.ts';
export { actorSummaries, classroomSummary } from './summary.ts';
export { marksIn, teamMarks } from './chart.ts';
export type { TeamMarks } from './chart.ts';
export type { ActorSummary, ClassroomSummary, TeamMeasure, TeamSignResponse } from './summary.ts';
export { CSV_COLUMNS, classroomCsv, classroomJson, replayClassroomJson } from './export.ts';
export type { ReplayedClassroom } from './export.ts';
export { CSV_BOM, csvField, csvText, toCsv } from './csv.ts';
export {
  CLASSROOM_FORMAT,
  CLASSROOM_FORMAT_VERSION,
  classroomRecordSchema,
  isFinished,
  parseRecord,
  restoreClassroom,
  toRecord,
} from './record.ts';
export type { ClassroomRecord, DecodedClassroom, RecordProblem } from './record.ts';
export { CLASSROOM_ASIDE_PREFIX, CLASSROOM_PREFIX, ClassroomStore } from './store.ts';
export type { ClassroomListing, ClassroomStorage, LoadedClassroom } from './store.ts';
export { submitTeam } from './submit.ts';
export type { TeamPick } from './submit.ts';
