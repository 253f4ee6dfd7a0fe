/**
 * Check a teacher's scenario file. Other tooling relies on this exact interface:
 *   npm run -s scenario:check -- FILE [--json] [--seeds <n>]
 * --json prints { ok, errors: [{ path, message }], warnings: [{ path, message }],
 * balance: { <policy>: { atrocityRate, avertedRate, meanScore } } | null,
 * verdict: { playsWell, findings: [{ code, …figures, change: [{ setting, direction }] }] } | null }
 * (messages in English; finding codes: unwinnable, trivial, timingIrrelevant, choicesIrrelevant,
 * noReward);
 * the exit code is 1 when the file is refused, 2 on a usage error.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BALANCE_POLICIES, BALANCE_SEEDS } from '../content/scenarioBalance.ts';
import { SCENARIO_LIMITS } from '../content/scenarioFile.ts';
import {
  type ScenarioCheck,
  checkScenario,
  projectBase,
  reasonText,
  englishReasons,
} from './scenario-report.ts';

function fail(message: string): never {
  process.stderr.write(`scenario:check: ${message}\n`);
  process.exit(2);
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function summary(file: string, check: ScenarioCheck): string {
  const lines = [
    `${file}: ${check.ok ? 'valid' : `refused (${String(check.errors.length)} problem(s))`}`,
  ];
  for (const e of [...check.errors, ...check.warnings]) {
    lines.push(`  ${e.path === '' ? '(file)' : e.path}: ${e.message}`);
  }
  if (check.balance) {
    lines.push(`balance over ${String(BALANCE_SEEDS)} seeds per policy:`);
    lines.push(
      `  ${'policy'.padEnd(11)}${'atrocity'.padStart(9)}${'averted'.padStart(9)}${'score'.padStart(8)}`,
    );
    for (const policy of BALANCE_POLICIES) {
      const b = check.balance[policy];
      lines.push(
        `  ${policy.padEnd(11)}${percent(b.atrocityRate).padStart(9)}${percent(b.avertedRate).padStart(9)}${b.meanScore.toFixed(0).padStart(8)}`,
      );
    }
  }
  if (check.verdict) {
    const codes = check.verdict.findings.map((f) => f.code);
    lines.push(`verdict: ${check.verdict.playsWell ? 'plays well' : codes.join(', ')}`);
  }
  return lines.join('\n');
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      seeds: { type: 'string', default: String(BALANCE_SEEDS) },
    },
  });
  const [path, ...rest] = positionals;
  if (path === undefined || rest.length > 0)
    fail('expected one FILE (see src/tools/scenario-check.ts)');
  const seeds = Number(values.seeds);
  if (!Number.isInteger(seeds) || seeds < 1) fail('--seeds expects a positive integer');
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    fail(`cannot read "${path}"`);
  }
  const base = projectBase();
  // A file over the limit is refused unread, as the decoder would refuse its text.
  const check =
    size > SCENARIO_LIMITS.bytes
      ? {
          ok: false,
          errors: [
            {
              path: '',
              message: reasonText(
                { code: 'tooLarge', params: { maximum: SCENARIO_LIMITS.bytes } },
                englishReasons(),
              ),
            },
          ],
          warnings: [],
          balance: null,
          verdict: null,
        }
      : checkScenario(readFileSync(path, 'utf8'), base, seeds);
  process.stdout.write(`${values.json ? JSON.stringify(check) : summary(path, check)}\n`);
  process.exitCode = check.ok ? 0 : 1;
}

main();
