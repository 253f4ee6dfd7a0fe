/**
 * The risk chart as a model, with no drawing in it: the five stage bands, the runs of the crisis
 * as series, the rows of warning signs and measures, a lane per team, the round ticks and the
 * legend. Places are shares of the plot (x from the left, y from the top), mirrored right to
 * left when asked, so one SVG view draws it on screen and on paper alike. Each series and mark
 * has a line style and a marker shape as well as its colour, so colour never carries it alone.
 */
import type { TimelinePoint } from './counterfactual.ts';
import type { MarkerShape } from './markers.ts';
import type { Stage } from './types.ts';

/** Threat at the top of the chart. */
const TOP = 100;

/** A round and how many things happened in it (measures taken, signs seen). */
export interface RoundCount {
  readonly round: number;
  readonly count: number;
}

/** What the chart is drawn from. */
export interface RiskChartInput {
  readonly rounds: number;
  /** Threat thresholds between the five stages, lowest first. */
  readonly thresholds: readonly number[];
  /** The run as played, round 0 first. */
  readonly player: readonly TimelinePoint[];
  /** The same crisis with no action. */
  readonly counterfactual: readonly TimelinePoint[];
  /** The run replayed with one change ("try it yourself"), if any. */
  readonly alternative?: readonly TimelinePoint[] | null;
  /** Rounds in which warning signs were seen. */
  readonly signMarks: readonly RoundCount[];
  /** Rounds in which measures were taken: a row under the plot (the self-paced debrief). */
  readonly measureMarks?: readonly RoundCount[];
  /** A lane per team under the plot (the class debrief and its print summary). */
  readonly lanes?: readonly {
    readonly id: string;
    readonly marker: MarkerShape;
    readonly marks: readonly RoundCount[];
  }[];
  /** Right to left: round 0 on the right. */
  readonly rtl: boolean;
}

/** How a series' line is drawn. */
export type ChartLine = 'solid' | 'dashed' | 'dotted';
/** The runs the chart can show. */
export type SeriesId = 'player' | 'none' | 'change';
/** What a legend entry stands for. */
export type LegendId = SeriesId | 'measures' | 'signs';

/** A point of a series: where it lands, and the round and threat it stands for. */
export interface ChartPoint {
  readonly x: number;
  readonly y: number;
  readonly round: number;
  readonly threat: number;
}

/** One run of the crisis: a line through its rounds, with a marker on each. */
export interface ChartSeries {
  readonly id: SeriesId;
  readonly line: ChartLine;
  readonly marker: MarkerShape;
  readonly points: readonly ChartPoint[];
}

/**
 * A place on an axis: a share of its length plus a number of label heights (`gaps`), or the
 * least, greatest or mean of such places. A view turns it into CSS, so labels keep apart at any
 * height of the plot and any text size without measuring.
 */
export type AxisPlace =
  | { readonly share: number; readonly gaps: number }
  | { readonly op: 'min' | 'max' | 'mean'; readonly of: readonly AxisPlace[] };

/** A stage's band, from `top` to `bottom` (shares from the top), and its label's place. */
export interface ChartBand {
  readonly stage: Stage;
  readonly top: number;
  readonly bottom: number;
  readonly label: AxisPlace;
}

/** A round number under the plot. */
export interface ChartTick {
  readonly round: number;
  readonly x: number;
}

/** A round's mark in a row or lane; `steps` spreads several sideways (in marker widths). */
export interface ChartMark {
  readonly round: number;
  readonly x: number;
  readonly steps: readonly number[];
}

/** One team's lane: its marker for each measure it took. */
export interface ChartLane {
  readonly id: string;
  readonly marker: MarkerShape;
  readonly marks: readonly ChartMark[];
}

/** A legend entry: the line and marker that stand for it (no line for a row of marks). */
export interface LegendEntry {
  readonly id: LegendId;
  readonly line: ChartLine | null;
  readonly marker: MarkerShape;
}

/** Everything the chart shows. */
export interface RiskChart {
  /** Stage 5 first, from the top. */
  readonly bands: readonly ChartBand[];
  readonly ticks: readonly ChartTick[];
  /** In drawing order: the players' own run last, on top. */
  readonly series: readonly ChartSeries[];
  /** Warning signs seen: diamonds above the plot. */
  readonly signs: readonly ChartMark[];
  /** Measures taken: triangles under the plot (empty when the chart has lanes instead). */
  readonly measures: readonly ChartMark[];
  readonly lanes: readonly ChartLane[];
  readonly legend: readonly LegendEntry[];
}

const STYLE: Record<SeriesId, { line: ChartLine; marker: MarkerShape }> = {
  player: { line: 'solid', marker: 'circle' },
  none: { line: 'dashed', marker: 'square' },
  change: { line: 'dotted', marker: 'hexagon' },
};
const SIGN_MARKER: MarkerShape = 'diamond';
const MEASURE_MARKER: MarkerShape = 'triangle';

