import { button, el } from './dom.ts';
import { keyboardScrollable } from './scrollRegion.ts';

/**
 * Open a modal inside the scaled UI layer (a native top-layer <dialog> would escape the stage
 * scaling). The rest of the layer is made inert; Escape or `close()` ends it and focus returns. The body scrolls; the actions stay in view.
 */
export function openModal(
  layer: HTMLElement,
  labelledBy: string,
  content: HTMLElement[],
  actions: HTMLElement[],
): () => void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const others = [...layer.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement,
  );
  const panel = el('div', { className: 'modal-panel' }, [
    keyboardScrollable(el('div', { className: 'modal-body' }, content), { labelledBy }),
    el('div', { className: 'modal-actions' }, actions),
  ]);
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'true');
  panel.setAttribute('aria-labelledby', labelledBy);
  const backdrop = el('div', { className: 'modal-backdrop' }, [panel]);

  const close = (): void => {
    backdrop.remove();
    for (const other of others) other.inert = false;
    opener?.focus();
  };
  backdrop.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  });

  for (const other of others) other.inert = true;
  layer.append(backdrop);
  const firstControl = panel.querySelector<HTMLElement>('button, [href], input, select, textarea');
  firstControl?.focus();
  return close;
}

/** Words of a yes-or-no question (already translated). */
export interface ConfirmWords {
  readonly heading: string;
  readonly body: string;
  /** The button that does it (second, so a stray Enter keeps things as they are). */
  readonly confirm: string;
  /** The button that keeps things as they are (focused first). */
  readonly cancel: string;
}

/** Ask before something that cannot be undone; `onConfirm` runs only on the confirm button. */
export function openConfirm(
  layer: HTMLElement,
  id: string,
  words: ConfirmWords,
  onConfirm: () => void,
): void {
  const yes = button('menu-button secondary', words.confirm);
  const no = button('menu-button', words.cancel);
  const close = openModal(
    layer,
    id,
    [el('h2', { id, textContent: words.heading }), el('p', { textContent: words.body })],
    [no, yes],
  );
  no.addEventListener('click', close);
  yes.addEventListener('click', () => {
    close();
    onConfirm();
  });
}
