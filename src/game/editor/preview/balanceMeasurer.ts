import type { ScenarioFile } from '../../../content/scenarioFile.ts';
import type { Content } from '../../../content/schema.ts';
import {
  type BalanceStage,
  type WorkerAnswer,
  type WorkerRequest,
  balanceStages,
  runStages,
} from './balanceStages.ts';

/** What a run tells whoever started it. */
export interface MeasureListener {
  readonly stage: (stage: BalanceStage) => void;
  readonly failed: () => void;
}

/** Measures scenarios one at a time: a newer `measure` cancels the run before it. */
export interface BalanceMeasurer {
  measure(file: ScenarioFile, listener: MeasureListener): void;
  /** Cancel the run under way, if any. */
  cancel(): void;
  /** Cancel and release the worker. */
  destroy(): void;
}

/** How to start the worker; a test may pass one that fails. */
export type WorkerFactory = () => Worker;

const balanceWorker: WorkerFactory = () =>
  new Worker(new URL('./balanceWorker.ts', import.meta.url), { type: 'module' });

/**
 * Measure in a Web Worker, which gets the validated content once (the scenario files it is sent
 * then need nothing else: no locale, no decoding). Where a worker cannot start, or fails to
 * load, the same steps run here, one policy per task, so the page stays responsive.
 */
export function createBalanceMeasurer(
  content: Content,
  startWorker: WorkerFactory = balanceWorker,
): BalanceMeasurer {
  let run = 0;
  let current: { readonly file: ScenarioFile; readonly listener: MeasureListener } | null = null;
  let worker: Worker | null = null;

  const here = (ownRun: number, file: ScenarioFile, listener: MeasureListener): void => {
    void runStages(
      () => balanceStages(content, file),
      () => run === ownRun,
      listener.stage,
      listener.failed,
    );
  };

  const post = (request: WorkerRequest): void => {
    worker?.postMessage(request);
  };

  try {
    worker = startWorker();
    worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if (answer.run !== run || !current) return;
      if ('stage' in answer) current.listener.stage(answer.stage);
      else current.listener.failed();
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (!worker) return;
      worker.terminate();
      worker = null;
      if (current) here(run, current.file, current.listener);
    });
    post({ kind: 'content', content });
  } catch {
    worker = null;
  }

  return {
    measure(file, listener) {
      run += 1;
      current = { file, listener };
      if (worker) post({ kind: 'measure', run, file });
      else here(run, file, listener);
    },
    cancel() {
      run += 1;
      current = null;
      post({ kind: 'cancel', run });
    },
    destroy() {
      run += 1;
      current = null;
      worker?.terminate();
      worker = null;
    },
  };
}
