import { button, el } from './dom.ts';
import { keyboardScrollable } from './scrollRegion.ts';

/** How a dialog may be told apart and followed. */
export interface DialogOptions {
  /** A class for the panel beside `modal-panel` (its own layout). */
  readonly panelClass?: string;
  /** Runs once the player closed it (a button, Escape), not when a new screen drops it. */
  readonly onClose?: () => void;
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

/** A full-page view over the game (a printable document), outside the scaled layer. */
export interface PageOptions {
  /** One page of a kind at a time: opening another replaces it and keeps its opener. */
  readonly kind: string;
  /** A class on <html> while it is open (print styles then show only the view). */
  readonly htmlClass: string;
  /** Who opened it (by default what has focus now); focus returns there. */
  readonly opener?: HTMLElement | null;
  /** Gets focus once the view is in the page. */
  readonly focus: () => HTMLElement | null;
  /** Where focus goes back to on closing (by default the opener, if still in the page). */
  readonly restoreFocus?: (opener: HTMLElement | null) => void;
  /** Runs once it has closed, however it closed. */
  readonly onClose?: () => void;
}

/** An open page: close it, returning focus or not. */
export interface OpenPage {
  close(returnFocus: boolean): void;
}

interface Open {
  readonly kind: string;
  readonly element: HTMLElement;
  readonly opener: HTMLElement | null;
  /** Inert state of what it covered, to put back on closing. */
  readonly covered: readonly (readonly [HTMLElement, boolean])[];
  readonly inLayer: boolean;
  readonly onClose: (() => void) | undefined;
}

/** Controls a Tab can reach inside a dialog. */
const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The game's layers a full-page view covers. */
const PAGE_COVERS = ['game', 'ui', 'boot-indicator'];

/**
 * Every dialog of the game, and the one place that knows which are open. A dialog lives inside
 * the scaled UI layer (a native top-layer <dialog> would escape the stage scaling); a page (a
 * printable document) sits outside it at natural size. What they cover is made inert, Tab stays
 * inside, Escape or `close()` ends them and focus returns to the control that opened them.
 */
export class Modals {
  private readonly layer: HTMLElement;
  private readonly open: Open[] = [];

  constructor(layer: HTMLElement) {
    this.layer = layer;
  }

  /** True while a dialog or page is open: screens leave Escape and shortcuts to it. */
  get isOpen(): boolean {
    return this.open.length > 0;
  }

  /**
   * Open a dialog labelled by the element with id `labelledBy`. The body scrolls; the actions
   * (`.modal-actions`) stay in view. Returns its `close`.
   */
  dialog(
    labelledBy: string,
    content: HTMLElement[],
    actions: HTMLElement[],
    options: DialogOptions = {},
  ): () => void {
    const panel = el('div', { className: `modal-panel ${options.panelClass ?? ''}`.trim() }, [
      keyboardScrollable(el('div', { className: 'modal-body' }, content), { labelledBy }),
      el('div', { className: 'modal-actions' }, actions),
    ]);
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'true');
    panel.setAttribute('aria-labelledby', labelledBy);
    const backdrop = el('div', { className: 'modal-backdrop' }, [panel]);
    const covered = [...this.layer.children].filter(
      (child): child is HTMLElement => child instanceof HTMLElement,
    );
    const entry = this.push('dialog', backdrop, covered, true, options.onClose);
    const close = (): void => {
      this.close(entry, true);
    };
    backdrop.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      } else if (event.key === 'Tab') {
        trapTab(panel, event);
      }
    });
    this.layer.append(backdrop);
    panel.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return close;
  }

  /** Ask before something that cannot be undone; `onConfirm` runs only on the confirm button. */
  confirm(id: string, words: ConfirmWords, onConfirm: () => void): void {
    const yes = button('menu-button secondary', words.confirm);
    const no = button('menu-button', words.cancel);
    const close = this.dialog(
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

  /**
   * Show `view` over the whole game. Escape anywhere closes it (focus may have left it, e.g.
   * after printing); Tab stays inside it.
   */
  page(view: HTMLElement, options: PageOptions): OpenPage {
    const previous = this.open.find((entry) => entry.kind === options.kind);
    if (previous) this.close(previous, false);
    const covered = PAGE_COVERS.map((id) => document.getElementById(id)).filter(
      (node): node is HTMLElement => node !== null,
    );
    const opener = previous ? previous.opener : options.opener;
    const entry = this.push(options.kind, view, covered, false, options.onClose, opener);
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        handle.close(true);
      } else if (event.key === 'Tab') {
        trapTab(view, event);
      }
    };
    const handle: OpenPage = {
      close: (returnFocus) => {
        if (!this.open.includes(entry)) return;
        document.removeEventListener('keydown', onKey);
        document.documentElement.classList.remove(options.htmlClass);
        this.close(entry, false);
        if (!returnFocus) return;
        if (options.restoreFocus) options.restoreFocus(entry.opener);
        else if (entry.opener?.isConnected) entry.opener.focus();
      },
    };
    document.addEventListener('keydown', onKey);
    document.documentElement.classList.add(options.htmlClass);
    document.body.append(view);
    options.focus()?.focus();
    return handle;
  }

  /** A new screen replaces the layer's content: its dialogs go with it, without a word. */
  dropDialogs(): void {
    for (const entry of this.open.filter((open) => open.inLayer)) {
      this.open.splice(this.open.indexOf(entry), 1);
    }
  }

  private push(
    kind: string,
    element: HTMLElement,
    covers: readonly HTMLElement[],
    inLayer: boolean,
    onClose: (() => void) | undefined,
    opener: HTMLElement | null = document.activeElement instanceof HTMLElement
      ? document.activeElement
      : null,
  ): Open {
    const covered = covers.map((node) => [node, node.inert] as const);
    for (const node of covers) node.inert = true;
    const entry: Open = { kind, element, opener, covered, inLayer, onClose };
    this.open.push(entry);
    return entry;
  }

  private close(entry: Open, returnFocus: boolean): void {
    const at = this.open.indexOf(entry);
    if (at < 0) return;
    this.open.splice(at, 1);
    entry.element.remove();
    for (const [node, inert] of entry.covered) node.inert = inert;
    if (returnFocus && entry.opener?.isConnected) entry.opener.focus();
    entry.onClose?.();
  }
}

/** Keep Tab inside `container`: past the last control comes the first, and back. */
function trapTab(container: HTMLElement, event: KeyboardEvent): void {
  const controls = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
