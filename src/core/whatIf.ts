import type { RoleId } from '../content/schema.ts';
import { newGame } from './state.ts';
import { actionBlocker, outcomeOf, step } from './step.ts';
import type { Action, GameState, Outcome, RejectReason, ScenarioModel, Stage } from './types.ts';

/** A change to one measure of a played game: start it in another round, or take another instead. */
export type WhatIfEdit =
  | { readonly kind: 'move'; readonly measure: string; readonly round: number }
  | { readonly kind: 'swap'; readonly measure: string; readonly with: string };

/** A game replayed with a different log (same seed, roles and luck). */
export interface WhatIfRun {
  readonly state: GameState;
  /** Log positions of actions that were no longer possible in the replay, and were left out. */
  readonly skipped: readonly number[];
}

/** The result of an edit: the replayed game, or why the edited action cannot be taken. */
export type WhatIfResult =
  | { readonly ok: true; readonly run: WhatIfRun; readonly log: readonly Action[] }
  | { readonly ok: false; readonly reason: RejectReason | 'notTaken' | 'outOfRange' };

/** The round each action of a log was taken in (rounds end with `endRound`). */
export function roundsOfLog(log: readonly Action[]): number[] {
  let round = 1;
  return log.map((action) => {
    const here = round;
    if (action.kind === 'endRound') round++;
    return here;
  });
}

/**
 * Replay `log` from the start with `seed`, leaving out actions that are no longer possible (a
 * measure moved earlier may leave a later one unaffordable). `severity` replaces the seed's own
 * harshness, to ask what the same choices would have done in an average crisis.
 */
export function replayLenient(
  model: ScenarioModel,
  seed: number,
  roles: readonly RoleId[],
  log: readonly Action[],
  severity?: number,
): WhatIfRun {
  return lenient(model, seed, roles, log, severity).run;
}

/** `replayLenient`, also saying why the action at `watch` (if any) was left out. */
function lenient(
  model: ScenarioModel,
  seed: number,
  roles: readonly RoleId[],
  log: readonly Action[],
  severity?: number,
  watch = -1,
): { run: WhatIfRun; refused: RejectReason | null } {
  let state = newGame(model, { seed, roles, severity });
  const skipped: number[] = [];
  let refused: RejectReason | null = null;
  for (const [i, action] of log.entries()) {
    const reason = actionBlocker(state, action);
    if (reason !== null) {
      skipped.push(i);
      if (i === watch) refused = reason;
      continue;
    }
    state = step(state, action).state;
  }
  return { run: { state, skipped }, refused };
}

/** A measure as the players first took it: where in the log, by whom, in which round. */
export interface FirstTake {
  readonly at: number;
  readonly measure: string;
  readonly role: RoleId;
  readonly round: number;
}

/** The first take of each measure in a log, in log order. */
export function firstTakes(log: readonly Action[]): FirstTake[] {
  const rounds = roundsOfLog(log);
  const takes: FirstTake[] = [];
  const seen = new Set<string>();
  log.forEach((action, at) => {
    if (action.kind !== 'takeMeasure' || seen.has(action.measure)) return;
    seen.add(action.measure);
    takes.push({ at, measure: action.measure, role: action.role, round: rounds[at] ?? 1 });
  });
  return takes;
}

/** Where the first take of `measure` sits in the log, or -1. */
function firstTake(log: readonly Action[], measure: string): number {
  return log.findIndex((a) => a.kind === 'takeMeasure' && a.measure === measure);
}

/** Where an action of `role` fits in `round`: before the role's end of turn, or the round's end. */
function slotIn(log: readonly Action[], rounds: readonly number[], round: number, role: RoleId) {
  for (let i = 0; i < log.length; i++) {
    if (rounds[i] !== round) continue;
    const action = log[i];
    if (action?.kind === 'endRound') return i;
    if (action?.kind === 'endTurn' && action.role === role) return i;
  }
  return log.length;
}

/** The log of `state` with `edit` applied, and the position of the edited action; null if none. */
export function editedLog(
  state: GameState,
  edit: WhatIfEdit,
): { log: Action[]; at: number } | { error: 'notTaken' | 'outOfRange' } {
  const log = [...state.log];
  const at = firstTake(log, edit.measure);
  const taken = log[at];
  if (taken?.kind !== 'takeMeasure') return { error: 'notTaken' };
  if (edit.kind === 'swap') {
    log[at] = { kind: 'takeMeasure', role: taken.role, measure: edit.with };
    return { log, at };
  }
  if (edit.round < 1 || edit.round > state.model.rounds) return { error: 'outOfRange' };
  log.splice(at, 1);
  const rounds = roundsOfLog(log);
  const slot = slotIn(log, rounds, edit.round, taken.role);
  log.splice(slot, 0, taken);
  return { log, at: slot };
}

