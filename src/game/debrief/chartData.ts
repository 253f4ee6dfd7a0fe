import type { GameState, TimelinePoint } from '../../core/index.ts';
import type { DebriefView } from './debriefView.ts';

/** The numbers the risk chart draws, taken from the state and its debrief view. */
export function riskChartData(state: GameState, view: DebriefView) {
  return {
    rounds: state.model.rounds,
    thresholds: state.model.params.stageThresholds,
    player: view.player,
    counterfactual: view.counterfactual.timeline,
    measureMarks: view.measureMarks,
    signMarks: view.signMarks,
    alternative: null as readonly TimelinePoint[] | null,
  };
}

/** What `riskChartData` gives the chart. */
export type RiskChartData = ReturnType<typeof riskChartData>;