/**
 * Places for labels beside an axis, each as near its `wanted` share as it can be without two
 * overlapping: labels a gap (their height) apart at least, half a gap inside the axis' ends,
 * crowded ones spread around their middle. Wanted shares are in increasing order.
 */
export function labelPlaces(wanted: readonly number[]): AxisPlace[] {
  const n = wanted.length;
  const at = (share: number, gaps: number): AxisPlace => ({ share, gaps });
  const shift = (place: AxisPlace, gaps: number): AxisPlace =>
    'share' in place
      ? at(place.share, place.gaps + gaps)
      : { op: place.op, of: place.of.map((p) => shift(p, gaps)) };
  const range = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
  // Pushed down from the top (each at least a gap below the one before), then up from the bottom.
  const down = wanted.map((_, k): AxisPlace => ({
    op: 'max',
    of: [...range(0, k + 1).map((j) => at(wanted[j] ?? 0, k - j)), at(0, k + 0.5)],
  }));
  const downUp = wanted.map((_, k): AxisPlace => ({
    op: 'min',
    of: [...range(k, n).map((j) => shift(down[j] ?? at(0, 0), k - j)), at(1, k - n + 0.5)],
  }));
  // The same the other way round; the mean of the two keeps crowded labels centred.
  const up = wanted.map((_, k): AxisPlace => ({
    op: 'min',
    of: [...range(k, n).map((j) => at(wanted[j] ?? 0, k - j)), at(1, k - n + 0.5)],
  }));
  const upDown = wanted.map((_, k): AxisPlace => ({
    op: 'max',
    of: [...range(0, k + 1).map((j) => shift(up[j] ?? at(0, 0), k - j)), at(0, k + 0.5)],
  }));
  return wanted.map((_, k) => ({
    op: 'mean',
    of: [downUp[k] ?? at(0, 0), upDown[k] ?? at(0, 0)],
  }));
}

/** An axis place as a share, for an axis whose labels are `gap` of its length high. */
export function placeAt(place: AxisPlace, gap: number): number {
  if ('share' in place) return place.share + place.gaps * gap;
  const values = place.of.map((p) => placeAt(p, gap));
  if (place.op === 'min') return Math.min(...values);
  if (place.op === 'max') return Math.max(...values);
  return values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
}

/** Several marks of one round side by side, centred on it: 0 for one, ±0.5 for two, … */
function steps(count: number): number[] {
  return Array.from({ length: count }, (_, k) => k - (count - 1) / 2);
}

/** The chart of a game: bands, runs, marks, lanes and legend, placed for its direction. */
export function riskChart(input: RiskChartInput): RiskChart {
  const x = (round: number): number => {
    const share = round / Math.max(1, input.rounds);
    return input.rtl ? 1 - share : share;
  };
  const y = (threat: number): number => (TOP - Math.min(TOP, Math.max(0, threat))) / TOP;
  const bounds = [0, ...input.thresholds, TOP];
  const stages = [5, 4, 3, 2, 1] as const;
  const labels = labelPlaces(
    stages.map((stage) => 1 - ((bounds[stage - 1] ?? 0) + (bounds[stage] ?? TOP)) / 2 / TOP),
  );
  const bands = stages.map((stage, i): ChartBand => ({
    stage,
    top: y(bounds[stage] ?? TOP),
    bottom: y(bounds[stage - 1] ?? 0),
    label: labels[i] ?? { share: 0, gaps: 0 },
  }));
  const series = (id: SeriesId, points: readonly TimelinePoint[]): ChartSeries => ({
    id,
    ...STYLE[id],
    points: points.map((p) => ({
      x: x(p.round),
      y: y(p.threat),
      round: p.round,
      threat: p.threat,
    })),
  });
  const marks = (counts: readonly RoundCount[], spread: boolean): ChartMark[] =>
    counts.map((c) => ({ round: c.round, x: x(c.round), steps: spread ? steps(c.count) : [0] }));
  const lanes = input.lanes ?? [];
  const measures = lanes.length > 0 ? [] : marks(input.measureMarks ?? [], false);
  const alternative = input.alternative ?? null;
  return {
    bands,
    ticks: Array.from({ length: input.rounds + 1 }, (_, round) => ({ round, x: x(round) })),
    series: [
      series('none', input.counterfactual),
      ...(alternative ? [series('change', alternative)] : []),
      series('player', input.player),
    ],
    signs: marks(input.signMarks, false),
    measures,
    lanes: lanes.map((lane) => ({
      id: lane.id,
      marker: lane.marker,
      marks: marks(lane.marks, true),
    })),
    legend: [
      { id: 'player', ...STYLE.player },
      { id: 'none', ...STYLE.none },
      ...(input.measureMarks && lanes.length === 0
        ? [{ id: 'measures', line: null, marker: MEASURE_MARKER } as const]
        : []),
      { id: 'signs', line: null, marker: SIGN_MARKER },
      ...(alternative ? [{ id: 'change', ...STYLE.change } as const] : []),
    ],
  };
}
