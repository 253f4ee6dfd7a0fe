/**
 * Balance report: runs every scenario × policy in-process (the core, no CLI) and writes
 * docs/balance.md with the figures, the targets and the dominance check.
 *   npm run -s balance:report [-- --seeds 1000] [--out docs/balance.md] [--check]
 * With --check it exits with status 1 when a target is missed.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { pathToFileURL } from 'node:url';
import { formatContentError } from '../content/errors.ts';
import type { Content } from '../content/schema.ts';
import { compileScenario } from '../core/model.ts';
import { POLICY_NAMES, type PolicyName } from '../core/policies.ts';
import { SCORE_DIMENSIONS, score } from '../core/scoring.ts';
import { playGame, type SimulationSummary, simulate } from '../core/simulate.ts';
import type { ScenarioModel } from '../core/types.ts';
import { ROOT, loadProjectContent } from './content-dir.ts';

/** The balance targets of the design (DESIGN.md, the model issue #15). */
export const TARGETS = {
  /** `none` reaches stage 5 in this share of seeds: most, not all (the report speaks of risk). */
  noneAtrocity: [0.8, 0.97],
  /** `early` keeps the peak at stage 3 or below in this share: most, not all. */
  earlyAverted: [0.85, 0.97],
  /** `late` (acting only from stage 4) averts in at most this share. */
  lateAvertedMax: 0.25,
  /** `randomFull` (random affordable measures from round 1) averts in at most this share… */
  randomFullAvertedMax: 0.45,
  /** …and `early` averts at least this many points more. */
  earlyOverRandomFull: 0.4,
  /** `offTopic` (spending only on measures aimed at no main risk or trigger) averts at most this. */
  offTopicAvertedMax: 0.3,
  /** `signs` (answering seen signs only) averts at least this many points more than `randomFull`. */
  signsOverRandomFull: 0.15,
  /** Mean total score of `early` ≥ this × that of `late`… */
  earlyOverLateScore: 2,
  /** …and ≥ this × that of `randomFull`. */
  earlyOverRandomFullScore: 1.3,
  /** Dropping one measure changes `early`'s averted rate by less than this… */
  dominanceMax: 0.15,
  /** …and at least `mattersCount` measures change it by at least `mattersMin`. */
  mattersMin: 0.02,
  mattersCount: 3,
  /** No score dimension of `early` is at its maximum in more than this share of seeds. */
  atMaximumMax: 0.5,
  /** `early`'s mean total is at most this share of the maximum score. */
  earlyShareOfMaxMax: 0.9,
} as const;

/**
 * Targets the content does not meet yet, by scenario, in the words of `failures` on the balance
 * test's 200 seeds (the model issue #15 is still open for them). The balance test expects exactly these misses, so a new miss fails
 * it and a fixed one must be struck from this list.
 */
export const OPEN_TARGETS: Readonly<Record<string, readonly string[]>> = {};

/** Scenarios exempt from the none/late/score/random targets (too short for them to mean anything). */
export const EXEMPT_SCENARIOS: readonly string[] = ['tutorial'];

/** The effect of dropping one measure from the `early` policy's options. */
export interface DominanceEntry {
  readonly measure: string;
  readonly avertedRate: number;
  /** avertedRate without the measure − baseline (negative = the measure mattered). */
  readonly delta: number;
}

/** Everything measured for one scenario. */
export interface ScenarioBalance {
  readonly scenario: string;
  readonly rounds: number;
  readonly exempt: boolean;
  readonly policies: Readonly<Record<PolicyName, SimulationSummary>>;
  /** Measures the `early` policy took at least once, each dropped in turn (largest |delta| first). */
  readonly dominance: readonly DominanceEntry[];
  /** Targets missed, in words (empty = all met). */
  readonly failures: readonly string[];
}

/** Measures a policy takes at least once over the seeds. */
export function measuresUsed(
  model: ScenarioModel,
  policy: PolicyName,
  seeds: number,
  firstSeed = 1,
): Set<string> {
  const used = new Set<string>();
  for (let i = 0; i < seeds; i++) {
    for (const m of playGame(model, firstSeed + i, policy).measures) {
      if (m.status !== 'withdrawn') used.add(m.id);
    }
  }
  return used;
}

