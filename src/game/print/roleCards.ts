import type { TFunction } from 'i18next';
import type { Content, Measure, Role } from '../../content/schema.ts';
import type { GameServices } from '../services.ts';
import { contentText, formatNumber } from '../text.ts';
import { el } from '../ui/dom.ts';

/**
 * Paragraphs of the report as the game writes them everywhere (¶10, ¶42), kept left to right in
 * right-to-left text and never broken inside a paragraph sign and its number.
 */
export function paragraphs(cites: readonly number[]): HTMLElement {
  const list = el('bdi', { className: 'cites' });
  list.dir = 'ltr';
  cites.forEach((n, index) => {
    if (index > 0) list.append(', ');
    list.append(el('span', { className: 'cite', textContent: `¶${String(n)}` }));
  });
  return list;
}

function measureRow(services: GameServices, measure: Measure): HTMLTableRowElement {
  const mark = el('span', { className: 'kind-mark' });
  mark.setAttribute('aria-hidden', 'true');
  const name = el('th', {
    className: 'measure-name',
    textContent: contentText(services.i18n, measure.nameKey),
  });
  name.scope = 'row';
  return el('tr', { className: 'measure-row' }, [
    name,
    el('td', { className: `measure-kind kind-${measure.kind}` }, [
      mark,
      contentText(services.i18n, `kind.${measure.kind}.name`),
    ]),
    el('td', {
      className: 'measure-cost',
      textContent: formatNumber(services.i18n, measure.cost),
    }),
    el('td', { className: 'measure-cites' }, [paragraphs(measure.cites)]),
  ]);
}

function roleCard(
  services: GameServices,
  g: TFunction<'guide'>,
  role: Role,
  measures: readonly Measure[],
): HTMLElement {
  const text = (key: string): string => contentText(services.i18n, key);
  const headingId = `print-role-${role.id}`;
  const head = (
    key: 'cards.measure' | 'cards.kind' | 'cards.cost' | 'cards.report',
  ): HTMLElement => {
    const cell = el('th', { textContent: g(key) });
    cell.scope = 'col';
    return cell;
  };
  const rows = measures.map((measure) => measureRow(services, measure));
  const card = el('article', { className: `role-card role-${role.id}` }, [
    el('header', { className: 'role-card-header' }, [
      el('h2', { id: headingId, textContent: text(role.nameKey) }),
      el('p', { className: 'role-card-meta' }, [
        el('span', { textContent: g(`cards.pillar.${role.pillar}`) }),
        ' · ',
        el('span', { textContent: g('cards.points', { points: role.capacity }) }),
      ]),
    ]),
    el('h3', { textContent: g('cards.mandate') }),
    el('p', { className: 'role-mandate', textContent: text(role.descriptionKey) }),
    el('h3', { textContent: g('cards.measures') }),
    el('table', { className: 'measure-table' }, [
      el('thead', {}, [
        el('tr', {}, [
          head('cards.measure'),
          head('cards.kind'),
          head('cards.cost'),
          head('cards.report'),
        ]),
      ]),
      el('tbody', {}, rows),
    ]),
  ]);
  if (role.quoteKey) {
    card.append(
      el('h3', { textContent: g('cards.quote') }),
      el('blockquote', { className: 'role-quote' }, [
        el('p', { textContent: text(role.quoteKey) }),
      ]),
    );
  }
  card.setAttribute('aria-labelledby', headingId);
  return card;
}

/** One card per role: its mandate, its measures (kind, cost, ¶) and the report's words. */
export function buildRoleCards(
  services: GameServices,
  g: TFunction<'guide'>,
  content: Content | null,
): HTMLElement[] {
  const parts: HTMLElement[] = [
    el('h1', { id: 'print-heading', textContent: g('cards.heading') }),
    el('p', { className: 'print-intro', textContent: g('cards.intro') }),
  ];
  if (!content) {
    parts.push(
      el('p', {
        className: 'print-problem',
        textContent: services.i18n.t('contentErrors.heading'),
      }),
    );
    return parts;
  }
  for (const role of content.roles) {
    const measures = content.measures.filter((measure) => measure.role === role.id);
    parts.push(roleCard(services, g, role, measures));
  }
  parts.push(el('p', { className: 'print-source', textContent: g('view.source') }));
  return parts;
}
