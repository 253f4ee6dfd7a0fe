/**
 * Balancing CLI. Other tooling relies on this exact interface:
 *   npm run -s simulate -- --list --json
 *   npm run -s simulate -- --scenario <id>
 *                          --policy <none|early|late|random|greedy|randomFull|offTopic|signs>
 *                          --seeds <n>
 *                          [--first-seed <k>] --json
 *   npm run -s simulate -- --all [--seeds <n>]          (readable table over everything)
 */
import { parseArgs } from 'node:util';
import { formatContentError } from '../content/errors.ts';
import type { Content } from '../content/schema.ts';
import { compileScenario } from '../core/model.ts';
import { POLICY_NAMES, type PolicyName } from '../core/policies.ts';
import { type SimulationSummary, simulate } from '../core/simulate.ts';
import { loadProjectContent } from './content-dir.ts';

/** A summary with the measured speed. */
export type SimulationReport = SimulationSummary & { readonly gamesPerSecond: number };

/** Simulate and time one scenario × policy. */
export function run(
  content: Content,
  scenario: string,
  policy: PolicyName,
  seeds: number,
  firstSeed: number,
): SimulationReport {
  const model = compileScenario(content, scenario);
  const start = performance.now();
  const summary = simulate(model, scenario, policy, seeds, firstSeed);
  const seconds = (performance.now() - start) / 1000;
  return { ...summary, gamesPerSecond: Math.round(seeds / Math.max(seconds, 1e-9)) };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

function table(reports: readonly SimulationReport[]): string {
  const header = [
    'scenario'.padEnd(24),
    'policy'.padEnd(10),
    'seeds'.padStart(6),
    'atrocity',
    ' averted',
    '  peak 1/2/3/4/5'.padEnd(28),
    'score'.padStart(6),
    ' early',
    ' outc.',
    ' incl.',
    ' coop.',
    '  games/s',
  ].join(' ');
  const rows = reports.map((r) =>
    [
      r.scenario.padEnd(24),
      r.policy.padEnd(10),
      String(r.seeds).padStart(6),
      percent(r.atrocityRate).padStart(8),
      percent(r.avertedRate).padStart(8),
      ['1', '2', '3', '4', '5']
        .map((s) => String(r.peakStageHistogram[s as '1']))
        .join('/')
        .padStart(28),
      r.meanScore.total.toFixed(0).padStart(6),
      r.meanScore.earlyAction.toFixed(0).padStart(6),
      r.meanScore.outcome.toFixed(0).padStart(6),
      r.meanScore.inclusion.toFixed(0).padStart(6),
      r.meanScore.cooperation.toFixed(0).padStart(6),
      String(r.gamesPerSecond).padStart(9),
    ].join(' '),
  );
  return [header, ...rows].join('\n');
}

function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\n`);
  process.exit(2);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      list: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      scenario: { type: 'string' },
      policy: { type: 'string' },
      seeds: { type: 'string', default: '1000' },
      'first-seed': { type: 'string', default: '1' },
    },
  });
  const loaded = loadProjectContent();
  if (!loaded.ok) {
    process.stderr.write(`${loaded.errors.map(formatContentError).join('\n')}\n`);
    process.exit(1);
  }
  const content = loaded.content;
  const ids = content.scenarios.map((s) => s.id);
  if (values.list) {
    process.stdout.write(
      values.json ? `${JSON.stringify(ids)}\n` : `${ids.join('\n')}\n(content: ${loaded.source})\n`,
    );
    return;
  }
  const seeds = Number(values.seeds);
  const firstSeed = Number(values['first-seed']);
  if (!Number.isInteger(seeds) || seeds < 1) fail(`--seeds expects a positive integer`);
  if (!Number.isInteger(firstSeed)) fail(`--first-seed expects an integer`);
  const policy = values.policy;
  if (policy !== undefined && !(POLICY_NAMES as readonly string[]).includes(policy)) {
    fail(`unknown policy "${policy}" (expected ${POLICY_NAMES.join('|')})`);
  }
  if (values.scenario !== undefined && !ids.includes(values.scenario)) {
    fail(`unknown scenario "${values.scenario}" (known: ${ids.join(', ')})`);
  }
  if (!values.all && values.scenario === undefined) {
    fail('expected --list, --all or --scenario <id> (see the header of src/tools/simulate.ts)');
  }
  const scenarios = values.scenario === undefined ? ids : [values.scenario];
  const policies = policy === undefined ? POLICY_NAMES : [policy as PolicyName];
  const reports = scenarios.flatMap((s) =>
    policies.map((p) => run(content, s, p, seeds, firstSeed)),
  );
  if (values.json) {
    const single = reports.length === 1 && values.scenario !== undefined && policy !== undefined;
    process.stdout.write(`${JSON.stringify(single ? reports[0] : reports)}\n`);
    return;
  }
  const source =
    loaded.source === 'data'
      ? 'content: src/content/data'
      : 'content: test fixtures (src/content/data has no scenarios yet)';
  process.stdout.write(`${source}\n${table(reports)}\n`);
}

main();
