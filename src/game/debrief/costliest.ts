import { costliestDelay, type CostliestDelay, type GameState } from '../../core/index.ts';

/**
 * The costliest delay of a finished game. It takes a replay per measure and round, often more
 * than a frame, so it runs in a worker; where a worker cannot start, it runs here after a frame.
 */
export function findCostliestDelay(state: GameState): Promise<CostliestDelay | null> {
  const here = (): Promise<CostliestDelay | null> =>
    new Promise((resolve) => {
      setTimeout(() => {
        resolve(costliestDelay(state));
      }, 0);
    });
  let worker: Worker;
  try {
    worker = new Worker(new URL('./whatIfWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return here();
  }
  return new Promise((resolve) => {
    const done = (result: Promise<CostliestDelay | null> | CostliestDelay | null): void => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<CostliestDelay | null>) => {
      done(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done(here());
    };
    worker.postMessage(state);
  });
}
