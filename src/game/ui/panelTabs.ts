import { button, el } from './dom.ts';

/** One tab of a compact screen's panel switcher. */
export interface PanelTab<P extends string> {
  readonly panel: P;
  readonly label: string;
}

/**
 * Tabs that choose which part of a screen a small (compact) layout shows. Arrow keys move
 * between tabs in reading order; each tab keeps a focus key (`panel-<id>`) so a re-render
 * keeps the player's place.
 */
export function panelTabs<P extends string>(
  label: string,
  tabs: readonly PanelTab<P>[],
  selected: P,
  choose: (panel: P) => void,
): HTMLElement {
  const list = el('div', { className: 'panel-tabs' });
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', label);
  for (const tab of tabs) {
    const control = button('panel-tab', tab.label, () => {
      choose(tab.panel);
    });
    const isSelected = tab.panel === selected;
    control.dataset.focusKey = `panel-${tab.panel}`;
    control.setAttribute('role', 'tab');
    control.setAttribute('aria-selected', String(isSelected));
    control.tabIndex = isSelected ? 0 : -1;
    list.append(control);
  }
  list.addEventListener('keydown', (event) => {
    const forward = document.documentElement.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const step = event.key === forward ? 1 : event.key === backward ? -1 : 0;
    if (step === 0) return;
    const index = tabs.findIndex((tab) => tab.panel === selected);
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (next) choose(next.panel);
    event.preventDefault();
  });
  return list;
}
