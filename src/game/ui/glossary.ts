import type { GameServices } from '../services.ts';
import { MEASURE_KIND_KEYS, OUTCOME_KEYS, STAGE_KEYS } from '../textKeys.ts';
import type { ContentKey } from '../translator.ts';
import { button, el } from './dom.ts';
import { LANGUAGES } from '../../i18n/languages.ts';

/**
 * Key terms side by side in the two chosen languages (the second falls back to English), so a
 * workshop sharing one projector agrees on words: roles, stages, kinds of measure, factors.
 */
export async function openGlossary(services: GameServices): Promise<void> {
  const { i18n, content, words } = services;
  const t = words.ui;
  const first = i18n.resolvedLanguage ?? 'en';
  const second = services.preferences.secondLanguage ?? (first === 'en' ? null : 'en');
  if (second) await i18n.loadLanguages(second);
  const keys: ContentKey[] = [
    ...(content?.roles.map((role) => role.nameKey) ?? []),
    ...Object.values(STAGE_KEYS).map((stage) => stage.name),
    ...Object.values(MEASURE_KIND_KEYS).map((kind) => kind.name),
    ...(content?.factors.map((factor) => factor.nameKey) ?? []),
    ...Object.values(OUTCOME_KEYS),
  ];
  const nameOf = (code: string): string =>
    LANGUAGES.find((language) => language.code === code)?.nativeName ?? code;
  const cell = (tag: 'td' | 'th', text: string, lang: string): HTMLElement => {
    const node = el(tag, { textContent: text });
    node.lang = lang;
    node.dir = lang === 'ar' ? 'rtl' : 'ltr';
    return node;
  };
  const head = el('tr', {}, [
    cell('th', nameOf(first), first),
    ...(second ? [cell('th', nameOf(second), second)] : []),
  ]);
  const rows = keys.map((key) =>
    el('tr', {}, [
      cell('td', words.text(key), first),
      ...(second ? [cell('td', words.text(key, { lng: second }), second)] : []),
    ]),
  );
  const close = button('menu-button', t('glossary.close'));
  const closeModal = services.ui.modals.dialog(
    'glossary-heading',
    [
      el('h2', { id: 'glossary-heading', textContent: t('glossary.heading') }),
      ...(second ? [] : [el('p', { textContent: t('glossary.chooseSecond') })]),
      el('table', { className: 'glossary-table' }, [
        el('thead', {}, [head]),
        el('tbody', {}, rows),
      ]),
    ],
    [close],
  );
  close.addEventListener('click', closeModal);
}
