/**
 * The risk chart's frame in the DOM: stage labels beside an empty plot and round numbers under
 * it. The DOM lays the frame out, so it follows the text size, the language's direction and the
 * room left by the rest of the screen, and carries every word; the canvas then draws the bands,
 * lines and markers into the plot's box.
 */
import './chartFrame.css';
import { STAGE } from '../keys.ts';
import type { Translator } from '../translator.ts';
import { el } from '../ui/dom.ts';
import { spreadLabels } from './labelSpread.ts';
import type { ChartBox } from './riskChart.ts';

/** An element's box in stage pixels (the UI layer is the stage, scaled to the window). */
export function stageBox(root: HTMLElement, element: HTMLElement): ChartBox {
  const frame = root.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const scale = frame.width / STAGE.width || 1;
  return {
    x: (box.left - frame.left) / scale,
    y: (box.top - frame.top) / scale,
    width: box.width / scale,
    height: box.height / scale,
  };
}

/** The frame's parts, and where the canvas should draw now. */
export interface ChartFrame {
  /** The whole frame: a grid of the stage labels, the plot and the round numbers. */
  readonly element: HTMLElement;
  readonly stages: HTMLElement;
  readonly plot: HTMLElement;
  readonly ticks: HTMLElement;
  /**
   * The plot's box in stage pixels, once the stage labels are spread to fit its height; null
   * while the frame is hidden.
   */
  place(root: HTMLElement): ChartBox | null;
}

/**
 * The frame for a chart of `rounds` rounds over stage `thresholds`. `measureRow` leaves a row
 * under the plot for the measures' markers.
 */
export function chartFrame(
  words: Translator,
  chart: { readonly rounds: number; readonly thresholds: readonly number[] },
  measureRow: boolean,
): ChartFrame {
  const rtl = words.rtl;
  const bounds = [0, ...chart.thresholds, 100];
  const stages = el('div', { className: 'chart-stages' });
  const labels: HTMLElement[] = [];
  const wanted: number[] = [];
  // Stage 5 first, from the top, so narrow bands' labels can be moved apart once laid out.
  for (let stage = 5; stage >= 1; stage--) {
    const mid = ((bounds[stage - 1] ?? 0) + (bounds[stage] ?? 100)) / 2;
    const label = el('span', {
      className: 'chart-stage',
      textContent: words.ui('debrief.stageShort', { stage }),
    });
    label.style.top = `${String(100 - mid)}%`;
    stages.append(label);
    labels.push(label);
    wanted.push(1 - mid / 100);
  }
  const ticks = el('div', { className: 'chart-ticks' });
  for (let round = 0; round <= chart.rounds; round++) {
    const share = round / Math.max(1, chart.rounds);
    const tick = el('span', { className: 'chart-tick', textContent: words.number(round) });
    tick.style.left = `${String((rtl ? 1 - share : share) * 100)}%`;
    ticks.append(tick);
  }
  const plot = el('div', { className: 'chart-plot' });
  const element = el('div', { className: 'chart-graph' }, [stages, plot, ticks]);
  if (measureRow) element.classList.add('with-measures');
  element.setAttribute('aria-hidden', 'true');
  return {
    element,
    stages,
    plot,
    ticks,
    place(root) {
      // Labels of narrow bands move apart, by their height against the plot's.
      const height = Math.max(...labels.map((label) => label.offsetHeight));
      if (stages.clientHeight > 0 && height > 0) {
        const places = spreadLabels(wanted, height / stages.clientHeight);
        labels.forEach((label, i) => {
          label.style.top = `${String((places[i] ?? 0) * 100)}%`;
        });
      }
      const box = stageBox(root, plot);
      return box.width < 1 || box.height < 1 ? null : box;
    },
  };
}
