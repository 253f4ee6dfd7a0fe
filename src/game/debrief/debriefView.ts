import {
  SCORE_DIMENSIONS,
  countByRound,
  counterfactual,
  outcomeOf,
  score,
  timelineOf,
  type Counterfactual,
  type GameState,
  type Outcome,
  type ScoreResult,
  type Stage,
  type TimelinePoint,
} from '../../core/index.ts';
import type { ContentKey } from '../../content/schema.ts';

/** A warning sign that waited too long for an answer, or was never answered. */
export interface MissedWindow {
  readonly sign: string;
  readonly nameKey: ContentKey;
  /** Round from which players could see it. */
  readonly seenFrom: number;
  /** Rounds it waited; null = never answered. */
  readonly waited: number | null;
  /** A measure that would have answered it (for never-answered signs). */
  readonly suggestion: { readonly id: string; readonly nameKey: ContentKey } | null;
}

/** A measure the players used, with the report's words for it. */
export interface UsedMeasure {
  readonly id: string;
  readonly nameKey: ContentKey;
  readonly quoteKey: ContentKey | undefined;
  readonly firstRound: number;
  readonly cites: readonly number[];
}

export interface DebriefView {
  readonly score: ScoreResult;
  readonly dimensions: readonly {
    readonly id: (typeof SCORE_DIMENSIONS)[number];
    readonly points: number;
    readonly max: number;
  }[];
  readonly outcome: Outcome;
  readonly peakStage: Stage;
  readonly player: readonly TimelinePoint[];
  readonly counterfactual: Counterfactual;
  /** Rounds in which measures were taken, with how many. */
  readonly measureMarks: readonly { readonly round: number; readonly count: number }[];
  /** Rounds in which warning signs were detected, with how many. */
  readonly signMarks: readonly { readonly round: number; readonly count: number }[];
  readonly missedWindows: readonly MissedWindow[];
  readonly usedMeasures: readonly UsedMeasure[];
  /** Every stage the crisis reached, for one discussion question each. */
  readonly stagesReached: readonly Stage[];
}

/** An answer this many rounds late or later counts as a missed window. */
export const LATE_RESPONSE = 2;

/** Everything the debrief shows, from the final state; the score is the core's own `score()`. */
export function debriefView(state: GameState): DebriefView {
  const result = score(state);
  const { model } = state;
  const taken = state.measures.filter((m) => m.status !== 'withdrawn');
  const seen = state.signs.filter((sign) => sign.detectedRound !== null);

  // A sign that came back and was never answered is one missed window, not one per occurrence.
  const unanswered = new Set<string>();
  const missedWindows = seen
    .filter((sign) => sign.response === null || sign.response.delay >= LATE_RESPONSE)
    .filter((sign) => {
      if (sign.response !== null) return true;
      if (unanswered.has(sign.id)) return false;
      unanswered.add(sign.id);
      return true;
    })
    .flatMap((sign): MissedWindow[] => {
      // Every sign of a state is in its model; `flatMap` only satisfies the types.
      const definition = model.signs.find((s) => s.id === sign.id);
      if (!definition) return [];
      const missed: MissedWindow = {
        sign: sign.id,
        nameKey: definition.nameKey,
        seenFrom: (sign.detectedRound ?? 0) + 1,
        waited: sign.response?.delay ?? null,
        suggestion:
          sign.response === null
            ? (model.measures.find((m) => m.responds.includes(sign.id)) ?? null)
            : null,
      };
      return [missed];
    });

  const usedMeasures: UsedMeasure[] = [];
  for (const instance of taken) {
    if (usedMeasures.some((used) => used.id === instance.id)) continue;
    const measure = model.measures.find((m) => m.id === instance.id);
    if (!measure) continue;
    usedMeasures.push({
      id: measure.id,
      nameKey: measure.nameKey,
      quoteKey: measure.quoteKey,
      firstRound: instance.takenRound,
      cites: measure.cites,
    });
  }

  const stagesReached = [...new Set(state.history.map((h) => h.stage))].sort((a, b) => a - b);
  return {
    score: result,
    dimensions: SCORE_DIMENSIONS.map((id) => ({ id, points: result[id], max: result.maxima[id] })),
    outcome: outcomeOf(state.peakStage),
    peakStage: state.peakStage,
    player: timelineOf(state),
    counterfactual: counterfactual(state),
    measureMarks: countByRound(taken.map((m) => m.takenRound)),
    signMarks: countByRound(seen.map((sign) => sign.detectedRound ?? 0)),
    missedWindows,
    usedMeasures,
    stagesReached,
  };
}
