/** "Open a class file": continue or replay an exported (or downloaded) session on this device. */
import type { Content } from '../../content/schema.ts';
import { replayClassroomJson } from '../../classroom/export.ts';
import type { RecordProblem } from '../../classroom/record.ts';
import type { ClassroomState } from '../../classroom/state.ts';
import type { GameServices } from '../services.ts';
import { CLASS_FILE_PROBLEM_KEYS } from '../textKeys.ts';
import { button, el } from '../ui/dom.ts';
import { pickTextFile } from '../ui/download.ts';

/**
 * The "Open a class file" button. The file is checked by the classroom record decoder and
 * replayed from its seed; a good one is handed to `opened` (to be saved as a new session, so
 * nothing on this device is replaced), a bad one is explained and changes nothing.
 */
export function openRecordButton(
  services: GameServices,
  content: Content,
  opened: (state: ClassroomState) => void,
): HTMLButtonElement {
  const w = services.words;
  const control = button('tool-button', w.classroom('setup.open'), () => {
    pickTextFile('.json,application/json', (text) => {
      const result = replayClassroomJson(content, text);
      if (result.ok) opened(result.state);
      else explain(services, result.problem);
    });
  });
  control.dataset.focusKey = 'open-record';
  return control;
}

function explain(services: GameServices, problem: RecordProblem): void {
  const w = services.words;
  const closeButton = button('menu-button', w.classroom('setup.openClose'));
  const close = services.ui.modals.dialog(
    'record-problem-heading',
    [
      el('h2', { id: 'record-problem-heading', textContent: w.classroom('setup.openHeading') }),
      el('p', { textContent: w.classroom(CLASS_FILE_PROBLEM_KEYS[problem]) }),
      el('p', { textContent: w.classroom('setup.openUnchanged') }),
    ],
    [closeButton],
  );
  closeButton.addEventListener('click', close);
}
