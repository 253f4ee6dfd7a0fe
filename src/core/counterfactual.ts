import type { Content, RoleId } from '../content/schema.ts';
import { compileScenario } from './model.ts';
import { facilitatorMoves } from './schedule.ts';
import { playGame } from './simulate.ts';
import { outcomeOf } from './step.ts';
import type { Action, GameState, Outcome, Stage } from './types.ts';

/** One point of a risk timeline (round 0 = the start). */
export interface TimelinePoint {
  readonly round: number;
  readonly risk: number;
  readonly resilience: number;
  readonly threat: number;
  readonly stage: Stage;
}

/** What would have happened with the same seed, the same facilitator moves and no measures. */
export interface Counterfactual {
  readonly seed: number;
  readonly timeline: readonly TimelinePoint[];
  readonly peakStage: Stage;
  readonly finalStage: Stage;
  readonly outcome: Outcome;
  /** Always 0: the counterfactual takes no measures. */
  readonly measuresTaken: number;
}

/** The risk and stage timeline of a game so far, from its history. */
export function timelineOf(state: GameState): TimelinePoint[] {
  return state.history.map((h) => ({
    round: h.round,
    risk: h.risk,
    resilience: h.resilience,
    threat: h.threat,
    stage: h.stage,
  }));
}

function fromState(state: GameState): Counterfactual {
  return {
    seed: state.seed,
    timeline: timelineOf(state),
    peakStage: state.peakStage,
    finalStage: state.stage,
    outcome: outcomeOf(state.peakStage),
    measuresTaken: state.measures.length,
  };
}

/**
 * The counterfactual of a game: same scenario, seed and roles, no measures. Random draws per round
 * do not depend on what players do, so both runs share the same luck; only prevention differs.
 * A facilitator's moves (triggers brought forward) are kept at the same rounds, so the calendar
 * is the same in both runs: only the players' measures are left out.
 */
export function counterfactual(state: GameState): Counterfactual {
  return fromState(
    playGame(state.model, state.seed, 'none', state.roles, facilitatorMoves(state.log)),
  );
}

/** The counterfactual for a scenario and seed (with the facilitator moves of `log`, if given). */
export function counterfactualFor(
  content: Content,
  scenarioId: string,
  seed: number,
  roles?: readonly RoleId[],
  log: readonly Action[] = [],
): Counterfactual {
  const model = compileScenario(content, scenarioId);
  return fromState(playGame(model, seed, 'none', roles, facilitatorMoves(log)));
}
