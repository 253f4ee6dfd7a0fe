import { LANGUAGE_STORAGE_KEY, LANGUAGES } from '../../i18n/languages.ts';
import type { GameServices } from '../services.ts';
import { el, enableArrowNavigation } from './dom.ts';
import { openModal } from './modal.ts';

/** Switch language at once and remember the choice on this device. The game state is kept. */
export function chooseLanguage(services: GameServices, code: string): void {
  window.localStorage.setItem(LANGUAGE_STORAGE_KEY, code);
  void services.i18n.changeLanguage(code);
}

/** The languages, each named in its own script, with the current one marked. */
export function openLanguagePicker(services: GameServices): void {
  const t = services.i18n.t;
  const current = services.i18n.resolvedLanguage;
  const list = el('ul', { className: 'language-list' });
  let close = (): void => undefined;
  for (const language of LANGUAGES) {
    const button = el('button', {
      type: 'button',
      className: 'language-button',
      textContent: language.nativeName,
    });
    button.lang = language.code;
    button.dir = language.code === 'ar' ? 'rtl' : 'ltr';
    if (language.code === current) button.setAttribute('aria-current', 'true');
    button.addEventListener('click', () => {
      close();
      chooseLanguage(services, language.code);
    });
    list.append(el('li', {}, [button]));
  }
  enableArrowNavigation(list);
  const cancel = el('button', {
    type: 'button',
    className: 'menu-button',
    textContent: t('language.close'),
  });
  close = openModal(
    services.ui.root,
    'language-heading',
    [el('h2', { id: 'language-heading', textContent: t('language.heading') }), list],
    [cancel],
  );
  cancel.addEventListener('click', close);
  list.querySelector<HTMLButtonElement>('[aria-current="true"]')?.focus();
}

/** A header button that opens the language picker; it names the current language natively. */
export function languageButton(services: GameServices): HTMLButtonElement {
  const t = services.i18n.t;
  const current = LANGUAGES.find((language) => language.code === services.i18n.resolvedLanguage);
  const button = el('button', {
    type: 'button',
    className: 'tool-button language-tool',
    textContent: current?.nativeName ?? '',
  });
  button.setAttribute('aria-label', t('language.change', { language: current?.nativeName ?? '' }));
  button.addEventListener('click', () => {
    openLanguagePicker(services);
  });
  return button;
}
