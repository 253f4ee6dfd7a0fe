import { describe, expect, it } from 'vitest';
import { labelPlaces, placeAt, riskChart, type RiskChartInput } from './chart.ts';
import type { TimelinePoint } from './counterfactual.ts';

const run = (threats: readonly number[]): TimelinePoint[] =>
  threats.map((threat, round) => ({ round, threat, risk: 0, resilience: 0, stage: 1 }));

const input: RiskChartInput = {
  rounds: 4,
  thresholds: [20, 40, 60, 80],
  player: run([10, 30, 50, 45, 40]),
  counterfactual: run([10, 35, 60, 85, 100]),
  signMarks: [{ round: 1, count: 2 }],
  measureMarks: [
    { round: 1, count: 1 },
    { round: 3, count: 2 },
  ],
  rtl: false,
};

describe('labelPlaces', () => {
  const places = (wanted: readonly number[], gap: number) =>
    labelPlaces(wanted).map((place) => placeAt(place, gap));

  it('leaves labels that do not overlap where they are wanted', () => {
    const got = places([0.2, 0.5, 0.8], 0.1);
    [0.2, 0.5, 0.8].forEach((want, i) => {
      expect(got[i]).toBeCloseTo(want);
    });
  });

  it('spreads crowded labels around their middle, keeping their order', () => {
    const got = places([0.1, 0.45, 0.5, 0.55, 0.9], 0.1);
    [0.1, 0.4, 0.5, 0.6, 0.9].forEach((want, i) => {
      expect(got[i]).toBeCloseTo(want);
    });
  });

  it('keeps labels a gap apart and on the axis at any gap that leaves them room', () => {
    const wanted = [0.02, 0.3, 0.33, 0.36, 0.97];
    for (const gap of [0.05, 0.1, 0.15, 0.19]) {
      const got = places(wanted, gap);
      for (let i = 1; i < got.length; i++) {
        expect((got[i] ?? 0) - (got[i - 1] ?? 0)).toBeGreaterThanOrEqual(gap - 1e-9);
      }
      expect(Math.min(...got)).toBeGreaterThanOrEqual(gap / 2 - 1e-9);
      expect(Math.max(...got)).toBeLessThanOrEqual(1 - gap / 2 + 1e-9);
    }
  });
});

describe('riskChart', () => {
  it('places the runs, the stage bands and the ticks as shares of the plot', () => {
    const chart = riskChart(input);
    expect(chart.bands.map((b) => [b.stage, b.top, b.bottom])).toEqual([
      [5, 0, 0.2],
      [4, 0.2, 0.4],
      [3, 0.4, 0.6],
      [2, 0.6, 0.8],
      [1, 0.8, 1],
    ]);
    const player = chart.series.find((s) => s.id === 'player');
    expect(player?.points.map((p) => [p.x, p.y])).toEqual([
      [0, 0.9],
      [0.25, 0.7],
      [0.5, 0.5],
      [0.75, 0.55],
      [1, 0.6],
    ]);
    expect(chart.ticks.map((t) => t.x)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(chart.measures.map((m) => m.x)).toEqual([0.25, 0.75]);
    expect(chart.signs.map((m) => m.x)).toEqual([0.25]);
  });

  it('tells each run apart by its line and marker, and draws the players’ run on top', () => {
    const chart = riskChart({ ...input, alternative: run([10, 20, 30, 30, 30]) });
    expect(chart.series.map((s) => [s.id, s.line, s.marker])).toEqual([
      ['none', 'dashed', 'square'],
      ['change', 'dotted', 'hexagon'],
      ['player', 'solid', 'circle'],
    ]);
    expect(chart.legend.map((e) => e.id)).toEqual([
      'player',
      'none',
      'measures',
      'signs',
      'change',
    ]);
    expect(new Set(chart.legend.map((e) => `${String(e.line)}/${e.marker}`)).size).toBe(5);
  });

  it('adds the change and its legend entry only while there is one', () => {
    const chart = riskChart(input);
    expect(chart.series.map((s) => s.id)).toEqual(['none', 'player']);
    expect(chart.legend.map((e) => e.id)).not.toContain('change');
  });

  it('mirrors right to left: round 0 on the right', () => {
    const chart = riskChart({ ...input, rtl: true });
    expect(chart.ticks.map((t) => t.x)).toEqual([1, 0.75, 0.5, 0.25, 0]);
    expect(chart.series.at(-1)?.points[0]?.x).toBe(1);
  });

  it('gives each team a lane with its measures spread sideways, and no measure row', () => {
    const chart = riskChart({
      ...input,
      lanes: [
        { id: 'team1', marker: 'square', marks: [{ round: 2, count: 3 }] },
        { id: 'team2', marker: 'triangle', marks: [] },
      ],
    });
    expect(chart.measures).toEqual([]);
    expect(chart.legend.map((e) => e.id)).toEqual(['player', 'none', 'signs']);
    expect(chart.lanes).toEqual([
      { id: 'team1', marker: 'square', marks: [{ round: 2, x: 0.5, steps: [-1, 0, 1] }] },
      { id: 'team2', marker: 'triangle', marks: [] },
    ]);
  });

  it('keeps threats beyond the scale on the plot', () => {
    const chart = riskChart({ ...input, player: run([-5, 120]) });
    expect(chart.series.at(-1)?.points.map((p) => p.y)).toEqual([1, 0]);
  });
});
