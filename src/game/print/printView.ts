import './print.css';
import { LANGUAGES } from '../../i18n/languages.ts';
import type { GameServices } from '../services.ts';
import { button, el } from '../ui/dom.ts';
import { chooseLanguage } from '../ui/languagePicker.ts';
import type { PrintKind } from './kinds.ts';
import { buildRoleCards } from './roleCards.ts';
import { buildTeacherGuide } from './teacherGuide.ts';
import type { Translator } from '../translator.ts';

/** The namespace of the teacher materials; it is loaded here, never at start. */
const GUIDE = 'guide';
/** On <html> while a print view is open: print styles then show only the view. */
const OPEN_CLASS = 'print-view-open';

/** The `guide` text in the current language, loading it first (again after a language switch). */
async function guideText(services: GameServices): Promise<Translator['guide']> {
  await services.i18n.loadNamespaces(GUIDE);
  return services.words.guide;
}

/** Focus goes back to the control that opened the view, or its rebuilt twin after a language switch. */
function restoreFocus(opener: HTMLElement | null): void {
  if (!opener) return;
  if (opener.isConnected) {
    opener.focus();
    return;
  }
  const entry = opener.dataset.entry;
  const twin = entry
    ? document.querySelector<HTMLElement>(`[data-entry="${CSS.escape(entry)}"]`)
    : null;
  twin?.focus();
}

function languageSelect(services: GameServices, g: Translator['guide']): HTMLElement {
  const select = el('select', { id: 'print-language' });
  select.dataset.control = 'language';
  for (const language of LANGUAGES) {
    const option = el('option', { textContent: language.nativeName });
    option.value = language.code;
    option.lang = language.code;
    option.selected = language.code === services.i18n.resolvedLanguage;
    select.append(option);
  }
  select.addEventListener('change', () => {
    chooseLanguage(services, select.value);
  });
  const label = el('label', { className: 'print-language' }, [g('view.language'), select]);
  label.htmlFor = 'print-language';
  return label;
}

/**
 * Show a printable document (role cards or teacher guide) over the game, at natural size and
 * outside the scaled UI layer. Print calls the browser's print window; Close or Escape ends it
 * and focus returns to `opener`. A language switch rebuilds it in the new language. The facilitator
 * console opens it with `openPrintViewLazily` (open.ts), so this module stays out of the start.
 */
export async function openPrintView(
  services: GameServices,
  kind: PrintKind,
  opener: HTMLElement | null = null,
): Promise<void> {
  const { i18n } = services;
  let g = await guideText(services);
  const view = el('div', { className: 'print-view' });
  view.setAttribute('role', 'dialog');
  view.setAttribute('aria-modal', 'true');
  view.setAttribute('aria-labelledby', 'print-heading');
  view.tabIndex = -1;
  const savedTitle = document.title;

  const render = (): void => {
    const focused = document.activeElement;
    const focusedControl =
      focused instanceof HTMLElement && view.contains(focused)
        ? focused.dataset.control
        : undefined;
    view.lang = i18n.resolvedLanguage ?? i18n.language;
    view.dir = i18n.dir();
    const printButton = button('print-button print-primary', g('view.print'), () => {
      window.print();
    });
    printButton.dataset.control = 'print';
    const closeButton = button('print-button', g('view.close'), () => {
      close(true);
    });
    closeButton.dataset.control = 'close';
    const toolbar = el('div', { className: 'print-toolbar' }, [
      el('div', { className: 'print-toolbar-controls' }, [
        printButton,
        closeButton,
        languageSelect(services, g),
      ]),
      el('p', { className: 'print-hint', textContent: g('view.hint') }),
    ]);
    toolbar.setAttribute('role', 'group');
    toolbar.setAttribute('aria-label', g('view.toolbar'));
    const body =
      kind === 'roleCards'
        ? buildRoleCards(services.words, services.content)
        : buildTeacherGuide(services.words, services.content);
    const sheet = el('div', { className: `print-sheet print-${kind}` }, body);
    view.replaceChildren(toolbar, sheet);
    document.title = sheet.querySelector('h1')?.textContent ?? savedTitle;
    const again = focusedControl
      ? view.querySelector<HTMLElement>(`[data-control="${focusedControl}"]`)
      : null;
    (again ?? printButton).focus();
  };

  const onLanguage = (): void => {
    void guideText(services).then((fixed) => {
      g = fixed;
      if (view.isConnected) render();
    });
  };

  const close = (returnFocus: boolean): void => {
    page.close(returnFocus);
  };
  // One view at a time: a second request replaces the first and keeps its opener.
  const page = services.ui.modals.page(view, {
    kind: 'print',
    opener,
    htmlClass: OPEN_CLASS,
    focus: () => null,
    restoreFocus,
    onClose: () => {
      i18n.off('languageChanged', onLanguage);
      document.title = savedTitle;
    },
  });
  i18n.on('languageChanged', onLanguage);
  render();
  view.scrollTop = 0;
}

/** The Title's "Teacher materials": a small modal offering the two print views. */
export async function openMaterialsMenu(services: GameServices): Promise<void> {
  const g = await guideText(services);
  const open = (kind: PrintKind): void => {
    closeMenu();
    void openPrintView(services, kind, document.activeElement as HTMLElement | null);
  };
  const cards = button('menu-button', g('materials.roleCards'), () => {
    open('roleCards');
  });
  cards.disabled = services.content === null;
  const guide = button('menu-button', g('materials.teacherGuide'), () => {
    open('teacherGuide');
  });
  const done = button('menu-button secondary-light', g('materials.close'));
  const closeMenu = services.ui.modals.dialog(
    'materials-heading',
    [
      el('h2', { id: 'materials-heading', textContent: g('materials.heading') }),
      el('p', { textContent: g('materials.body') }),
      el('div', { className: 'materials-choices' }, [cards, guide]),
    ],
    [done],
  );
  done.addEventListener('click', closeMenu);
  if (cards.disabled) guide.focus();
}
