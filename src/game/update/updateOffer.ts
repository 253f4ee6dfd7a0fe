import type { Translator } from '../translator.ts';
import { button, el } from '../ui/dom.ts';
import './update.css';
import { UpdateGate } from './updateGate.ts';

/**
 * The "Reload for the new version" notice, outside the scaled stage so no scene's screen
 * replaces it. `apply` activates the waiting version and reloads the page.
 */
export function mountUpdateOffer(
  words: Translator,
  host: HTMLElement,
  announce: (message: string) => void,
): { gate: UpdateGate; setApply: (apply: () => void) => void } {
  let apply: (() => void) | null = null;
  const message = el('p', { id: 'update-offer-message' });
  const reload = button('update-reload', '', () => {
    reload.disabled = true;
    apply?.();
  });
  const later = button('update-later', '', () => {
    gate.later();
  });
  const offer = el('aside', { className: 'update-offer' }, [
    message,
    el('div', { className: 'update-actions' }, [reload, later]),
  ]);
  offer.setAttribute('aria-labelledby', message.id);
  offer.hidden = true;
  const label = (): void => {
    message.textContent = words.ui('update.ready');
    reload.textContent = words.ui('update.reload');
    later.textContent = words.ui('update.later');
  };
  label();
  words.i18n.on('languageChanged', label);
  host.append(offer);

  const gate = new UpdateGate((visible) => {
    const appearing = visible && offer.hidden;
    offer.hidden = !visible;
    // Said when it appears; focus stays where the player is.
    if (appearing) announce(message.textContent);
  });
  return {
    gate,
    setApply: (next) => {
      apply = next;
    },
  };
}
