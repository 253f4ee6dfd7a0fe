import type { Scenario } from './schema.ts';
import type { ScenarioBalance } from './scenarioBalance.ts';

/**
 * Where a scenario's figures stop teaching its lesson. The built-in scenarios, over 500 seeds:
 * doing nothing ends in atrocity in 94.6–96.4 % of games, acting early averts it in 86.8–88.2 %,
 * acting late in 0 %, random choices in 38.8–41.8 %; the design targets of docs/balance.md are
 * ≥ 80 %, 85–97 %, ≤ 25 % and ≥ 40 points below early. Each threshold sits about half-way
 * between those figures and the broken variants' (0–1 % for a calm or a hopeless crisis), so
 * 100 seeds (±5 points) never move a built-in across it.
 */
export const VERDICT_THRESHOLDS = {
  /** `early` averts in fewer games than this: unwinnable. */
  earlyAvertsAtLeast: 0.6,
  /** `none` ends in atrocity in fewer games than this: trivial. */
  noneAtrocityAtLeast: 0.5,
  /** `early` averts fewer than this many points more than `late`: timing does not matter. */
  earlyOverLate: 0.3,
  /** `early` averts fewer than this many points more than `randomFull`: choices do not matter. */
  earlyOverRandom: 0.2,
  /** `early` scores less than this many times `none`: acting is not rewarded. */
  earlyScoreOverNone: 1.2,
} as const;

/** A setting of the editor a finding suggests changing. */
export type BalanceSetting = 'startingRisk' | 'drift' | 'triggers' | 'rounds' | 'measures';

/** Which way to move a setting: `up` is more risk, drift, trigger intensity, rounds or measures. */
export interface SettingChange {
  readonly setting: BalanceSetting;
  readonly direction: 'up' | 'down';
}

/** One plain-word problem of a scenario's balance, with the figures it rests on (0–1, scores). */
export type BalanceFinding =
  | {
      readonly code: 'unwinnable';
      readonly earlyAverted: number;
      readonly change: readonly SettingChange[];
    }
  | {
      readonly code: 'trivial';
      readonly noneAtrocity: number;
      readonly change: readonly SettingChange[];
    }
  | {
      readonly code: 'timingIrrelevant';
      readonly earlyAverted: number;
      readonly lateAverted: number;
      readonly change: readonly SettingChange[];
    }
  | {
      readonly code: 'choicesIrrelevant';
      readonly earlyAverted: number;
      readonly randomAverted: number;
      readonly change: readonly SettingChange[];
    }
  | {
      readonly code: 'noReward';
      readonly earlyScore: number;
      readonly noneScore: number;
      readonly change: readonly SettingChange[];
    };

/** The code of a finding. */
export type FindingCode = BalanceFinding['code'];

/** Whether a scenario plays well, and why not. */
export interface BalanceVerdict {
  readonly playsWell: boolean;
  readonly findings: readonly BalanceFinding[];
}

/** What the verdict knows of the scenario besides its figures. */
export interface VerdictOptions {
  /**
   * A first game that teaches the moves (difficulty 1, like the tutorial) is calm on purpose:
   * doing nothing ends well, so only `unwinnable` and `noReward` apply to it.
   */
  readonly introductory?: boolean;
}

const up = (setting: BalanceSetting): SettingChange => ({ setting, direction: 'up' });
const down = (setting: BalanceSetting): SettingChange => ({ setting, direction: 'down' });

/**
 * The verdict on a scenario's balance. `trivial` and `unwinnable` leave out the timing and
 * choice findings, which follow from them (nothing to avert, or nothing averts).
 */
export function balanceVerdict(
  balance: ScenarioBalance,
  options: VerdictOptions = {},
): BalanceVerdict {
  const t = VERDICT_THRESHOLDS;
  const { none, early, late, randomFull } = balance;
  const findings: BalanceFinding[] = [];
  const unwinnable = early.avertedRate < t.earlyAvertsAtLeast;
  const trivial = !options.introductory && none.atrocityRate < t.noneAtrocityAtLeast;
  if (unwinnable) {
    findings.push({
      code: 'unwinnable',
      earlyAverted: early.avertedRate,
      change: [down('startingRisk'), down('drift'), down('triggers'), up('measures')],
    });
  }
  if (trivial) {
    findings.push({
      code: 'trivial',
      noneAtrocity: none.atrocityRate,
      change: [up('startingRisk'), up('drift'), up('triggers'), up('rounds')],
    });
  }
  if (!unwinnable && !trivial && !options.introductory) {
    if (early.avertedRate - late.avertedRate < t.earlyOverLate) {
      findings.push({
        code: 'timingIrrelevant',
        earlyAverted: early.avertedRate,
        lateAverted: late.avertedRate,
        change: [up('drift'), up('triggers'), up('rounds')],
      });
    }
    if (early.avertedRate - randomFull.avertedRate < t.earlyOverRandom) {
      findings.push({
        code: 'choicesIrrelevant',
        earlyAverted: early.avertedRate,
        randomAverted: randomFull.avertedRate,
        change: [down('measures'), up('drift'), up('triggers')],
      });
    }
  }
  if (early.meanScore < t.earlyScoreOverNone * none.meanScore) {
    findings.push({
      code: 'noReward',
      earlyScore: early.meanScore,
      noneScore: none.meanScore,
      change: [up('measures'), up('startingRisk'), up('drift')],
    });
  }
  return { playsWell: findings.length === 0, findings };
}

/** The verdict on a scenario's balance; difficulty 1 marks an introductory scenario. */
export function scenarioVerdict(scenario: Scenario, balance: ScenarioBalance): BalanceVerdict {
  return balanceVerdict(balance, { introductory: scenario.difficulty === 1 });
}
