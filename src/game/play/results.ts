import type { ScenarioModel } from '../../core/index.ts';
import { STAGE_KEYS, TONE_ICON_KEYS } from '../textKeys.ts';
import type { ContentKey, Translator } from '../translator.ts';
import { el } from '../ui/dom.ts';
import type { ConsequenceLine, NameOf, Wording } from './explain.ts';

/**
 * Names of content items for round results: measures, factors and roles by their name key;
 * signs and triggers with the scenario's group and region filled in.
 */
export function contentNames(model: ScenarioModel, words: Translator): NameOf {
  return (kind, id) => {
    const lists = {
      measure: model.measures,
      sign: model.signs,
      trigger: model.triggers,
      factor: model.factors,
      role: model.roles,
    };
    const list: readonly { readonly id: string; readonly nameKey: ContentKey }[] = lists[kind];
    const found = list.find((item) => item.id === id);
    if (!found) return id;
    return kind === 'sign' || kind === 'trigger'
      ? words.about(id, found.nameKey)
      : words.text(found.nameKey);
  };
}

/** What `explainRound` needs to word a round of this game. */
export function roundWording(model: ScenarioModel, words: Translator): Wording {
  return {
    ui: words.ui,
    number: words.number,
    list: words.list,
    name: contentNames(model, words),
    stage: (stage) => words.text(STAGE_KEYS[stage].name),
  };
}

/** A round's consequences as a list: tone icon, what changed and why, lines staggered in. */
export function resultList(words: Translator, lines: readonly ConsequenceLine[]): HTMLElement {
  return el(
    'ol',
    { className: 'result-lines' },
    lines.map((line, index) => {
      const item = el('li', { className: `result-line tone-${line.tone}` }, [
        el('span', { className: 'tone-icon', textContent: words.ui(TONE_ICON_KEYS[line.tone]) }),
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
