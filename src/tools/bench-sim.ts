/**
 * Benchmark (not a test): complete games per second on one core, `randomFull` policy (random
 * affordable measures until capacity is spent), on a 12-round
 * scenario (or the longest one). `npm run bench:sim [-- --seconds 3]`.
 */
import { parseArgs } from 'node:util';
import { formatContentError } from '../content/errors.ts';
import { compileScenario } from '../core/model.ts';
import { playGame } from '../core/simulate.ts';
import { loadProjectContent } from './content-dir.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '3' } } });
const loaded = loadProjectContent();
if (!loaded.ok) {
  process.stderr.write(`${loaded.errors.map(formatContentError).join('\n')}\n`);
  process.exit(1);
}
const scenarios = [...loaded.content.scenarios].sort(
  (a, b) => Math.abs(a.turns.length - 12) - Math.abs(b.turns.length - 12),
);
const scenario = scenarios[0];
if (!scenario) throw new Error('no scenario');
const model = compileScenario(loaded.content, scenario.id);

/** Play games for `budget` ms after a warm-up (JIT); how many, and when the timing started. */
function playFor(budget: number): { games: number; start: number; cpu: NodeJS.CpuUsage } {
  let seed = 1;
  for (let i = 0; i < 2000; i++) playGame(model, seed++, 'randomFull');
  const cpu = process.cpuUsage();
  const start = performance.now();
  let games = 0;
  while (performance.now() - start < budget) {
    for (let i = 0; i < 200; i++) playGame(model, seed++, 'randomFull');
    games += 200;
  }
  return { games, start, cpu };
}
const { games, start, cpu } = playFor(Number(values.seconds) * 1000);
const wall = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
process.stdout.write(
  `bench:sim  scenario ${scenario.id} (${String(scenario.turns.length)} rounds, ${loaded.source}), randomFull policy\n` +
    `  ${String(games)} games in ${wall.toFixed(2)} s wall\n` +
    `  ${String(Math.round(games / wall))} games/s (wall clock)\n` +
    `  ${String(Math.round(games / cpuSeconds))} games/s per CPU second (less sensitive to a busy machine)\n` +
    `  target ≥ 10000 games/s on one core\n`,
);
