import type Phaser from 'phaser';
import type { TimelinePoint } from '../../core/index.ts';
import { Ink, OkabeIto } from '../palette.ts';
import { STAGE_COLOURS } from '../play/tension.ts';
import { markerPoints, type MarkerShape } from './markers.ts';

export interface ChartBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a value lands in the chart, for DOM labels placed beside the canvas. */
export interface ChartScale {
  x(round: number): number;
  y(threat: number): number;
}

/** One team's lane under the chart (the class debrief): a marker for each measure it took. */
export interface ChartLane {
  /** The lane's centre line, in stage pixels. */
  readonly y: number;
  readonly colour: number;
  readonly shape: MarkerShape;
  readonly marks: readonly { round: number; count: number }[];
}

/** Radius of a team's marker in its lane. */
const LANE_MARKER = 13;

/** A filled marker with a light edge, so dark team colours stand out on the night background. */
function drawMarker(
  g: Phaser.GameObjects.Graphics,
  shape: MarkerShape,
  x: number,
  y: number,
  colour: number,
  radius = LANE_MARKER,
): void {
  const [first, ...rest] = markerPoints(shape, radius);
  if (!first) return;
  g.fillStyle(colour, 1).lineStyle(3, Ink.paper, 1).beginPath();
  g.moveTo(first.x + x, first.y + y);
  for (const point of rest) g.lineTo(point.x + x, point.y + y);
  g.closePath().fillPath().strokePath();
}

/** The replayed game: a dotted purple line with hexagon markers, under the players' own line. */
function alternativeLine(
  g: Phaser.GameObjects.Graphics,
  scale: ChartScale,
  points: readonly TimelinePoint[],
): void {
  g.fillStyle(OkabeIto.reddishPurple, 1);
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1];
    const to = points[i];
    if (!from || !to) continue;
    const dots = 8;
    for (let d = 0; d < dots; d++) {
      const a = (d + 0.5) / dots;
      g.fillCircle(
        scale.x(from.round) + (scale.x(to.round) - scale.x(from.round)) * a,
        scale.y(from.threat) + (scale.y(to.threat) - scale.y(from.threat)) * a,
        3.5,
      );
    }
  }
  for (const point of points) {
    drawMarker(
      g,
      'hexagon',
      scale.x(point.round),
      scale.y(point.threat),
      OkabeIto.reddishPurple,
      9,
    );
  }
}

/**
 * Threat over the rounds: the players' run as a solid line with round markers, the run without
 * any action as a dashed line with square markers, over bands for the five stages. Measures
 * taken are drawn as triangles under the axis and warning signs seen as diamonds above it. A
 * replay with one change (`alternative`) is a dotted line with hexagons.
 * `lanes` (the class debrief) adds a row per team further down, one marker per measure taken.
 */
export function drawRiskChart(
  g: Phaser.GameObjects.Graphics,
  box: ChartBox,
  data: {
    rounds: number;
    thresholds: readonly number[];
    player: readonly TimelinePoint[];
    counterfactual: readonly TimelinePoint[];
    measureMarks: readonly { round: number; count: number }[];
    signMarks: readonly { round: number; count: number }[];
    lanes?: readonly ChartLane[];
    /** The players' game replayed with one change ("try it yourself"), dotted. */
    alternative?: readonly TimelinePoint[] | null;
  },
  rtl: boolean,
): ChartScale {
  const top = 100;
  const scale: ChartScale = {
    x: (round) => {
      const share = round / Math.max(1, data.rounds);
      return box.x + (rtl ? 1 - share : share) * box.width;
    },
    y: (threat) => box.y + box.height - (Math.min(top, Math.max(0, threat)) / top) * box.height,
  };

  const bounds = [0, ...data.thresholds, top];
  for (let stage = 1; stage <= 5; stage++) {
    const low = bounds[stage - 1] ?? 0;
    const high = bounds[stage] ?? top;
    const colour = STAGE_COLOURS[stage as 1 | 2 | 3 | 4 | 5];
    g.fillStyle(colour, 0.32).fillRect(
      box.x,
      scale.y(high),
      box.width,
      scale.y(low) - scale.y(high),
    );
  }
  g.lineStyle(2, Ink.mist, 0.6).strokeRect(box.x, box.y, box.width, box.height);

  const line = (points: readonly TimelinePoint[], colour: number, dashed: boolean): void => {
    g.lineStyle(6, colour, 1);
    for (let i = 1; i < points.length; i++) {
      const from = points[i - 1];
      const to = points[i];
      if (!from || !to) continue;
      const x1 = scale.x(from.round);
      const y1 = scale.y(from.threat);
      const x2 = scale.x(to.round);
      const y2 = scale.y(to.threat);
      if (!dashed) {
        g.lineBetween(x1, y1, x2, y2);
        continue;
      }
      const dashes = 6;
      for (let d = 0; d < dashes; d++) {
        const a = d / dashes;
        const b = (d + 0.55) / dashes;
        g.lineBetween(
          x1 + (x2 - x1) * a,
          y1 + (y2 - y1) * a,
          x1 + (x2 - x1) * b,
          y1 + (y2 - y1) * b,
        );
      }
    }
    for (const point of points) {
      const x = scale.x(point.round);
      const y = scale.y(point.threat);
      g.fillStyle(colour, 1);
      if (dashed) g.fillRect(x - 8, y - 8, 16, 16);
      else g.fillCircle(x, y, 9);
    }
  };
  line(data.counterfactual, OkabeIto.vermillion, true);
  if (data.alternative) alternativeLine(g, scale, data.alternative);
  line(data.player, OkabeIto.blue, false);
  g.lineStyle(3, Ink.paper, 1);
  for (const point of data.player) g.strokeCircle(scale.x(point.round), scale.y(point.threat), 9);

  for (const mark of data.measureMarks) {
    const x = scale.x(mark.round);
    const y = box.y + box.height + 22;
    g.fillStyle(OkabeIto.bluishGreen, 1).fillTriangle(x - 14, y + 12, x + 14, y + 12, x, y - 12);
  }
  for (const mark of data.signMarks) {
    const x = scale.x(mark.round);
    const y = box.y - 22;
    g.fillStyle(OkabeIto.yellow, 1);
    g.fillTriangle(x, y - 14, x + 12, y, x - 12, y);
    g.fillTriangle(x, y + 14, x + 12, y, x - 12, y);
  }

  // Several measures in one round fan out sideways, never wider than most of a round's width.
  const roundWidth = box.width / Math.max(1, data.rounds);
  for (const lane of data.lanes ?? []) {
    g.lineStyle(2, Ink.mist, 0.3).lineBetween(box.x, lane.y, box.x + box.width, lane.y);
    for (const mark of lane.marks) {
      const gap = Math.min(18, (roundWidth * 0.8 - 2 * LANE_MARKER) / Math.max(1, mark.count - 1));
      for (let k = 0; k < mark.count; k++) {
        const offset = (k - (mark.count - 1) / 2) * gap * (rtl ? -1 : 1);
        drawMarker(g, lane.shape, scale.x(mark.round) + offset, lane.y, lane.colour);
      }
    }
  }
  return scale;
}
