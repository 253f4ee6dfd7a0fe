/**
 * "Try it yourself": the players pick one of their measures and start it in another round, or
 * take another measure of the same role instead, and see the game replayed with the same luck.
 * The sentence says what changed; the chart draws the new curve beside theirs.
 */
import {
  counterfactual,
  firstTakes,
  timelineOf,
  runSummary,
  whatIf,
  type CostliestDelay,
  type GameState,
  type TimelinePoint,
  type WhatIfEdit,
  type WhatIfResult,
} from '../../core/index.ts';
import type { Translator } from '../translator.ts';
import { el, button } from '../ui/dom.ts';

/** What the panel needs from the screen around it. */
export interface WhatIfPanelOptions {
  readonly words: Translator;
  readonly state: GameState;
  /** A measure's name in the players' language. */
  readonly name: (measure: string) => string;
  /** Draw the change's curve on the chart, or take it away (null). */
  readonly onCurve: (timeline: readonly TimelinePoint[] | null) => void;
}

/** The panel, and a way to show the costliest delay once the worker has found it. */
export interface WhatIfPanel {
  readonly element: HTMLElement;
  /**
   * Put the costliest delay in words in `line` ("working…" while it is undefined), and preset
   * the panel to it and show it, unless the players changed the panel already.
   */
  showDelay(line: HTMLElement, delay: CostliestDelay | null | undefined): void;
}

/** Why an edited measure could not have been taken, in words. */
function refusalReason(words: Translator, reason: Extract<WhatIfResult, { ok: false }>['reason']) {
  const t = words.ui;
  switch (reason) {
    case 'insufficientCapacity':
      return t('debrief.whatIf.reason.insufficientCapacity');
    case 'prerequisiteMissing':
      return t('debrief.whatIf.reason.prerequisiteMissing');
    case 'alreadyTaken':
      return t('debrief.whatIf.reason.alreadyTaken');
    case 'finished':
    case 'roleNotInPlay':
    case 'turnEnded':
    case 'unknownMeasure':
    case 'wrongRole':
    case 'notPending':
    case 'notWithdrawable':
    case 'triggerNotScheduled':
    case 'notTaken':
    case 'outOfRange':
      return t('debrief.whatIf.reason.other');
  }
}

/** The costliest delay in one sentence (or that no earlier start would have helped). */
export function costliestText(
  words: Translator,
  name: (measure: string) => string,
  delay: CostliestDelay | null,
): string {
  const t = words.ui;
  if (!delay) return t('debrief.whatIf.costliest.none');
  const values = {
    measure: name(delay.measure),
    earlier: delay.earliestRound,
    taken: delay.takenRound,
    stage: delay.played.peakStage,
    better: delay.earlier.peakStage,
  };
  if (delay.earlier.peakStage < delay.played.peakStage) {
    return t('debrief.whatIf.costliest.stage', values);
  }
  return t('debrief.whatIf.costliest.lower', {
    ...values,
    better: Math.round(delay.earlier.peakThreat),
    played: Math.round(delay.played.peakThreat),
  });
}

const MOVE = 'move:';
const SWAP = 'swap:';

