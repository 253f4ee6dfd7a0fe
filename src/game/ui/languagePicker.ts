import { LANGUAGE_STORAGE_KEY, LANGUAGES } from '../../i18n/languages.ts';
import type { GameServices } from '../services.ts';
import { button, el, enableArrowNavigation } from './dom.ts';
import { openGlossary } from './glossary.ts';

/** Switch language at once and remember the choice on this device. The game state is kept. */
export function chooseLanguage(services: GameServices, code: string): void {
  services.storage.setItem(LANGUAGE_STORAGE_KEY, code);
  void services.i18n.changeLanguage(code);
}

function languageButtons(
  current: string | null | undefined,
  choose: (code: string | null) => void,
  offLabel?: string,
): HTMLUListElement {
  const list = el('ul', { className: 'language-list' });
  const options: { code: string | null; name: string }[] = [
    ...(offLabel === undefined ? [] : [{ code: null, name: offLabel }]),
    ...LANGUAGES.map((language) => ({ code: language.code, name: language.nativeName })),
  ];
  for (const option of options) {
    const control = button('language-button', option.name);
    if (option.code) {
      control.lang = option.code;
      control.dir = option.code === 'ar' ? 'rtl' : 'ltr';
    }
    if (option.code === (current ?? null)) control.setAttribute('aria-current', 'true');
    control.addEventListener('click', () => {
      choose(option.code);
    });
    list.append(el('li', {}, [control]));
  }
  enableArrowNavigation(list);
  return list;
}

/**
 * The languages, each named in its own script, with the current one marked; and the second
 * language of the dual-language view (for workshops sharing one projector) and the glossary.
 */
export function openLanguagePicker(services: GameServices): void {
  const t = services.words.ui;
  let close = (): void => undefined;
  const first = languageButtons(services.i18n.resolvedLanguage, (code) => {
    close();
    if (code) chooseLanguage(services, code);
  });
  const second = languageButtons(
    services.preferences.secondLanguage,
    (code) => {
      close();
      void services.setSecondLanguage(code);
    },
    t('language.secondOff'),
  );
  const glossary = button('menu-button secondary-light', t('glossary.open'));
  glossary.addEventListener('click', () => {
    close();
    void openGlossary(services);
  });
  const done = button('menu-button', t('language.close'));
  close = services.ui.modals.dialog(
    'language-heading',
    [
      el('h2', { id: 'language-heading', textContent: t('language.heading') }),
      first,
      el('h3', { textContent: t('language.secondHeading') }),
      el('p', { textContent: t('language.secondHelp') }),
      second,
    ],
    [done, glossary],
  );
  done.addEventListener('click', close);
  first.querySelector<HTMLButtonElement>('[aria-current="true"]')?.focus();
}

/** A header button that opens the language picker; it names the current language natively. */
export function languageButton(services: GameServices): HTMLButtonElement {
  const t = services.words.ui;
  const current = LANGUAGES.find((language) => language.code === services.i18n.resolvedLanguage);
  const control = button('tool-button language-tool', current?.nativeName ?? '');
  control.setAttribute('aria-label', t('language.change', { language: current?.nativeName ?? '' }));
  control.addEventListener('click', () => {
    openLanguagePicker(services);
  });
  return control;
}
