import { atStage } from './escalation.ts';
import { indexOf } from './model.ts';
import type { GameState, RoleId, Stage } from './types.ts';

/** The four scoring dimensions. */
export const SCORE_DIMENSIONS = ['earlyAction', 'outcome', 'inclusion', 'cooperation'] as const;
/** A scoring dimension. */
export type ScoreDimension = (typeof SCORE_DIMENSIONS)[number];

/** Where a score item's points come from: an action or an outcome, never click speed. */
export type ScoreSource =
  | {
      readonly kind: 'measure';
      readonly measure: string;
      readonly uid: number;
      readonly round: number;
      readonly stage: Stage;
      /** value × effectiveness at that stage × earliness. */
      readonly earliness: number;
    }
  | {
      readonly kind: 'signResponse';
      readonly sign: string;
      readonly uid: number;
      readonly occurredRound: number;
      readonly measure: string;
      readonly delay: number;
    }
  | { readonly kind: 'peakStage'; readonly stage: Stage }
  | { readonly kind: 'finalStage'; readonly stage: Stage }
  | { readonly kind: 'inclusion'; readonly measure: string; readonly uid: number }
  | {
      readonly kind: 'teamwork';
      readonly round: number;
      readonly roles: readonly RoleId[];
      readonly bothPillars: boolean;
    }
  | {
      readonly kind: 'synergy';
      readonly measure: string;
      readonly uid: number;
      readonly with: string;
    }
  /** Points above the dimension's maximum, taken off so the total stays bounded. */
  | { readonly kind: 'cap'; readonly max: number };

/** One explainable contribution to the score. */
export interface ScoreItem {
  readonly dimension: ScoreDimension;
  readonly points: number;
  readonly source: ScoreSource;
}

/** A score: total, per dimension, maxima and every item that makes it up. */
export interface ScoreResult {
  readonly total: number;
  readonly max: number;
  readonly earlyAction: number;
  readonly outcome: number;
  readonly inclusion: number;
  readonly cooperation: number;
  readonly maxima: Readonly<Record<ScoreDimension, number>>;
  readonly items: readonly ScoreItem[];
}

/** How early a measure came: the stage (stage 1–2 worth several times stage 4) and the round. */
export function earliness(state: GameState, round: number, stage: Stage): number {
  const p = state.model.params;
  const span = Math.max(1, state.model.rounds - 1);
  const byRound = 1 - (p.roundEarliness * (Math.min(round, state.model.rounds) - 1)) / span;
  return atStage(p.stageEarliness, stage) * byRound;
}

/**
 * Score a game (finished or not). Early action: each measure's value × its effectiveness at that
 * stage × earliness, and each warning sign by how many rounds passed before a relevant response.
 * Outcome: peak and final stage. Inclusion: measures involving civil society, women and youth.
 * Cooperation: roles and pillars acting together, and synergies realised.
 */
export function score(state: GameState): ScoreResult {
  const p = state.model.params;
  const index = indexOf(state.model);
  const items: ScoreItem[] = [];
  const taken = state.measures.filter((m) => m.status !== 'withdrawn');

  for (const m of taken) {
    const measure = index.measure.get(m.id);
    if (!measure) continue;
    const e = earliness(state, m.takenRound, m.takenStage);
    const effective = Math.min(1, atStage(measure.curve, m.takenStage));
    const points = Math.round(measure.value * effective * e);
    if (points > 0) {
      items.push({
        dimension: 'earlyAction',
        points,
        source: {
          kind: 'measure',
          measure: m.id,
          uid: m.uid,
          round: m.takenRound,
          stage: m.takenStage,
          earliness: e,
        },
      });
    }
    if (measure.inclusion > 0) {
      items.push({
        dimension: 'inclusion',
        points: measure.inclusion,
        source: { kind: 'inclusion', measure: m.id, uid: m.uid },
      });
    }
    for (const partner of m.boostedBy) {
      items.push({
        dimension: 'cooperation',
        points: p.synergyPoints,
        source: { kind: 'synergy', measure: m.id, uid: m.uid, with: partner },
      });
    }
  }

  for (const sign of state.signs) {
    const def = index.sign.get(sign.id);
    if (!def || !sign.response) continue;
    const points = Math.round(
      def.value * Math.max(0, 1 - sign.response.delay / p.signResponseWindow),
    );
    if (points > 0) {
      items.push({
        dimension: 'earlyAction',
        points,
        source: {
          kind: 'signResponse',
          sign: sign.id,
          uid: sign.uid,
          occurredRound: sign.round,
          measure: sign.response.measure,
          delay: sign.response.delay,
        },
      });
    }
  }

  const rounds = new Map<number, Set<RoleId>>();
  for (const m of taken) {
    const set = rounds.get(m.takenRound) ?? new Set<RoleId>();
    set.add(m.role);
    rounds.set(m.takenRound, set);
  }
  for (const [round, set] of [...rounds].sort((a, b) => a[0] - b[0])) {
    const roles = [...set];
    const pillars = new Set(roles.map((r) => index.rolePillar.get(r)));
    const bothPillars = pillars.size > 1;
    const points = p.teamworkPerRole * (roles.length - 1) + (bothPillars ? p.pillarBonus : 0);
    if (points > 0) {
      items.push({
        dimension: 'cooperation',
        points,
        source: { kind: 'teamwork', round, roles, bothPillars },
      });
    }
  }

  const finalStage = state.stage;
  items.push({
    dimension: 'outcome',
    points: atStage(p.outcomePeak, state.peakStage),
    source: { kind: 'peakStage', stage: state.peakStage },
  });
  items.push({
    dimension: 'outcome',
    points: atStage(p.outcomeFinal, finalStage),
    source: { kind: 'finalStage', stage: finalStage },
  });

  const maxima: Record<ScoreDimension, number> = {
    earlyAction: p.earlyActionMax,
    outcome: Math.max(...p.outcomePeak) + Math.max(...p.outcomeFinal),
    inclusion: p.inclusionMax,
    cooperation: p.cooperationMax,
  };
  const totals: Record<ScoreDimension, number> = {
    earlyAction: 0,
    outcome: 0,
    inclusion: 0,
    cooperation: 0,
  };
  for (const item of items) totals[item.dimension] += item.points;
  for (const dimension of SCORE_DIMENSIONS) {
    const excess = totals[dimension] - maxima[dimension];
    if (excess > 0) {
      items.push({ dimension, points: -excess, source: { kind: 'cap', max: maxima[dimension] } });
      totals[dimension] = maxima[dimension];
    }
  }
  return {
    total: totals.earlyAction + totals.outcome + totals.inclusion + totals.cooperation,
    max: maxima.earlyAction + maxima.outcome + maxima.inclusion + maxima.cooperation,
    ...totals,
    maxima,
    items,
  };
}
