/** The facilitator console's PIN prompt (asked once per page load: a reload asks again). */
import { pinMatches } from '../../classroom/setup.ts';
import type { ClassroomSetup } from '../../classroom/types.ts';
import type { GameServices } from '../services.ts';
import { button, el } from '../ui/dom.ts';

/** Ask the PIN; `onUnlock` runs once the right one is entered. A wrong PIN says so and stays. */
export function askPin(services: GameServices, setup: ClassroomSetup, onUnlock: () => void): void {
  const w = services.words;
  const input = el('input', { type: 'password', id: 'console-pin' });
  input.inputMode = 'numeric';
  input.autocomplete = 'off';
  const label = el('label', { textContent: w.classroom('console.pinLabel') });
  label.htmlFor = 'console-pin';
  const problem = el('p', { className: 'field-problem', id: 'console-pin-problem' });
  problem.setAttribute('role', 'alert');
  input.setAttribute('aria-describedby', 'console-pin-problem');
  const open = button('menu-button primary', w.classroom('console.pinOpen'));
  const cancel = button('menu-button', w.classroom('console.close'));
  const close = services.ui.modals.dialog(
    'pin-heading',
    [
      el('h2', { id: 'pin-heading', textContent: w.classroom('console.pinHeading') }),
      label,
      input,
      problem,
    ],
    [open, cancel],
  );
  const submit = (): void => {
    if (pinMatches(setup, input.value)) {
      close();
      onUnlock();
    } else {
      problem.textContent = w.classroom('console.pinWrong');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  };
  open.addEventListener('click', submit);
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    // The Enter must not also press the console's first button once it opens.
    event.preventDefault();
    submit();
  });
  cancel.addEventListener('click', close);
}
