import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BALANCE_POLICIES } from '../content/scenarioBalance.ts';
import { exportScenario } from '../content/scenarioFile.ts';
import { ROOT } from './content-dir.ts';
import { checkScenario, projectBase, reasonText } from './scenario-report.ts';

const base = projectBase();
const SEEDS = 20;

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'src/tools', script), ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scenario:check', () => {
  it('passes every built-in scenario, exported, with its balance by policy', () => {
    for (const scenario of base.content.scenarios) {
      const check = checkScenario(JSON.stringify(exportScenario(base, scenario.id)), base, SEEDS);
      expect(check, scenario.id).toMatchObject({ ok: true, errors: [], warnings: [] });
      expect(check.verdict?.findings, scenario.id).toEqual([]);
      expect(Object.keys(check.balance ?? {})).toEqual([...BALANCE_POLICIES]);
      for (const policy of BALANCE_POLICIES) {
        const b = check.balance?.[policy];
        expect(b?.atrocityRate).toBeGreaterThanOrEqual(0);
        expect(b?.avertedRate).toBeLessThanOrEqual(1);
        expect(typeof b?.meanScore).toBe('number');
      }
    }
  }, 30_000);

  it('tells acting early from doing nothing', () => {
    const check = checkScenario(JSON.stringify(exportScenario(base, 'election')), base, SEEDS);
    const balance = check.balance;
    if (!balance) throw new Error('no balance');
    expect(balance.early.avertedRate).toBeGreaterThan(balance.none.avertedRate);
    expect(balance.early.meanScore).toBeGreaterThan(balance.none.meanScore);
  });

  it('words every reason in English, filling in its values', () => {
    const messages = { roundsOutOfRange: 'has {{rounds}}, needs {{minimum}}–{{maximum}}' };
    const reason = {
      code: 'roundsOutOfRange',
      params: { rounds: 3, minimum: 4, maximum: 12 },
    } as const;
    expect(reasonText(reason, messages)).toBe('has 3, needs 4–12');
    const check = checkScenario('{"format":"act-early-scenario","version":7}', base, SEEDS);
    expect(check).toEqual({
      ok: false,
      errors: [
        {
          path: 'version',
          message: 'This file was made in version 7 of the format; this game reads version 1.',
        },
      ],
      warnings: [],
      balance: null,
      verdict: null,
    });
  });

  // Five CLI runs, each loading the content: slow on a busy machine, hence the timeout.
  it('prints JSON and exits 1 for a refused file, 0 for an exported one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-check-'));
    const exported = run('scenario-export.ts', 'tutorial');
    expect(exported.status).toBe(0);
    const good = join(dir, 'tutorial.actearly.json');
    writeFileSync(good, exported.stdout);
    const ok = run('scenario-check.ts', good, '--json', '--seeds', '20');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, errors: [] });

    const bad = join(dir, 'bad.actearly.json');
    writeFileSync(
      bad,
      exported.stdout.replace('"turns": [', '"turns": [{"triggers":[{"id":"meteor"}]},'),
    );
    const refused = run('scenario-check.ts', bad, '--json');
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stdout)).toEqual({
      ok: false,
      errors: [
        { path: 'scenario.turns[0].triggers[0].id', message: 'There is no trigger “meteor”.' },
      ],
      warnings: [],
      balance: null,
      verdict: null,
    });
    const words = run('scenario-check.ts', bad);
    expect(words.status).toBe(1);
    expect(words.stdout).toContain(
      'scenario.turns[0].triggers[0].id: There is no trigger “meteor”.',
    );
    expect(run('scenario-export.ts', 'atlantis').status).toBe(2);
  }, 60_000);
});
