/**
 * The class's risk chart on paper: the five stage bands, the class's run (solid, circles) and
 * the run if nobody had acted (dashed, squares), then a lane per team with its marker for each
 * measure it took. Built from HTML and SVG rather than the canvas, so it prints; placed with
 * logical insets, so it mirrors right to left. Hidden from screen readers: the table beside it
 * tells the same story in words and numbers.
 */
import '../debrief/chartFrame.css';
import './printChart.css';
import type { TimelinePoint } from '../../core/index.ts';
import type { TeamMarks } from '../../classroom/chart.ts';
import type { ClassroomState } from '../../classroom/state.ts';
import { riskChartData } from '../debrief/chartData.ts';
import { debriefView } from '../debrief/debriefView.ts';
import { spreadLabels } from '../debrief/labelSpread.ts';
import { STAGE_COLOURS } from '../play/tension.ts';
import { el } from '../ui/dom.ts';
import { teamChip, teamSwatch } from './common.ts';
import type { Translator } from '../translator.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Sideways step between a team's markers in one round, in px. */
const FAN = 8;
/** The plot's height and a stage label's, in em of the chart's text. */
const PLOT_EM = 9;
const LABEL_EM = 1.3;

/** A percentage for CSS. */
const pct = (share: number) => `${String(Math.round(share * 10000) / 100)}%`;

/** A mark placed at a share of the plot's width (from its inline start) and height. */
function placed(className: string, x: number, y?: number): HTMLElement {
  const mark = el('span', { className });
  mark.style.insetInlineStart = pct(x);
  if (y !== undefined) mark.style.top = pct(y);
  return mark;
}

/** A run of the crisis as a line over the plot, stretched to it (the strokes keep their width). */
function runLine(points: readonly TimelinePoint[], x: (round: number) => number, dashed: boolean) {
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute(
    'points',
    points.map((p) => `${String(x(p.round) * 100)},${String(100 - p.threat)}`).join(' '),
  );
  line.setAttribute('class', dashed ? 'run-none' : 'run-class');
  line.setAttribute('vector-effect', 'non-scaling-stroke');
  return line;
}

/** The chart of a finished class session, for the print summary. */
export function printChart(
  state: ClassroomState,
  teams: readonly TeamMarks[],
  w: Translator,
): HTMLElement {
  const t = w.ui;
  const data = riskChartData(state.game, debriefView(state.game));
  const x = (round: number) => round / Math.max(1, data.rounds);

  const bounds = [0, ...data.thresholds, 100];
  const stages = el('div', { className: 'print-chart-stages' });
  const plot = el('div', { className: 'print-chart-plot' });
  // Stage 5 first, from the top: narrow bands' labels move apart rather than overlap.
  const order = [5, 4, 3, 2, 1] as const;
  const places = spreadLabels(
    order.map((stage) => 1 - ((bounds[stage - 1] ?? 0) + (bounds[stage] ?? 100)) / 200),
    LABEL_EM / PLOT_EM,
  );
  order.forEach((stage, i) => {
    const low = bounds[stage - 1] ?? 0;
    const high = bounds[stage] ?? 100;
    const band = el('span', { className: 'print-chart-band' });
    band.style.top = pct(1 - high / 100);
    band.style.height = pct((high - low) / 100);
    band.style.backgroundColor = `#${STAGE_COLOURS[stage].toString(16).padStart(6, '0')}`;
    plot.append(band);
    const label = el('span', {
      className: 'chart-stage',
      textContent: t('debrief.stageShort', { stage }),
    });
    label.style.top = pct(places[i] ?? 0);
    stages.append(label);
  });
  const lines = document.createElementNS(SVG, 'svg');
  lines.setAttribute('class', 'print-chart-lines');
  lines.setAttribute('viewBox', '0 0 100 100');
  lines.setAttribute('preserveAspectRatio', 'none');
  lines.append(runLine(data.counterfactual, x, true), runLine(data.player, x, false));
  plot.append(lines);
  for (const point of data.counterfactual) {
    plot.append(placed('run-point run-none', x(point.round), 1 - point.threat / 100));
  }
  for (const point of data.player) {
    plot.append(placed('run-point run-class', x(point.round), 1 - point.threat / 100));
  }

  const ticks = el('div', { className: 'print-chart-ticks' });
  for (let round = 0; round <= data.rounds; round++) {
    const tick = placed('print-chart-tick', x(round));
    tick.textContent = w.number(round);
    ticks.append(tick);
  }

  const graph = el('div', { className: 'print-chart-graph' }, [stages, plot, ticks]);
  graph.style.gridTemplateRows = `${String(PLOT_EM)}em 1.8em`;
  const lanes = el(
    'ul',
    { className: 'print-chart-lanes' },
    teams.map((marks) => {
      const track = el('span', { className: 'print-chart-track' });
      for (const mark of marks.marks) {
        for (let k = 0; k < mark.count; k++) {
          const swatch = el('span', { className: 'print-chart-mark' }, [teamSwatch(marks.team)]);
          const offset = (k - (mark.count - 1) / 2) * FAN;
          swatch.style.insetInlineStart = `calc(${pct(x(mark.round))} + ${String(offset)}px)`;
          track.append(swatch);
        }
      }
      const lane = el('li', {}, [teamChip(marks.team, w), track]);
      lane.dataset.actor = marks.actor;
      return lane;
    }),
  );
  const chart = el('div', { className: 'print-chart' }, [
    graph,
    el('p', {
      className: 'print-chart-lanes-label',
      textContent: w.classroom('debrief.chart.lanes'),
    }),
    lanes,
    el('ul', { className: 'print-chart-legend' }, [
      el('li', { className: 'legend-player', textContent: w.classroom('debrief.chart.player') }),
      el('li', { className: 'legend-none', textContent: t('debrief.legend.none') }),
    ]),
  ]);
  chart.setAttribute('aria-hidden', 'true');
  return chart;
}
