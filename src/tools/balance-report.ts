/**
 * Balance report: runs every scenario × policy in-process (the core, no CLI) and writes
 * docs/balance.md with the figures, the targets and the dominance check.
 *   npm run -s balance:report [-- --seeds 1000] [--out docs/balance.md] [--check]
 * With --check it exits with status 1 when a target is missed.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { formatContentError } from '../content/errors.ts';
import type { Content } from '../content/schema.ts';
import { compileScenario } from '../core/model.ts';
import { POLICY_NAMES, type PolicyName } from '../core/policies.ts';
import { playGame, type SimulationSummary, simulate } from '../core/simulate.ts';
import type { ScenarioModel } from '../core/types.ts';
import { ROOT, loadProjectContent } from './content-dir.ts';

/** The balance targets of the design (DESIGN.md, the content issue). */
export const TARGETS = {
  /** `none` reaches stage 5 in at least this share of seeds. */
  noneAtrocityMin: 0.8,
  /** `early` keeps the peak at stage 3 or below in at least this share. */
  earlyAvertedMin: 0.85,
  /** `late` (acting only from stage 4) averts in at most this share. */
  lateAvertedMax: 0.35,
  /** Mean total score of `early` ≥ this × that of `late`. */
  earlyOverLateScore: 2,
  /** Dropping one measure changes `early`'s averted rate by less than this. */
  dominanceMax: 0.15,
} as const;

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
  const { none, early, late, random } = policies;
  const failures: string[] = [];
  if (early.avertedRate < TARGETS.earlyAvertedMin) {
    failures.push(`early averts ${pct(early.avertedRate)} (< ${pct(TARGETS.earlyAvertedMin)})`);
  }
  if (!exempt) {
    if (none.atrocityRate < TARGETS.noneAtrocityMin) {
      failures.push(`none reaches stage 5 in ${pct(none.atrocityRate)} (< 80 %)`);
    }
    if (late.avertedRate > TARGETS.lateAvertedMax) {
      failures.push(`late averts ${pct(late.avertedRate)} (> 35 %)`);
    }
    if (early.meanScore.total < TARGETS.earlyOverLateScore * late.meanScore.total) {
      failures.push(
        `early scores ${early.meanScore.total.toFixed(0)}, less than 2 × late (${late.meanScore.total.toFixed(0)})`,
      );
    }
    const between = (x: number, a: number, b: number) => x >= Math.min(a, b) && x <= Math.max(a, b);
    if (!between(random.avertedRate, late.avertedRate, early.avertedRate)) {
      failures.push(
        `random's averted rate ${pct(random.avertedRate)} is not between late and early`,
      );
    }
    if (!between(random.meanScore.total, late.meanScore.total, early.meanScore.total)) {
      failures.push(
        `random's score ${random.meanScore.total.toFixed(0)} is not between late and early`,
      );
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
    '- `none` (no action) reaches stage 5 in ≥ 80 % of seeds.',
    '- `early` (the sensible early strategy) averts atrocity (peak stage ≤ 3) in ≥ 85 %.',
    '- `late` (acting only from stage 4 on) averts it in ≤ 35 %.',
    '- Mean total score of `early` ≥ 2 × that of `late`; `random` sits between `late` and `early`',
    '  (averted rate and mean score).',
    '- No single measure is dominant: dropping any one measure that `early` uses changes its averted',
    '  rate by < 15 points.',
    '',
    `The tutorial (4 rounds, one role) is exempt from the \`none\`, \`late\`, score and \`random\` targets: in`,
    'four rounds a calm starting country cannot reach stage 5 without action, by design (it teaches',
    'the loop, not a crisis). It must still let `early` avert, and it has the dominance check.',
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
      '| policy | atrocity (stage 5) | averted (peak ≤ 3) | peak 1/2/3/4/5 | mean total | early action | outcome | inclusion | cooperation |',
      '| --- | --: | --: | --- | --: | --: | --: | --: | --: |',
    );
    for (const p of POLICY_NAMES) {
      const s = r.policies[p];
      const h = s.peakStageHistogram;
      lines.push(
        `| ${p} | ${pct(s.atrocityRate)} | ${pct(s.avertedRate)} | ${[h['1'], h['2'], h['3'], h['4'], h['5']].join('/')} | ${s.meanScore.total.toFixed(0)} | ${s.meanScore.earlyAction.toFixed(0)} | ${s.meanScore.outcome.toFixed(0)} | ${s.meanScore.inclusion.toFixed(0)} | ${s.meanScore.cooperation.toFixed(0)} |`,
      );
    }
    const early = r.policies.early.meanScore.total;
    const late = r.policies.late.meanScore.total;
    lines.push('', `Early ÷ late mean score: ${(early / Math.max(1, late)).toFixed(2)}.`);
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
      r.failures.length === 0 ? '**All targets met.**' : `**Missed:** ${r.failures.join('; ')}.`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

function main(): void {
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
    writeFileSync(resolve(ROOT, values.out), renderReport(results, seeds));
  }
  if (values.check && results.some((r) => r.failures.length > 0)) process.exit(1);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