/** The scenario model without one measure (a fresh object, so the engine re-indexes it). */
export function withoutMeasure(model: ScenarioModel, measure: string): ScenarioModel {
  return { ...model, measures: model.measures.filter((m) => m.id !== measure) };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** Measure one scenario over `seeds` seeds and check it against the targets. */
export function balanceScenario(
  content: Content,
  scenario: string,
  seeds: number,
  options: { readonly dominance?: boolean } = {},
): ScenarioBalance {
  const model = compileScenario(content, scenario);
  const exempt = EXEMPT_SCENARIOS.includes(scenario);
  const policies = Object.fromEntries(
    POLICY_NAMES.map((p) => [p, simulate(model, scenario, p, seeds)]),
  ) as Record<PolicyName, SimulationSummary>;
  const { none, early, late, randomFull, offTopic, signs } = policies;
  const failures: string[] = [];
  const [earlyMin, earlyMax] = TARGETS.earlyAverted;
  if (early.avertedRate < earlyMin) {
    failures.push(`early averts ${pct(early.avertedRate)} (< ${pct(earlyMin)})`);
  }
  if (!exempt) {
    const [noneMin, noneMax] = TARGETS.noneAtrocity;
    if (none.atrocityRate < noneMin || none.atrocityRate > noneMax) {
      failures.push(`none reaches stage 5 in ${pct(none.atrocityRate)} (not 80–97 %)`);
    }
    if (early.avertedRate > earlyMax) {
      failures.push(`early averts ${pct(early.avertedRate)} (> ${pct(earlyMax)}: too certain)`);
    }
    if (late.avertedRate > TARGETS.lateAvertedMax) {
      failures.push(`late averts ${pct(late.avertedRate)} (> 25 %)`);
    }
    if (randomFull.avertedRate > TARGETS.randomFullAvertedMax) {
      failures.push(`randomFull averts ${pct(randomFull.avertedRate)} (> 45 %)`);
    }
    if (early.avertedRate - randomFull.avertedRate < TARGETS.earlyOverRandomFull) {
      failures.push(
        `early averts only ${pct(early.avertedRate - randomFull.avertedRate)} more than randomFull (< 40 points)`,
      );
    }
    if (offTopic.avertedRate > TARGETS.offTopicAvertedMax) {
      failures.push(`offTopic averts ${pct(offTopic.avertedRate)} (> 30 %)`);
    }
    if (signs.avertedRate - randomFull.avertedRate < TARGETS.signsOverRandomFull) {
      failures.push(
        `signs averts ${pct(signs.avertedRate - randomFull.avertedRate)} more than randomFull (< 15 points)`,
      );
    }
    if (early.meanScore.total < TARGETS.earlyOverLateScore * late.meanScore.total) {
      failures.push(
        `early scores ${early.meanScore.total.toFixed(0)}, less than 2 × late (${late.meanScore.total.toFixed(0)})`,
      );
    }
    if (early.meanScore.total < TARGETS.earlyOverRandomFullScore * randomFull.meanScore.total) {
      failures.push(
        `early scores ${early.meanScore.total.toFixed(0)}, less than 1.3 × randomFull (${randomFull.meanScore.total.toFixed(0)})`,
      );
    }
    for (const dimension of SCORE_DIMENSIONS) {
      const share = early.atMaximum[dimension];
      if (share > TARGETS.atMaximumMax) {
        failures.push(`early's ${dimension} is at its maximum in ${pct(share)} of seeds (> 50 %)`);
      }
    }
    if (early.totalRange[0] === early.totalRange[1]) failures.push(`early's totals are all equal`);
    const max = score(playGame(model, 1, 'none')).max;
    if (early.meanScore.total > TARGETS.earlyShareOfMaxMax * max) {
      failures.push(`early's mean total is over 90 % of the maximum ${String(max)}`);
    }
  }
  const dominance: DominanceEntry[] = [];
  if (options.dominance !== false) {
    for (const measure of [...measuresUsed(model, 'early', seeds)].sort()) {
      const avertedRate = simulate(
        withoutMeasure(model, measure),
        scenario,
        'early',
        seeds,
      ).avertedRate;
      dominance.push({ measure, avertedRate, delta: avertedRate - early.avertedRate });
    }
    dominance.sort(
      (a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.measure < b.measure ? -1 : 1),
    );
    const worst = dominance[0];
    if (worst && Math.abs(worst.delta) >= TARGETS.dominanceMax) {
      failures.push(
        `dropping ${worst.measure} changes early's averted rate by ${pct(Math.abs(worst.delta))}`,
      );
    }
    const matters = dominance.filter((d) => Math.abs(d.delta) >= TARGETS.mattersMin).length;
    if (!exempt && matters < TARGETS.mattersCount) {
      failures.push(
        `only ${String(matters)} measures change early's averted rate by ≥ 2 points when dropped (< 3)`,
      );
    }
  }
  return { scenario, rounds: model.rounds, exempt, policies, dominance, failures };
}

/** docs/balance.md from the measured figures. */
export function renderReport(results: readonly ScenarioBalance[], seeds: number): string {
  const lines = [
    '# Balance report',
    '',
    `Generated by \`npm run -s balance:report\` (src/tools/balance-report.ts) from the content in`,
    `\`src/content/data\`: every scenario × policy over ${String(seeds)} seeds (seeds 1–${String(seeds)}), run in-process`,
    'with the core simulation, the same code as `npm run -s simulate`. Do not edit by hand.',
    '',
    '## Targets',
    '',
    'From the model issue (#15): choices must matter, and outcomes are probable, not certain.',
    '',
    '- `none` (no action) reaches stage 5 in 80–97 % of seeds.',
    '- `early` (the sensible early strategy) averts atrocity (peak stage ≤ 3) in 85–97 %.',
    '- `late` (acting only from stage 4 on) averts it in ≤ 25 %.',
    '- `randomFull` (random affordable measures, every role, from round 1, until capacity is spent)',
    '  averts in ≤ 45 %, and `early` averts ≥ 40 points more.',
    "- `offTopic` (spending everything from round 1 on measures aimed at none of the scenario's main",
    '  risk factors or triggers) averts in ≤ 30 %.',
    '- `signs` (acting only on seen, unanswered warning signs, with their listed responders) averts',
    '  ≥ 15 points more than `randomFull`.',
    '- Mean total score of `early` ≥ 2 × `late` and ≥ 1.3 × `randomFull`; for `early`, no score',
    '  dimension is at its maximum in more than 50 % of seeds, its totals are not all equal, and its',
    '  mean is ≤ 90 % of the maximum.',
    '- No single measure is dominant: dropping any one measure that `early` uses changes its averted',
    '  rate by < 15 points, and at least three measures change it by ≥ 2 points.',
    '',
    'The tutorial (4 rounds, one role) is held only to `early` averting and the dominance check: in',
    'four rounds a calm starting country cannot reach stage 5 without action, by design (it teaches',
    'the loop, not a crisis).',
    '',
    '## Results',
    '',
  ];
  for (const r of results) {
    lines.push(
      `### ${r.scenario} (${String(r.rounds)} rounds)${r.exempt ? ' — tutorial, exempt' : ''}`,
      '',
    );
    lines.push(
      '| policy | atrocity (stage 5) | averted (peak ≤ 3) | peak 1/2/3/4/5 | mean total | early action | outcome | inclusion | cooperation | signs seen |',
      '| --- | --: | --: | --- | --: | --: | --: | --: | --: | --: |',
    );
    for (const p of POLICY_NAMES) {
      const s = r.policies[p];
      const h = s.peakStageHistogram;
      lines.push(
        `| ${p} | ${pct(s.atrocityRate)} | ${pct(s.avertedRate)} | ${[h['1'], h['2'], h['3'], h['4'], h['5']].join('/')} | ${s.meanScore.total.toFixed(0)} | ${s.meanScore.earlyAction.toFixed(0)} | ${s.meanScore.outcome.toFixed(0)} | ${s.meanScore.inclusion.toFixed(0)} | ${s.meanScore.cooperation.toFixed(0)} | ${pct(s.signsSeenRate)} |`,
      );
    }
    const early = r.policies.early.meanScore.total;
    const late = r.policies.late.meanScore.total;
    const randomFull = r.policies.randomFull.meanScore.total;
    const atMax = SCORE_DIMENSIONS.map((d) => `${d} ${pct(r.policies.early.atMaximum[d])}`);
    lines.push(
      '',
      `Early ÷ late mean score: ${(early / Math.max(1, late)).toFixed(2)}; early ÷ randomFull: ${(early / Math.max(1, randomFull)).toFixed(2)}.`,
      `Early at each dimension's maximum: ${atMax.join(', ')}; totals ${String(r.policies.early.totalRange[0])}–${String(r.policies.early.totalRange[1])}.`,
    );
    const top = r.dominance.slice(0, 5);
    if (top.length > 0) {
      lines.push(
        `Dominance: ${String(r.dominance.length)} measures used by \`early\`, each dropped in turn; largest changes of its averted rate: ` +
          top
            .map((d) => `${d.measure} ${d.delta >= 0 ? '+' : '−'}${pct(Math.abs(d.delta))}`)
            .join(', ') +
          '.',
      );
    }
    lines.push(
      '',
      r.failures.length === 0
        ? '**All targets met.**'
        : `**Missed (the model issue is open for these):** ${r.failures.join('; ')}.`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: '1000' },
      out: { type: 'string', default: 'docs/balance.md' },
      check: { type: 'boolean', default: false },
      scenario: { type: 'string' },
    },
  });
  const loaded = loadProjectContent();
  if (!loaded.ok) {
    process.stderr.write(`${loaded.errors.map(formatContentError).join('\n')}\n`);
    process.exit(1);
  }
  const seeds = Number(values.seeds);
  const ids = loaded.content.scenarios
    .map((s) => s.id)
    .filter((id) => values.scenario === undefined || id === values.scenario);
  const results = ids.map((id) => {
    const r = balanceScenario(loaded.content, id, seeds);
    process.stderr.write(`${id}: ${r.failures.length === 0 ? 'ok' : r.failures.join('; ')}\n`);
    return r;
  });
  if (values.scenario === undefined) {
    const out = resolve(ROOT, values.out);
    // Formatted as the repository's Prettier check expects.
    const options = (await prettier.resolveConfig(out)) ?? {};
    const text = await prettier.format(renderReport(results, seeds), { ...options, filepath: out });
    writeFileSync(out, text);
  }
  if (values.check && results.some((r) => r.failures.length > 0)) process.exit(1);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
