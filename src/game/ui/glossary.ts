import type { GameServices } from '../services.ts';
import { contentText } from '../text.ts';
import { button, el } from './dom.ts';
import { LANGUAGES } from '../../i18n/languages.ts';

/**
 * Key terms side by side in the two chosen languages (the second falls back to English), so a
 * workshop sharing one projector agrees on words: roles, stages, kinds of measure, factors.
 */
export async function openGlossary(services: GameServices): Promise<void> {
  const { i18n, content } = services;
  const t = i18n.t;
  const first = i18n.resolvedLanguage ?? 'en';
  const second = services.preferences.secondLanguage ?? (first === 'en' ? null : 'en');
  if (second) await i18n.loadLanguages(second);
  const keys: string[] = [
    ...(content?.roles.map((role) => role.nameKey) ?? []),
    ...[1, 2, 3, 4, 5].map((stage) => `stage.${String(stage)}.name`),
    ...['structural', 'operational', 'non_recurrence'].map((kind) => `kind.${kind}.name`),
    ...(content?.factors.map((factor) => factor.nameKey) ?? []),
    ...['averted', 'contained', 'atrocity'].map((outcome) => `outcome.${outcome}.name`),
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
      cell('td', contentText(i18n, key), first),
      ...(second ? [cell('td', contentText(i18n, key, 'standard', { lng: second }), second)] : []),
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
