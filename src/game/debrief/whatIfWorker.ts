/** Off the main thread: replays a finished game to find its costliest delay. */
import { costliestDelay, type GameState } from '../../core/index.ts';

// The app's lib types `self` as a window; the options form of postMessage fits a worker too.
self.addEventListener('message', (event: MessageEvent<GameState>) => {
  self.postMessage(costliestDelay(event.data), {});
});
