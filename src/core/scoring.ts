import { atStage } from './escalation.ts';
import { indexOf } from './model.ts';
import type { Measure } from '../content/schema.ts';
import type { GameState, MeasureInstance, RoleId, Stage } from './types.ts';

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

/** Relevance of a measure here: aimed at a main risk, a trigger or early warning (1), else less. */
function aimOf(state: GameState, id: string): number {
  const index = indexOf(state.model);
  return index.aimed.has(id) || index.earlyWarning.has(id) ? 1 : state.model.params.offTargetValue;
}

/** True when two measures act on a common factor in the same direction. */
function shareTarget(a: Measure, b: Measure): boolean {
  for (const x of a.effects) {
    for (const y of b.effects) if (x.factor === y.factor && x.delta * y.delta > 0) return true;
  }
  return false;
}

/**
 * Score a game (finished or not), so that blanket spending does not fill any dimension.
 * Early action: each distinct measure's value × its effectiveness at that stage × earliness ×
 * how well it is aimed (main risks, triggers, early warning), and each warning sign that was seen
 * by how many rounds passed before a listed responder answered it. Outcome: peak and final stage.
 * Inclusion: distinct measures involving civil society, women and youth, by earliness and the
 * capacity they used. Cooperation: synergies realised, and rounds in which national and
 * international actors worked on the same factor, by earliness.
 */
export function score(state: GameState): ScoreResult {
  const p = state.model.params;
  const index = indexOf(state.model);
  const items: ScoreItem[] = [];
  const taken = state.measures.filter((m) => m.status !== 'withdrawn');
  const counted = new Set<string>();

  for (const m of taken) {
    const measure = index.measure.get(m.id);
    if (!measure || counted.has(m.id)) continue;
    counted.add(m.id);
    const e = earliness(state, m.takenRound, m.takenStage);
    const aim = aimOf(state, m.id);
    const effective = Math.min(1, atStage(measure.curve, m.takenStage));
    const points = Math.round(measure.value * effective * e * aim);
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
    const inclusion = Math.round(((measure.inclusion * measure.cost) / 2) * e * aim);
    if (inclusion > 0) {
      items.push({
        dimension: 'inclusion',
        points: inclusion,
        source: { kind: 'inclusion', measure: m.id, uid: m.uid },
      });
    }
  }

  const pairs = new Set<string>();
  for (const m of taken) {
    for (const partner of m.boostedBy) {
      const pair = `${m.id}+${partner}`;
      if (pairs.has(pair)) continue;
      pairs.add(pair);
      const points = Math.round(p.synergyPoints * earliness(state, m.takenRound, m.takenStage));
      if (points > 0) {
        items.push({
          dimension: 'cooperation',
          points,
          source: { kind: 'synergy', measure: m.id, uid: m.uid, with: partner },
        });
      }
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

  // Pillars working together: a national and an international measure on the same factor.
  const rounds = new Map<number, MeasureInstance[]>();
  for (const m of taken) rounds.set(m.takenRound, [...(rounds.get(m.takenRound) ?? []), m]);
  for (const [round, list] of [...rounds].sort((a, b) => a[0] - b[0])) {
    const roles = [...new Set(list.map((m) => m.role))];
    const national = list.filter((m) => index.rolePillar.get(m.role) === 'national');
    const international = list.filter((m) => index.rolePillar.get(m.role) === 'international');
    const together = national.some((a) =>
      international.some((b) => {
        const ma = index.measure.get(a.id);
        const mb = index.measure.get(b.id);
        return ma !== undefined && mb !== undefined && shareTarget(ma, mb);
      }),
    );
    if (!together) continue;
    const stage = list[0]?.takenStage ?? 1;
    const points = Math.round(
      (p.pillarBonus + p.teamworkPerRole * (roles.length - 2)) * earliness(state, round, stage),
    );
    if (points > 0) {
      items.push({
        dimension: 'cooperation',
        points,
        source: { kind: 'teamwork', round, roles, bothPillars: true },
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
