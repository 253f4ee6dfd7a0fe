export { addPush, causeKey, strongestCause } from './causes.ts';
export type { CausePush, CauseTally } from './causes.ts';
export { counterfactual, counterfactualFor, timelineOf } from './counterfactual.ts';
export type { Counterfactual, TimelinePoint } from './counterfactual.ts';
export { riskIndex, resilienceIndex, stageOf, threatOf, visibilityOf } from './escalation.ts';
export {
  consentMultiplier,
  dependsMultiplier,
  hasTaken,
  inEffect,
  roundBudget,
} from './measures.ts';
export { compileScenario } from './model.ts';
export { POLICIES, POLICY_NAMES, immediateEffect, lastingBenefit } from './policies.ts';
export type { Policy, PolicyName } from './policies.ts';
export { openRng, seedRng } from './rng.ts';
export { countByRound } from './rounds.ts';
export {
  advanceableTriggers,
  facilitatorMoves,
  isFacilitatorAction,
  nextOccurrence,
  scheduledTriggers,
} from './schedule.ts';
export type { FacilitatorMove, NextOccurrence } from './schedule.ts';
export type { Rng, RngState } from './rng.ts';
export { SCORE_DIMENSIONS, earliness, score } from './scoring.ts';
export type { ScoreDimension, ScoreItem, ScoreResult, ScoreSource } from './scoring.ts';
export { clarityOf } from './signs.ts';
export { playGame, policySeed, simulate } from './simulate.ts';
export type { SimulationSummary } from './simulate.ts';
export { createGame, newGame } from './state.ts';
export type { GameOptions } from './state.ts';
export { actionBlocker, legalActions, outcomeOf, replay, roundEvents, step } from './step.ts';
export { triggerPreview } from './triggers.ts';
export type { TriggerImpact, TriggerPreview } from './triggers.ts';
export type { StepResult } from './step.ts';
export type * from './types.ts';
export {
  costliestDelay,
  editedLog,
  firstTakes,
  replayLenient,
  roundsOfLog,
  runSummary,
  unluckySeed,
  whatIf,
} from './whatIf.ts';
export type {
  CostliestDelay,
  FirstTake,
  RunSummary,
  WhatIfEdit,
  WhatIfResult,
  WhatIfRun,
} from './whatIf.ts';
export { labelPlaces, placeAt, riskChart } from './chart.ts';
export type {
  AxisPlace,
  ChartBand,
  ChartLane,
  ChartLine,
  ChartMark,
  ChartPoint,
  ChartSeries,
  ChartTick,
  LegendEntry,
  LegendId,
  RiskChart,
  RiskChartInput,
  RoundCount,
  SeriesId,
} from './chart.ts';
export { MARKER_SHAPES, markerPoints, svgPoints } from './markers.ts';
export type { MarkerPoint, MarkerShape } from './markers.ts';
