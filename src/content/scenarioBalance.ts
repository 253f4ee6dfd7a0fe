import { compileScenario } from '../core/model.ts';
import type { PolicyName } from '../core/policies.ts';
import { simulate } from '../core/simulate.ts';
import type { ScenarioModel } from '../core/types.ts';
import { type ScenarioBase, type ScenarioFile, contentWithScenario } from './scenarioFile.ts';

/** The policies a scenario's balance is measured with (`scenario:check` and the editor's preview). */
export const BALANCE_POLICIES = [
  'none',
  'early',
  'late',
  'randomFull',
] as const satisfies readonly PolicyName[];
/** One of the balance policies. */
export type BalancePolicy = (typeof BALANCE_POLICIES)[number];
/** Seeds per policy. */
export const BALANCE_SEEDS = 500;

/** How one policy fares: shares of games (0–1) and the mean total score. */
export interface PolicyBalance {
  readonly atrocityRate: number;
  readonly avertedRate: number;
  readonly meanScore: number;
}

/** How each balance policy fares with one scenario. */
export type ScenarioBalance = Readonly<Record<BalancePolicy, PolicyBalance>>;

/** A file's scenario compiled against the content it was decoded with. */
export function balanceModel(
  base: Pick<ScenarioBase, 'content'>,
  file: ScenarioFile,
): ScenarioModel {
  return compileScenario(contentWithScenario(base.content, file.scenario), file.scenario.id);
}

/** How one policy fares with a compiled scenario over seeds 1…`seeds`. */
export function policyBalance(
  model: ScenarioModel,
  policy: BalancePolicy,
  seeds: number,
): PolicyBalance {
  const summary = simulate(model, model.scenarioId, policy, seeds);
  return {
    atrocityRate: summary.atrocityRate,
    avertedRate: summary.avertedRate,
    meanScore: summary.meanScore.total,
  };
}

/** The balance of a decoded file's scenario over `seeds` seeds per policy. */
export function balanceOf(
  base: Pick<ScenarioBase, 'content'>,
  file: ScenarioFile,
  seeds: number,
): ScenarioBalance {
  const model = balanceModel(base, file);
  const entries = BALANCE_POLICIES.map((policy) => [policy, policyBalance(model, policy, seeds)]);
  return Object.fromEntries(entries) as ScenarioBalance;
}
