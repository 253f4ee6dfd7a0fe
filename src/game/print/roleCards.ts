import type { Content, Measure, Role, Scenario } from '../../content/schema.ts';
import { MEASURE_KIND_KEYS, PILLAR_KEYS } from '../textKeys.ts';
import type { Translator } from '../translator.ts';
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

function measureRow(
  words: Translator,
  measure: Measure,
  scenarios: readonly Scenario[],
): HTMLTableRowElement {
  const mark = el('span', { className: 'kind-mark' });
  mark.setAttribute('aria-hidden', 'true');
  const name = el('th', {
    className: 'measure-name',
    textContent: words.text(measure.nameKey),
  });
  name.scope = 'row';
  // A measure most crises do not offer says which ones do, so a team is not promised it.
  const only = measure.scenarios
    ?.map((id) => scenarios.find((s) => s.id === id))
    .filter((s) => s !== undefined);
  if (only && only.length > 0) {
    const list = words.list(only.map((s) => words.text(s.nameKey)));
    name.append(
      el('span', {
        className: 'measure-only-in',
        textContent: words.guide('cards.onlyIn', { scenarios: list }),
      }),
    );
  }
  return el('tr', { className: 'measure-row' }, [
    name,
    el('td', { className: `measure-kind kind-${measure.kind}` }, [
      mark,
      words.text(MEASURE_KIND_KEYS[measure.kind].name),
    ]),
    el('td', {
      className: 'measure-cost',
      textContent: words.number(measure.cost),
    }),
    el('td', { className: 'measure-cites' }, [paragraphs(measure.cites)]),
  ]);
}

function roleCard(
  words: Translator,
  role: Role,
  measures: readonly Measure[],
  scenarios: readonly Scenario[],
): HTMLElement {
  const g = words.guide;
  const text = words.text;
  const headingId = `print-role-${role.id}`;
  const head = (
    key: 'cards.measure' | 'cards.kind' | 'cards.cost' | 'cards.report',
  ): HTMLElement => {
    const cell = el('th', { textContent: g(key) });
    cell.scope = 'col';
    return cell;
  };
  const rows = measures.map((measure) => measureRow(words, measure, scenarios));
  const card = el('article', { className: `role-card role-${role.id}` }, [
    el('header', { className: 'role-card-header' }, [
      el('h2', { id: headingId, textContent: text(role.nameKey) }),
      el('p', { className: 'role-card-meta' }, [
        el('span', { textContent: g(PILLAR_KEYS[role.pillar]) }),
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
export function buildRoleCards(words: Translator, content: Content | null): HTMLElement[] {
  const g = words.guide;
  const parts: HTMLElement[] = [
    el('h1', { id: 'print-heading', textContent: g('cards.heading') }),
    el('p', { className: 'print-intro', textContent: g('cards.intro') }),
  ];
  if (!content) {
    parts.push(
      el('p', {
        className: 'print-problem',
        textContent: words.ui('contentErrors.heading'),
      }),
    );
    return parts;
  }
  for (const role of content.roles) {
    const measures = content.measures.filter((measure) => measure.role === role.id);
    parts.push(roleCard(words, role, measures, content.scenarios));
  }
  parts.push(el('p', { className: 'print-source', textContent: g('view.source') }));
  return parts;
}
