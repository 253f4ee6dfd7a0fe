import type { Translator } from '../translator.ts';
import { el } from '../ui/dom.ts';
import type { DebriefView } from './debriefView.ts';

/** A further column of the table: its heading and the cell of each round. */
export interface StageColumn {
  readonly heading: string;
  cell(round: number): string;
}

/**
 * The risk chart as a table, for screen readers and anyone who prefers numbers: the stage in each
 * round with the players' measures and if nobody had acted, then any further columns.
 */
export function stageTable(
  words: Translator,
  labels: { readonly caption: string; readonly player: string },
  view: Pick<DebriefView, 'player' | 'counterfactual'>,
  columns: readonly StageColumn[] = [],
): HTMLTableElement {
  const t = words.ui;
  return el('table', {}, [
    el('caption', { textContent: labels.caption }),
    el('tr', {}, [
      el('th', { textContent: t('debrief.table.round') }),
      el('th', { textContent: labels.player }),
      el('th', { textContent: t('debrief.legend.none') }),
      ...columns.map((column) => el('th', { textContent: column.heading })),
    ]),
    ...view.player.map((point, index) =>
      el('tr', {}, [
        el('td', { textContent: words.number(point.round) }),
        el('td', { textContent: t('debrief.table.stage', { stage: point.stage }) }),
        el('td', {
          textContent: t('debrief.table.stage', {
            stage: view.counterfactual.timeline[index]?.stage ?? 1,
          }),
        }),
        ...columns.map((column) => el('td', { textContent: column.cell(point.round) })),
      ]),
    ),
  ]);
}
