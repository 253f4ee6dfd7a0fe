/**
 * Property-based fuzzing (fast-check) of every decoder of the game: saves, settings, classroom
 * records (import and store) and the classroom server's client messages. Interface:
 *   npm run -s fuzz -- --json [--cases <n per decoder, default 100000>] [--seed <k>] [--only <name>]
 * prints `{ "<decoder>": { cases, accepted, refused, crashes, unclear, notKeptAside } }` and
 * exits 1 if any decoder crashed, refused without a translated reason, or lost a stored input.
 */
import { parseArgs } from 'node:util';
import { decoderTable } from './fuzz/decoders.ts';
import { fuzzDecoder, type Figures } from './fuzz/run.ts';
import { projectBase } from './scenario-report.ts';

function main(): number {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      cases: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '20' },
      only: { type: 'string' },
    },
  });
  const cases = Number(values.cases);
  const seed = Number(values.seed);
  if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
    console.error('--cases and --seed take whole numbers (cases ≥ 1)');
    return 2;
  }
  // Exits with the content's problems when the project's content does not load.
  const table = decoderTable(projectBase()).filter(
    (d) => values.only === undefined || d.name === values.only,
  );
  const results: Record<string, Figures> = {};
  let failed = false;
  for (const target of table) {
    const start = performance.now();
    const { figures, examples } = fuzzDecoder(target, cases, seed);
    results[target.name] = figures;
    failed ||= figures.crashes + figures.unclear + figures.notKeptAside > 0;
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    if (!values.json) {
      console.log(`${target.name.padEnd(16)} ${JSON.stringify(figures)} (${seconds} s)`);
    }
    for (const example of examples)
      console.error(`${target.name}: ${example.kind}: ${example.detail}`);
  }
  if (values.json) console.log(JSON.stringify(results, null, 2));
  return failed ? 1 : 0;
}

process.exit(main());
