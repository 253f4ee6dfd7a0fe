/**
 * The preview's measuring in steps: a quick answer over few seeds, then the full one, with a
 * pause after every policy so that a newer scenario can cancel an older run between steps.
 */
import {
  BALANCE_POLICIES,
  BALANCE_SEEDS,
  type BalancePolicy,
  type PolicyBalance,
  type ScenarioBalance,
  balanceModel,
  policyBalance,
} from '../../../content/scenarioBalance.ts';
import type { ScenarioFile } from '../../../content/scenarioFile.ts';
import type { Content } from '../../../content/schema.ts';

/** Seeds per policy of each answer: a quick one, then the full one of `scenario:check`. */
export const PREVIEW_SEEDS = [100, BALANCE_SEEDS] as const;

/** One answer: the balance over `seeds` seeds per policy; `final` for the last. */
export interface BalanceStage {
  readonly seeds: number;
  readonly balance: ScenarioBalance;
  readonly final: boolean;
}

/** What the worker is sent: the content once, then each scenario to measure (or a cancel). */
export type WorkerRequest =
  | { readonly kind: 'content'; readonly content: Content }
  | { readonly kind: 'measure'; readonly run: number; readonly file: ScenarioFile }
  | { readonly kind: 'cancel'; readonly run: number };

/** What the worker answers: a stage of a run, or that the run failed. */
export type WorkerAnswer =
  | { readonly run: number; readonly stage: BalanceStage }
  | { readonly run: number; readonly failed: true };

/**
 * The steps of measuring a scenario: each `next()` does one policy's games; a step that ends an
 * answer yields it, the others yield undefined.
 */
export function* balanceStages(
  content: Content,
  file: ScenarioFile,
  stages: readonly number[] = PREVIEW_SEEDS,
): Generator<BalanceStage | undefined, void, undefined> {
  const model = balanceModel({ content }, file);
  for (const [index, seeds] of stages.entries()) {
    const figures: Partial<Record<BalancePolicy, PolicyBalance>> = {};
    for (const [p, policy] of BALANCE_POLICIES.entries()) {
      figures[policy] = policyBalance(model, policy, seeds);
      if (p < BALANCE_POLICIES.length - 1) yield undefined;
    }
    yield { seeds, balance: figures as ScenarioBalance, final: index === stages.length - 1 };
  }
}

/** Let other tasks (a newer message, a frame) run before the next step. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

/**
 * Run the steps one task at a time while `current()` holds, handing each answer to `report`;
 * a step that throws ends the run with `failed`.
 */
export async function runStages(
  steps: () => Iterator<BalanceStage | undefined, void, undefined>,
  current: () => boolean,
  report: (stage: BalanceStage) => void,
  failed: () => void,
): Promise<void> {
  try {
    const iterator = steps();
    for (;;) {
      await nextTask();
      if (!current()) return;
      const step = iterator.next();
      if (step.done === true) return;
      if (step.value && current()) report(step.value);
    }
  } catch {
    if (current()) failed();
  }
}
