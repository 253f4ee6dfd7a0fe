import { describe, expect, it } from 'vitest';
import { balanceOf } from '../../../content/scenarioBalance.ts';
import { type ScenarioFile, exportScenario } from '../../../content/scenarioFile.ts';
import { projectBase } from '../../../tools/scenario-report.ts';
import { createBalanceMeasurer } from './balanceMeasurer.ts';
import { type BalanceStage, PREVIEW_SEEDS, balanceStages } from './balanceStages.ts';

const base = projectBase();

function exported(id: string): ScenarioFile {
  const file = exportScenario(base, id);
  if (!file) throw new Error(`no scenario ${id}`);
  return file;
}

/** The stages a run reports, once it ends (the last stage, or a failure). */
function stagesOf(
  measure: (listener: { stage: (s: BalanceStage) => void; failed: () => void }) => void,
): Promise<BalanceStage[] | 'failed'> {
  const stages: BalanceStage[] = [];
  return new Promise((resolve) => {
    measure({
      stage: (stage) => {
        stages.push(stage);
        if (stage.final) resolve(stages);
      },
      failed: () => {
        resolve('failed');
      },
    });
  });
}

/** A worker that never loads: it fires `error` once listened to, like a script the CSP blocks. */
class BrokenWorker extends EventTarget {
  terminated = false;
  postMessage(): void {
    setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('balance stages', () => {
  it('answer quickly, then with the figures of scenario:check', () => {
    const file = exported('tutorial');
    const answers = [...balanceStages(base.content, file)].filter((s) => s !== undefined);
    expect(answers.map((s) => [s.seeds, s.final])).toEqual([
      [PREVIEW_SEEDS[0], false],
      [500, true],
    ]);
    expect(answers[0]?.balance).toEqual(balanceOf(base, file, PREVIEW_SEEDS[0]));
    expect(answers[1]?.balance).toEqual(balanceOf(base, file, 500));
  });

  it('pause after every policy, so a newer scenario waits at most one policy', () => {
    const steps = [...balanceStages(base.content, exported('tutorial'), [10])];
    expect(steps).toHaveLength(4);
    expect(steps.slice(0, 3)).toEqual([undefined, undefined, undefined]);
  });
});

describe('the balance measurer', () => {
  it('measures on the main thread when no worker can start', async () => {
    const measurer = createBalanceMeasurer(base.content, () => {
      throw new Error('no workers here');
    });
    const file = exported('tutorial');
    const stages = await stagesOf((listener) => {
      measurer.measure(file, listener);
    });
    expect(stages).not.toBe('failed');
    expect(stages !== 'failed' && stages.at(-1)?.balance).toEqual(balanceOf(base, file, 500));
  }, 30_000);

  it('falls back to the main thread when the worker fails to load', async () => {
    const worker = new BrokenWorker();
    const measurer = createBalanceMeasurer(base.content, () => worker as unknown as Worker);
    const stages = await stagesOf((listener) => {
      measurer.measure(exported('tutorial'), listener);
    });
    expect(worker.terminated).toBe(true);
    expect(stages !== 'failed' && stages.map((s) => s.seeds)).toEqual([100, 500]);
  }, 30_000);

  it('reports only the newest of two runs', async () => {
    const measurer = createBalanceMeasurer(base.content, () => {
      throw new Error('no workers here');
    });
    const older: BalanceStage[] = [];
    measurer.measure(exported('election'), {
      stage: (stage) => older.push(stage),
      failed: () => undefined,
    });
    const file = exported('tutorial');
    const newer = await stagesOf((listener) => {
      measurer.measure(file, listener);
    });
    expect(older).toEqual([]);
    expect(newer !== 'failed' && newer.at(-1)?.balance).toEqual(balanceOf(base, file, 500));
  }, 30_000);

  it('says when a scenario cannot be measured', async () => {
    const measurer = createBalanceMeasurer(base.content, () => {
      throw new Error('no workers here');
    });
    const file = exported('tutorial');
    // A role the content does not know: the model refuses to compile it.
    const roles = ['nobody'] as unknown as ScenarioFile['scenario']['roles'];
    const broken = { ...file, scenario: { ...file.scenario, roles } };
    const result = await stagesOf((listener) => {
      measurer.measure(broken, listener);
    });
    expect(result).toBe('failed');
  });
});
