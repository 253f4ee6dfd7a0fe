import type { Content } from '../../content/schema.ts';
import type { GameServices } from '../services.ts';
import type { Translator } from '../translator.ts';
import { button, el } from './dom.ts';
import './r2p.css';

const PILLARS = [
  { pillar: 1, name: 'r2p.pillar1.name', text: 'r2p.pillar1.text' },
  { pillar: 2, name: 'r2p.pillar2.name', text: 'r2p.pillar2.text' },
  { pillar: 3, name: 'r2p.pillar3.name', text: 'r2p.pillar3.text' },
] as const;

/** The three pillars of the responsibility to protect, each with its World Summit and ¶ references. */
export function pillarList(words: Translator): HTMLElement {
  return el(
    'ol',
    { className: 'pillar-list' },
    PILLARS.map(({ pillar, name, text }) => {
      const item = el('li', {}, [
        el('strong', { textContent: words.text(name) }),
        ' ',
        words.text(text),
      ]);
      item.dataset.pillar = String(pillar);
      return item;
    }),
  );
}

/** How many of each role's measures sit under each pillar, as a table (counted from the content). */
export function rolePillarTable(words: Translator, content: Content): HTMLElement {
  const head = (text: string): HTMLElement => {
    const cell = el('th', { textContent: text });
    cell.scope = 'col';
    return cell;
  };
  const rows = content.roles.map((role) => {
    const name = el('th', { textContent: words.text(role.nameKey) });
    name.scope = 'row';
    const counts = PILLARS.map(({ pillar }) => {
      const count = content.measures.filter((m) => m.role === role.id && m.pillar === pillar);
      return el('td', { textContent: count.length === 0 ? '–' : String(count.length) });
    });
    return el('tr', {}, [name, ...counts]);
  });
  return el('table', { className: 'pillar-table' }, [
    el('caption', { textContent: words.text('r2p.tableCaption') }),
    el('thead', {}, [
      el('tr', {}, [
        head(words.text('r2p.tableRole')),
        ...PILLARS.map(({ pillar }) => head(words.text('r2p.tablePillar', { n: pillar }))),
      ]),
    ]),
    el('tbody', {}, rows),
  ]);
}

/**
 * "What is R2P?": the three pillars (2005 World Summit Outcome ¶138–139), why the report's panel
 * looked at the first two (¶23, ¶30), and where the game's roles sit. One screen, in a modal.
 */
export function openR2pExplainer(services: GameServices): void {
  const { words, content } = services;
  const text = words.text;
  const close = button('menu-button', words.ui('about.close'));
  const closeModal = services.ui.modals.dialog(
    'r2p-heading',
    [
      el('div', { className: 'r2p-explainer' }, [
        el('h2', { id: 'r2p-heading', textContent: words.ui('title.r2p') }),
        el('div', { className: 'r2p-columns' }, [
          el('div', {}, [el('p', { textContent: text('r2p.intro') }), pillarList(words)]),
          el('div', {}, [
            el('p', { textContent: text('r2p.focus') }),
            el('p', { textContent: text('r2p.roles') }),
            ...(content ? [rolePillarTable(words, content)] : []),
          ]),
        ]),
        el('p', { className: 'r2p-sources', textContent: text('r2p.sources') }),
      ]),
    ],
    [close],
  );
  close.addEventListener('click', closeModal);
}

/** A button that opens the explainer (its label is its accessible name). */
export function r2pButton(
  services: GameServices,
  className = 'menu-button secondary',
): HTMLButtonElement {
  const control = button(`${className} r2p-open`, services.words.ui('title.r2p'));
  control.addEventListener('click', () => {
    openR2pExplainer(services);
  });
  return control;
}

/** The ¶29 debate: the criticisms of R2P, balanced, with a question for discussion. */
export function debateSection(words: Translator): HTMLElement {
  return el('section', { className: 'r2p-debate' }, [
    el('h2', { textContent: words.text('debate.heading') }),
    el('p', { textContent: words.text('debate.text') }),
    el('p', { className: 'r2p-question' }, [
      el('strong', { textContent: words.text('debate.question') }),
    ]),
  ]);
}
