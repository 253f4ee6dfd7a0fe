/** Labelled form controls of the classroom set-up, and how the form edits the set-up. */
import type { ClassroomSetup } from '../../classroom/types.ts';
import { el } from '../ui/dom.ts';

/** How the form edits the set-up: the screen keeps it and shows what follows from it. */
export interface SetupEditor {
  /** The set-up being edited. */
  readonly current: () => ClassroomSetup;
  /**
   * Replace the set-up. With `rebuild`, the form is built again and the control with that focus
   * key takes focus (for changes that add or remove fields); otherwise only the status updates.
   */
  readonly set: (setup: ClassroomSetup, rebuild?: string) => void;
}

/**
 * A control with its label, an optional hint and a place for its problem, all tied to it by id
 * (`<id>-hint`, `<id>-problem`) so a screen reader reads them with the control.
 */
export function field(label: string, control: HTMLElement, id: string, hint?: string): HTMLElement {
  const caption = el('label', { textContent: label });
  caption.htmlFor = id;
  control.id = id;
  const parts: HTMLElement[] = [caption, control];
  const described = [`${id}-problem`];
  if (hint) {
    parts.push(el('span', { className: 'field-hint', id: `${id}-hint`, textContent: hint }));
    described.push(`${id}-hint`);
  }
  parts.push(el('span', { className: 'field-problem', id: `${id}-problem` }));
  control.setAttribute('aria-describedby', described.join(' '));
  return el('div', { className: 'field' }, parts);
}

/** A select of `options` with `value` chosen; `onChange` gets the new value. */
export function select<T extends string>(
  options: readonly { value: T; label: string }[],
  value: T,
  onChange: (value: T) => void,
): HTMLSelectElement {
  const node = el('select');
  for (const option of options) {
    const item = el('option', { textContent: option.label });
    item.value = option.value;
    item.selected = option.value === value;
    node.append(item);
  }
  node.addEventListener('change', () => {
    onChange(node.value as T);
  });
  return node;
}
