import type { GameServices } from '../services.ts';
import { button, el } from './dom.ts';
import { languageButton } from './languagePicker.ts';

/**
 * A standard screen: heading, a Back button (Escape does the same), body and actions. Returns the
 * body to fill. Escape is ignored while a modal is open, since the modal handles it.
 */
export function buildScreen(
  services: GameServices,
  options: { className: string; heading: string; back: () => void },
): { screen: HTMLElement; body: HTMLElement; actions: HTMLElement } {
  const t = services.words.ui;
  const backButton = button('back-button', t('nav.back'));
  backButton.addEventListener('click', options.back);
  const body = el('div', { className: 'screen-body' });
  const actions = el('div', { className: 'screen-actions' });
  const screen = el('main', { className: `screen framed-screen ${options.className}` }, [
    el('header', { className: 'screen-header' }, [
      backButton,
      el('h1', { className: 'screen-title', textContent: options.heading }),
      el('div', { className: 'header-tools' }, [languageButton(services)]),
    ]),
    body,
    actions,
  ]);
  screen.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (services.ui.modals.isOpen) return;
    event.preventDefault();
    options.back();
  });
  return { screen, body, actions };
}
