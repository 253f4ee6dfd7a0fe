import type { Content, RoleId } from '../content/schema.ts';
import { compileScenario } from './model.ts';
import { POLICIES, type PolicyName } from './policies.ts';
import type { FacilitatorMove } from './schedule.ts';
import { openRng, seedRng } from './rng.ts';
import { SCORE_DIMENSIONS, type ScoreDimension, score } from './scoring.ts';
import { newDraft } from './state.ts';
import { applyInPlace, applyLegal } from './step.ts';
import type { Action, GameState, ScenarioModel, Stage } from './types.ts';

/** Most actions a policy may take for one role in one round. */
const ACTIONS_PER_ROLE = 16;

// Shared by every game's log (actions are read-only).
const END_ROUND: Action = { kind: 'endRound' };

/** Seed of a policy's own generator, kept apart from the game's so choices never shift the world's luck. */
export function policySeed(seed: number): number {
  return (seed ^ 0x5f3759df) | 0;
}

/**
 * Play one whole game with a policy (fast path: one copy, then in-place steps). `facilitator`
 * moves (e.g. triggers brought forward) are applied at the start of their round, before the
 * policy plays, so a policy's game can share a classroom's calendar.
 */
export function playGame(
  model: ScenarioModel,
  seed: number,
  policyName: PolicyName,
  roles?: readonly RoleId[],
  facilitator: readonly FacilitatorMove[] = [],
): GameState {
  const policy = POLICIES[policyName];
  const draft = newDraft(model, { seed, roles });
  const rng = openRng(seedRng(policySeed(seed)));
  while (!draft.finished) {
    for (const move of facilitator) {
      if (move.round === draft.round) applyInPlace(draft, move.action, null);
    }
    if (policyName !== 'none') {
      for (const role of draft.roles) {
        for (let i = 0; i < ACTIONS_PER_ROLE; i++) {
          const action = policy.next(draft, role, rng);
          // The built-in policies only return legal actions (policies.test.ts checks it).
          applyLegal(draft, action, null);
          if (action.kind === 'endTurn' || action.kind === 'endRound') break;
        }
      }
    }
    applyLegal(draft, END_ROUND, null);
  }
  return draft;
}

/** Aggregate results of a policy over many seeds (the CLI adds games per second). */
export interface SimulationSummary {
  readonly scenario: string;
  readonly policy: PolicyName;
  readonly seeds: number;
  /** Share of games that reached stage 5. */
  readonly atrocityRate: number;
  /** Share of games whose peak stage stayed ≤ 3. */
  readonly avertedRate: number;
  readonly peakStageHistogram: Readonly<Record<'1' | '2' | '3' | '4' | '5', number>>;
  readonly meanScore: {
    readonly total: number;
    readonly earlyAction: number;
    readonly outcome: number;
    readonly inclusion: number;
    readonly cooperation: number;
  };
  /** Share of games whose score reached the maximum, per dimension (room to do better). */
  readonly atMaximum: Readonly<Record<ScoreDimension, number>>;
  /** Lowest and highest total score over the seeds. */
  readonly totalRange: readonly [number, number];
  /** Mean share of the signs that occurred which players saw (0–1). */
  readonly signsSeenRate: number;
}

/** Run `seeds` games from `firstSeed` on with a policy and summarise them. */
export function simulate(
  content: Content | ScenarioModel,
  scenarioId: string,
  policy: PolicyName,
  seeds: number,
  firstSeed = 1,
): SimulationSummary {
  const model = 'scenarios' in content ? compileScenario(content, scenarioId) : content;
  const histogram = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  const mean = { total: 0, earlyAction: 0, outcome: 0, inclusion: 0, cooperation: 0 };
  const atMax = { earlyAction: 0, outcome: 0, inclusion: 0, cooperation: 0 };
  let low = Infinity;
  let high = -Infinity;
  let seen = 0;
  for (let i = 0; i < seeds; i++) {
    const state = playGame(model, firstSeed + i, policy);
    histogram[String(state.peakStage) as `${Stage}`]++;
    const s = score(state);
    for (const d of SCORE_DIMENSIONS) if (s[d] >= s.maxima[d]) atMax[d]++;
    low = Math.min(low, s.total);
    high = Math.max(high, s.total);
    const detected = state.signs.filter((sign) => sign.detectedRound !== null).length;
    seen += state.signs.length === 0 ? 1 : detected / state.signs.length;
    mean.total += s.total;
    mean.earlyAction += s.earlyAction;
    mean.outcome += s.outcome;
    mean.inclusion += s.inclusion;
    mean.cooperation += s.cooperation;
  }
  const n = Math.max(1, seeds);
  const round = (x: number) => Math.round((x / n) * 10) / 10;
  return {
    scenario: model.scenarioId,
    policy,
    seeds,
    atrocityRate: histogram['5'] / n,
    avertedRate: (histogram['1'] + histogram['2'] + histogram['3']) / n,
    peakStageHistogram: histogram,
    meanScore: {
      total: round(mean.total),
      earlyAction: round(mean.earlyAction),
      outcome: round(mean.outcome),
      inclusion: round(mean.inclusion),
      cooperation: round(mean.cooperation),
    },
    atMaximum: {
      earlyAction: atMax.earlyAction / n,
      outcome: atMax.outcome / n,
      inclusion: atMax.inclusion / n,
      cooperation: atMax.cooperation / n,
    },
    totalRange: seeds > 0 ? [low, high] : [0, 0],
    signsSeenRate: Math.round((seen / n) * 1000) / 1000,
  };
}
