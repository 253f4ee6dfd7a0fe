/** Small typed helper to build DOM for screens without a framework. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'className' | 'id' | 'textContent' | 'type', string>> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** A plain button with its label; pass `onClick` to wire it at once. */
export function button(className: string, label: string, onClick?: () => void): HTMLButtonElement {
  const node = el('button', { type: 'button', className, textContent: label });
  if (onClick) node.addEventListener('click', onClick);
  return node;
}

/** Arrow keys move focus between the buttons of a vertical menu, wrapping around. */
export function enableArrowNavigation(menu: HTMLElement): void {
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...menu.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (buttons.length === 0) return;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = buttons[(current + step + buttons.length) % buttons.length];
    next?.focus();
    event.preventDefault();
  });
}

/** Text with, in the dual-language view, the same text in the second language underneath. */
export function withSecond(
  element: HTMLElement,
  second: { lang: string; text: string } | null,
): HTMLElement {
  if (!second) return element;
  const line = el('span', { className: 'second-line', textContent: second.text });
  line.lang = second.lang;
  line.dir = second.lang === 'ar' ? 'rtl' : 'ltr';
  element.append(line);
  return element;
}
