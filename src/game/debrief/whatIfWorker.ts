/** Off the main thread: replays a finished game to find its costliest delay. */
import { costliestDelay, type GameState } from '../../core/index.ts';

/** The part of a dedicated worker's scope this file uses (the app's lib is the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<GameState>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  scope.postMessage(costliestDelay(event.data));
};
