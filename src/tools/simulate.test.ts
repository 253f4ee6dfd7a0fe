import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function simulate(...args: string[]): unknown {
  const run = spawnSync(process.execPath, ['src/tools/simulate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

describe('simulate CLI', () => {
  it('lists scenario ids as a JSON array', () => {
    const ids = simulate('--list', '--json');
    expect(Array.isArray(ids)).toBe(true);
    expect((ids as string[]).length).toBeGreaterThan(0);
  });

  it('prints one JSON object with the agreed fields (fields may be added, none renamed)', () => {
    const [id] = simulate('--list', '--json') as string[];
    const report = simulate(
      '--scenario',
      id ?? '',
      '--policy',
      'randomFull',
      '--seeds',
      '20',
      '--first-seed',
      '5',
      '--json',
    ) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(
      [
        'atrocityRate',
        'avertedRate',
        'gamesPerSecond',
        'meanScore',
        'peakStageHistogram',
        'policy',
        'scenario',
        'seeds',
        // Added by the model issue (#15):
        'atMaximum',
        'totalRange',
        'signsSeenRate',
      ].sort(),
    );
    expect(report).toMatchObject({ scenario: id, policy: 'randomFull', seeds: 20 });
    expect(Object.keys(report.atMaximum as object).sort()).toEqual(
      ['cooperation', 'earlyAction', 'inclusion', 'outcome'].sort(),
    );
    expect(Object.keys(report.peakStageHistogram as object)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('fails clearly on an unknown policy', () => {
    const run = spawnSync(
      process.execPath,
      ['src/tools/simulate.ts', '--scenario', 'x', '--policy', 'panic'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown policy "panic"/);
  });
});
