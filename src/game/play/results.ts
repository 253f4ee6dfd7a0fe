import type { i18n } from 'i18next';
import type { ScenarioModel } from '../../core/index.ts';
import { el } from '../ui/dom.ts';
import type { ScenarioWords } from '../words.ts';
import type { ConsequenceLine, Wording } from './explain.ts';

/**
 * Names of content items for round results: stages, measures, factors and roles by their
 * name key; signs and triggers with the scenario's group and region filled in.
 */
export function contentNames(
  model: ScenarioModel,
  words: ScenarioWords | null,
  text: (key: string) => string,
): Wording['name'] {
  return (kind, id) => {
    if (kind === 'stage') return text(`stage.${id}.name`);
    const lists = {
      measure: model.measures,
      sign: model.signs,
      trigger: model.triggers,
      factor: model.factors,
      role: model.roles,
    };
    const found = (lists[kind] as readonly { id: string; nameKey: string }[]).find(
      (item) => item.id === id,
    );
    if (!found) return id;
    return kind === 'sign' || kind === 'trigger'
      ? (words?.about(id, found.nameKey) ?? id)
      : text(found.nameKey);
  };
}

/** A round's consequences as a list: tone icon, what changed and why, lines staggered in. */
export function resultList(i18n: i18n, lines: readonly ConsequenceLine[]): HTMLElement {
  return el(
    'ol',
    { className: 'result-lines' },
    lines.map((line, index) => {
      const item = el('li', { className: `result-line tone-${line.tone}` }, [
        el('span', { className: 'tone-icon', textContent: i18n.t(`results.icon.${line.tone}`) }),
        el('span', { className: 'result-text' }, [
          el('span', { textContent: line.text }),
          el('span', { className: 'result-why', textContent: line.why }),
        ]),
      ]);
      item.style.setProperty('--delay', `${String(index * 90)}ms`);
      return item;
    }),
  );
}
