/** Off the main thread: measures a teacher's scenario for the balance preview. */
import type { Content } from '../../../content/schema.ts';
import {
  type WorkerAnswer,
  type WorkerRequest,
  balanceStages,
  runStages,
} from './balanceStages.ts';

/**
 * Serve requests: the content comes first, once (the game has validated it); each scenario
 * then starts a run that cancels the one before it at its next step.
 */
function serve(): void {
  let content: Content | null = null;
  let latest = 0;
  const answer = (message: WorkerAnswer) => {
    // The app's lib types `self` as a window; the options form of postMessage fits a worker too.
    self.postMessage(message, {});
  };
  self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
    const request = event.data;
    if (request.kind === 'content') {
      content = request.content;
      return;
    }
    if (request.kind === 'cancel') {
      latest = request.run;
      return;
    }
    const { run, file } = request;
    latest = run;
    const measured = content;
    if (!measured) {
      answer({ run, failed: true });
      return;
    }
    void runStages(
      () => balanceStages(measured, file),
      () => latest === run,
      (stage) => {
        answer({ run, stage });
      },
      () => {
        answer({ run, failed: true });
      },
    );
  });
}

serve();
