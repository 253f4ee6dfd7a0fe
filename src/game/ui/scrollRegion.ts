const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** How the box is named: its own label, or the id of the heading that names it. */
export type RegionName = { readonly label: string } | { readonly labelledBy: string };

/**
 * A box that scrolls when its text overflows, made reachable by keyboard (WCAG 2.1.1; axe's
 * `scrollable-region-focusable`): while it overflows and holds nothing focusable, it joins the
 * tab order, so arrow keys and Page Down scroll it; when everything fits it leaves the tab order
 * again. It is named, so a screen reader says what the focused box is.
 */
export function keyboardScrollable<T extends HTMLElement>(box: T, name: RegionName): T {
  // A list or a section keeps its own role; a plain box becomes a group, which may be named.
  if (box.tagName === 'DIV') box.setAttribute('role', 'group');
  if ('label' in name) box.setAttribute('aria-label', name.label);
  else box.setAttribute('aria-labelledby', name.labelledBy);
  box.classList.add('scroll-region');
  const update = (): void => {
    const overflows =
      box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
    if (overflows && box.querySelector(FOCUSABLE) === null) box.tabIndex = 0;
    else box.removeAttribute('tabindex');
  };
  const observer = new ResizeObserver(update);
  observer.observe(box);
  for (const child of box.children) observer.observe(child);
  return box;
}
