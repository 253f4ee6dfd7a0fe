/**
 * The risk chart, drawn once as SVG from the core's chart model, for the self-paced debrief, the
 * class debrief and its print summary. The DOM lays out the words (stage labels, round numbers,
 * team names, legend) around an SVG plot whose places are percentages, so it follows the text
 * size, the language's direction and the room left by the screen or the paper without being
 * measured. The drawing is hidden from screen readers: each screen gives a table beside it.
 */
import './chartView.css';
import {
  markerPoints,
  riskChart,
  svgPoints,
  type AxisPlace,
  type ChartLine,
  type ChartMark,
  type LegendEntry,
  type LegendId,
  type MarkerShape,
  type RiskChart,
  type RiskChartInput,
  type GameState,
  type Stage,
  type TimelinePoint,
} from '../../core/index.ts';
import { el } from '../ui/dom.ts';
import type { DebriefView } from './debriefView.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** The words around the chart, in the players' language. */
export interface ChartWords {
  stage(stage: Stage): string;
  round(round: number): string;
  readonly legend: Partial<Record<LegendId, string>>;
}

/** A team's lane: its name (a chip) and its colour. */
export interface LaneHead {
  readonly id: string;
  readonly head: HTMLElement;
  readonly colour: string;
}

/** The chart's parts, for the screen to arrange, and a way to show a replayed change. */
export interface ChartView {
  /** Stage labels, the plot and the round numbers. */
  readonly graph: HTMLElement;
  /** A lane per team (empty without lanes). */
  readonly lanes: HTMLUListElement;
  readonly legend: HTMLUListElement;
  /** Show the game replayed with one change ("try it yourself"), or none. */
  setAlternative(timeline: readonly TimelinePoint[] | null): void;
}

/** Screen or paper: the paper's marks are smaller, its lines thinner. */
export type ChartMedium = 'screen' | 'paper';

/** Marker radii and the distance of the rows of marks from the plot, in px. */
const SIZES: Record<ChartMedium, { series: number; row: number; lane: number; rowGap: number }> = {
  screen: { series: 9, row: 12, lane: 13, rowGap: 22 },
  paper: { series: 4, row: 6, lane: 6, rowGap: 11 },
};

/** The chart's input from a finished game and its debrief view. */
export function chartInput(state: GameState, view: DebriefView, rtl: boolean): RiskChartInput {
  return {
    rounds: state.model.rounds,
    thresholds: state.model.params.stageThresholds,
    player: view.player,
    counterfactual: view.counterfactual.timeline,
    signMarks: view.signMarks,
    measureMarks: view.measureMarks,
    rtl,
  };
}

const pct = (share: number): string => `${String(Math.round(share * 100000) / 1000)}%`;