/** Replay `state`'s game with one measure moved or swapped; fails if the edited take is refused. */
export function whatIf(state: GameState, edit: WhatIfEdit): WhatIfResult {
  const edited = editedLog(state, edit);
  if ('error' in edited) return { ok: false, reason: edited.error };
  const { log, at } = edited;
  const { run, refused } = lenient(state.model, state.seed, state.roles, log, undefined, at);
  return refused === null ? { ok: true, run, log } : { ok: false, reason: refused };
}

/** How a game went, in the few numbers the debrief compares. */
export interface RunSummary {
  readonly peakStage: Stage;
  readonly outcome: Outcome;
  /** Highest threat reached (0–100). */
  readonly peakThreat: number;
  /** Sum of the threat over all rounds, a tiebreak: lower means calmer for longer. */
  readonly threatSum: number;
}

/** The numbers of `state` that a replay is compared on. */
export function runSummary(state: GameState): RunSummary {
  let peakThreat = 0;
  let threatSum = 0;
  for (const record of state.history) {
    peakThreat = Math.max(peakThreat, record.threat);
    threatSum += record.threat;
  }
  return { peakStage: state.peakStage, outcome: outcomeOf(state.peakStage), peakThreat, threatSum };
}

/** The earlier start of one measure that would have helped most. */
export interface CostliestDelay {
  readonly measure: string;
  readonly role: RoleId;
  /** The round it was taken in. */
  readonly takenRound: number;
  /** The first round it could have been taken in, with everything else as played. */
  readonly earliestRound: number;
  readonly played: RunSummary;
  readonly earlier: RunSummary;
  /** The replayed game, for its curve. */
  readonly state: GameState;
}

/** Better = lower peak stage, then lower peak threat, then lower threat over the game. */
function gain(played: RunSummary, other: RunSummary): [number, number, number] {
  return [
    played.peakStage - other.peakStage,
    played.peakThreat - other.peakThreat,
    played.threatSum - other.threatSum,
  ];
}

/** Worth telling a player: a lower peak stage, or a peak at least a point lower on the chart. */
function meaningful(g: readonly number[]): boolean {
  return (g[0] ?? 0) > 0 || (g[1] ?? 0) >= MIN_THREAT_GAIN;
}

/** The smallest fall in peak threat (0–100) that the debrief reports as a costlier delay. */
export const MIN_THREAT_GAIN = 1;

function better(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}

/**
 * For each measure the players took after round 1, replay the game with it taken in the first
 * round it could have been (same luck, everything else as played), and return the one whose
 * earlier start would have helped most; null if none would have lowered the peak stage, or the
 * peak threat by at least `MIN_THREAT_GAIN`.
 */
export function costliestDelay(state: GameState): CostliestDelay | null {
  const played = runSummary(state);
  let best: CostliestDelay | null = null;
  let bestGain: number[] = [0, 0, 0];
  for (const take of firstTakes(state.log)) {
    for (let round = 1; round < take.round; round++) {
      const result = whatIf(state, { kind: 'move', measure: take.measure, round });
      if (!result.ok) continue;
      const earlier = runSummary(result.run.state);
      const g = gain(played, earlier);
      if (meaningful(g) && better(g, bestGain)) {
        bestGain = g;
        best = {
          measure: take.measure,
          role: take.role,
          takenRound: take.round,
          earliestRound: round,
          played,
          earlier,
          state: result.run.state,
        };
      }
      break;
    }
  }
  return best;
}

/**
 * Whether bad luck, not choices, decided the game: the crisis was harsher than most (severity in
 * the top quarter of its range) and the same choices in an average crisis would have averted it.
 */
export function unluckySeed(state: GameState): boolean {
  const spread = state.model.params.severitySpread;
  if (outcomeOf(state.peakStage) === 'averted' || spread <= 0) return false;
  if (state.severity < 1 + spread / 2) return false;
  const average = replayLenient(state.model, state.seed, state.roles, state.log, 1);
  return outcomeOf(average.state.peakStage) === 'averted';
}