/** The "try it yourself" panel of a finished game. */
export function whatIfPanel(options: WhatIfPanelOptions): WhatIfPanel {
  const { words, state, name } = options;
  const t = words.ui;
  const taken = firstTakes(state.log);
  const describeDelay = (line: HTMLElement, delay: CostliestDelay | null | undefined): void => {
    if (delay === undefined) {
      line.textContent = t('debrief.whatIf.costliest.working');
      return;
    }
    line.textContent = costliestText(words, name, delay);
    line.dataset.state = 'ready';
  };
  const heading = el('h2', { id: 'whatif-heading', textContent: t('debrief.whatIf.heading') });
  const element = el('section', { className: 'whatif' }, [heading]);
  element.setAttribute('aria-labelledby', heading.id);
  if (taken.length === 0) {
    element.append(el('p', { textContent: t('debrief.whatIf.noMeasures') }));
    return {
      element,
      showDelay: (line, delay) => {
        describeDelay(line, delay);
      },
    };
  }

  const measureSelect = el('select', { id: 'whatif-measure' });
  for (const m of taken) {
    const option = el('option', {
      textContent: t('debrief.whatIf.measureOption', { measure: name(m.measure), round: m.round }),
    });
    option.value = m.measure;
    measureSelect.append(option);
  }
  const changeSelect = el('select', { id: 'whatif-change' });
  const fillChanges = (): void => {
    const chosen = taken.find((m) => m.measure === measureSelect.value) ?? taken[0];
    changeSelect.replaceChildren();
    if (!chosen) return;
    const moves = el('optgroup');
    moves.label = t('debrief.whatIf.moveGroup');
    for (let round = 1; round <= state.model.rounds; round++) {
      if (round === chosen.round) continue;
      const option = el('option', { textContent: t('debrief.whatIf.moveOption', { round }) });
      option.value = `${MOVE}${String(round)}`;
      moves.append(option);
    }
    changeSelect.append(moves);
    const others = state.model.measures.filter(
      (m) => m.role === chosen.role && m.id !== chosen.measure,
    );
    if (others.length > 0) {
      const swaps = el('optgroup');
      swaps.label = t('debrief.whatIf.swapGroup');
      for (const other of others) {
        const option = el('option', {
          textContent: t('debrief.whatIf.swapOption', { measure: name(other.id) }),
        });
        option.value = `${SWAP}${other.id}`;
        swaps.append(option);
      }
      changeSelect.append(swaps);
    }
    // The nearest useful default: one round earlier (round 2 for a measure taken in round 1).
    changeSelect.value = `${MOVE}${String(chosen.round > 1 ? chosen.round - 1 : 2)}`;
  };
  fillChanges();

  const label = (control: HTMLSelectElement, text: string): HTMLElement => {
    const node = el('label', { textContent: text });
    node.htmlFor = control.id;
    return el('div', { className: 'whatif-field' }, [node, control]);
  };
  const result = el('p', { className: 'whatif-result' });
  result.setAttribute('aria-live', 'polite');
  const table = el('table', { className: 'visually-hidden whatif-table' });
  const none = counterfactual(state);
  const played = runSummary(state);

  const show = (): void => {
    const chosen = taken.find((m) => m.measure === measureSelect.value);
    if (!chosen) return;
    const value = changeSelect.value;
    const edit: WhatIfEdit = value.startsWith(SWAP)
      ? { kind: 'swap', measure: chosen.measure, with: value.slice(SWAP.length) }
      : { kind: 'move', measure: chosen.measure, round: Number(value.slice(MOVE.length)) };
    const outcome = whatIf(state, edit);
    const names = {
      measure: name(chosen.measure),
      other: edit.kind === 'swap' ? name(edit.with) : '',
    };
    if (!outcome.ok) {
      const reason = refusalReason(words, outcome.reason);
      result.textContent =
        edit.kind === 'swap'
          ? t('debrief.whatIf.refusedSwap', { ...names, reason })
          : t('debrief.whatIf.refused', { ...names, round: edit.round, reason });
      table.replaceChildren();
      delete element.dataset.threats;
      options.onCurve(null);
      return;
    }
    const replayed = outcome.run.state;
    const peaks = { stage: replayed.peakStage, played: played.peakStage, none: none.peakStage };
    result.textContent =
      edit.kind === 'swap'
        ? t('debrief.whatIf.swapped', { ...names, ...peaks })
        : t('debrief.whatIf.moved', { ...names, round: edit.round, from: chosen.round, ...peaks });
    const timeline = timelineOf(replayed);
    fillTable(table, words, state, timeline);
    // The replayed curve's numbers, for anyone who checks the drawing against the model.
    element.dataset.threats = timeline.map((p) => p.threat.toFixed(3)).join(' ');
    options.onCurve(timeline);
  };

  let touched = false;
  measureSelect.addEventListener('change', () => {
    touched = true;
    fillChanges();
  });
  changeSelect.addEventListener('change', () => {
    touched = true;
  });
  const go = button('tool-button whatif-show', t('debrief.whatIf.show'), () => {
    touched = true;
    show();
  });
  element.append(
    el('p', { textContent: t('debrief.whatIf.intro') }),
    el('div', { className: 'whatif-form' }, [
      label(measureSelect, t('debrief.whatIf.measure')),
      label(changeSelect, t('debrief.whatIf.change')),
      go,
    ]),
    result,
    table,
  );
  return {
    element,
    showDelay(line, delay) {
      describeDelay(line, delay);
      if (!delay || touched) return;
      measureSelect.value = delay.measure;
      fillChanges();
      changeSelect.value = `${MOVE}${String(delay.earliestRound)}`;
      show();
    },
  };
}

/** The stage in each round as played and with the change, for screen readers. */
function fillTable(
  table: HTMLTableElement,
  words: Translator,
  state: GameState,
  timeline: readonly TimelinePoint[],
): void {
  const t = words.ui;
  const stage = (value: number | undefined): string =>
    value === undefined ? '—' : t('debrief.table.stage', { stage: value });
  table.replaceChildren(
    el('caption', { textContent: t('debrief.whatIf.tableCaption') }),
    el('tr', {}, [
      el('th', { textContent: t('debrief.table.round') }),
      el('th', { textContent: t('debrief.legend.player') }),
      el('th', { textContent: t('debrief.whatIf.legend') }),
    ]),
    ...state.history.map((record, i) =>
      el('tr', {}, [
        el('td', { textContent: String(record.round) }),
        el('td', { textContent: stage(record.stage) }),
        el('td', { textContent: stage(timeline[i]?.stage) }),
      ]),
    ),
  );
}