/** An axis place as CSS: label heights are `gap` each. */
export function placeCss(place: AxisPlace, gap: string): string {
  if ('share' in place) {
    return place.gaps === 0
      ? pct(place.share)
      : `calc(${pct(place.share)} + ${String(place.gaps)} * ${gap})`;
  }
  const parts = place.of.map((p) => placeCss(p, gap));
  if (place.op === 'mean') return `calc((${parts.join(' + ')}) / ${String(parts.length)})`;
  return `${place.op}(${parts.join(', ')})`;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  children: SVGElement[] = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/** A marker of `shape` centred at (x, y) (percentages of the plot), moved by (dx, dy) px. */
function marker(
  shape: MarkerShape,
  radius: number,
  x: string,
  y: string,
  dx = 0,
  dy = 0,
): SVGSVGElement {
  const outline = svg('polygon', { points: svgPoints(markerPoints(shape, radius), dx, dy) });
  const node = svg('svg', { x, y, overflow: 'visible', class: 'mark' }, [outline]);
  node.dataset.shape = shape;
  return node;
}

const DASHES: Record<ChartLine, string | null> = {
  solid: null,
  dashed: '14 9',
  dotted: '0 11',
};

/** The plot: bands, frame, runs, and the rows of signs above and measures below. */
function drawPlot(plot: SVGSVGElement, chart: RiskChart, medium: ChartMedium): void {
  const size = SIZES[medium];
  const bands = chart.bands.map((band) =>
    svg('rect', {
      class: `band band-${String(band.stage)}`,
      x: 0,
      y: pct(band.top),
      width: '100%',
      height: pct(band.bottom - band.top),
    }),
  );
  const frame = svg('rect', { class: 'plot-frame', x: 0, y: 0, width: '100%', height: '100%' });
  const series = chart.series.map((run) => {
    const group = svg('g', { class: `series series-${run.id}` });
    group.dataset.series = run.id;
    const dash = DASHES[run.line];
    run.points.forEach((point, i) => {
      const before = run.points[i - 1];
      if (!before) return;
      const line = svg('line', {
        x1: pct(before.x),
        y1: pct(before.y),
        x2: pct(point.x),
        y2: pct(point.y),
      });
      if (dash) line.setAttribute('stroke-dasharray', dash);
      group.append(line);
    });
    for (const point of run.points) {
      group.append(marker(run.marker, size.series, pct(point.x), pct(point.y)));
    }
    return group;
  });
  const row = (
    marks: readonly ChartMark[],
    shape: MarkerShape,
    y: string,
    dy: number,
    id: string,
  ) =>
    svg(
      'g',
      { class: `row row-${id}` },
      marks.map((mark) => marker(shape, size.row, pct(mark.x), y, 0, dy)),
    );
  plot.replaceChildren(
    ...bands,
    frame,
    row(chart.signs, 'diamond', '0%', -size.rowGap, 'signs'),
    row(chart.measures, 'triangle', '100%', size.rowGap, 'measures'),
    ...series,
  );
}

/** A legend entry's picture: its line through its marker. */
function swatch(entry: LegendEntry, medium: ChartMedium): SVGSVGElement {
  const radius = Math.min(8, SIZES[medium].row);
  const picture = svg('svg', { class: `legend-swatch series-${entry.id}`, viewBox: '0 0 48 24' });
  picture.setAttribute('aria-hidden', 'true');
  if (entry.line) {
    const line = svg('line', { x1: 2, y1: 12, x2: 46, y2: 12 });
    const dash = DASHES[entry.line];
    if (dash) line.setAttribute('stroke-dasharray', entry.line === 'dotted' ? '0 8' : '8 5');
    picture.append(line);
  }
  picture.append(svg('polygon', { points: svgPoints(markerPoints(entry.marker, radius), 24, 12) }));
  return picture;
}

function fillLegend(
  legend: HTMLUListElement,
  chart: RiskChart,
  words: ChartWords,
  medium: ChartMedium,
) {
  legend.replaceChildren(
    ...chart.legend.map((entry) =>
      el('li', { className: `legend-${entry.id}` }, [
        swatch(entry, medium),
        words.legend[entry.id] ?? '',
      ]),
    ),
  );
}

/** The graph: stage labels beside the plot, round numbers under it. */
function graphOf(chart: RiskChart, words: ChartWords, plot: SVGSVGElement): HTMLElement {
  const stages = el(
    'div',
    { className: 'chart-stages' },
    chart.bands.map((band) => {
      const label = el('span', { className: 'chart-stage', textContent: words.stage(band.stage) });
      label.style.top = placeCss(band.label, 'var(--label-gap)');
      return label;
    }),
  );
  const ticks = el(
    'div',
    { className: 'chart-ticks' },
    chart.ticks.map((tick) => {
      const label = el('span', { className: 'chart-tick', textContent: words.round(tick.round) });
      label.style.left = pct(tick.x);
      return label;
    }),
  );
  const graph = el('div', { className: 'chart-graph' }, [
    stages,
    el('div', { className: 'chart-plot' }, [plot]),
    ticks,
  ]);
  // A row for the measures' triangles when the chart has them (lanes show them otherwise).
  if (chart.legend.some((e) => e.id === 'measures')) graph.classList.add('with-measures');
  graph.setAttribute('aria-hidden', 'true');
  return graph;
}

/** A lane per team: its name, then its markers along the rounds. */
function lanesOf(chart: RiskChart, heads: readonly LaneHead[], medium: ChartMedium) {
  const radius = SIZES[medium].lane;
  // Several measures of one round sit side by side, a marker's width apart at most.
  const step = radius * 1.4;
  return chart.lanes.map((lane) => {
    const head = heads.find((h) => h.id === lane.id);
    const track = svg('svg', { class: 'lane-marks' });
    for (const mark of lane.marks) {
      for (const k of mark.steps) {
        const node = marker(lane.marker, radius, pct(mark.x), '50%', k * step);
        node.classList.add('lane-mark');
        node.setAttribute('fill', head?.colour ?? 'currentColor');
        track.append(node);
      }
    }
    const item = el('li', {}, [
      ...(head ? [head.head] : []),
      el('span', { className: 'lane-track' }, [track]),
    ]);
    item.dataset.actor = lane.id;
    return item;
  });
}

/** The risk chart of `input`, with `words` around it and `heads` naming its lanes. */
export function chartView(
  input: RiskChartInput,
  words: ChartWords,
  heads: readonly LaneHead[] = [],
  medium: ChartMedium = 'screen',
): ChartView {
  let chart = riskChart(input);
  const plot = svg('svg', { class: 'chart-svg' });
  plot.setAttribute('aria-hidden', 'true');
  drawPlot(plot, chart, medium);
  const legend = el('ul', { className: 'chart-legend' });
  fillLegend(legend, chart, words, medium);
  const lanes = el('ul', { className: 'chart-lanes' }, lanesOf(chart, heads, medium));
  return {
    graph: graphOf(chart, words, plot),
    lanes,
    legend,
    setAlternative(timeline) {
      chart = riskChart({ ...input, alternative: timeline });
      drawPlot(plot, chart, medium);
      fillLegend(legend, chart, words, medium);
    },
  };
}
