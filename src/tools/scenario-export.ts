/**
 * Print a built-in scenario as a teacher's scenario file (`.actearly.json`):
 *   npm run -s scenario:export -- <id> > my-crisis.actearly.json
 */
import { exportScenario, scenarioFileText } from '../content/scenarioFile.ts';
import { projectBase } from './scenario-report.ts';

const id = process.argv[2];
const base = projectBase();
const ids = base.content.scenarios.map((s) => s.id);
const file = id === undefined ? undefined : exportScenario(base, id);
if (file === undefined) {
  process.stderr.write(`scenario:export: expected a scenario id (${ids.join(', ')})\n`);
  process.exit(2);
}
process.stdout.write(scenarioFileText(file));
