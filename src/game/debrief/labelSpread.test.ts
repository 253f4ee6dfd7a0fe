import { describe, expect, it } from 'vitest';
import { spreadLabels } from './labelSpread.ts';

describe('spreadLabels', () => {
  it('leaves labels that do not overlap where they are wanted', () => {
    expect(spreadLabels([0.2, 0.5, 0.8], 0.1)).toEqual([0.2, 0.5, 0.8]);
  });

  it('spreads crowded labels evenly around their middle, keeping their order', () => {
    const places = spreadLabels([0.1, 0.45, 0.5, 0.55, 0.9], 0.1);
    expect(places[0]).toBeCloseTo(0.1);
    expect(places[1]).toBeCloseTo(0.4);
    expect(places[2]).toBeCloseTo(0.5);
    expect(places[3]).toBeCloseTo(0.6);
    expect(places[4]).toBeCloseTo(0.9);
  });

  it('merges a group that its spreading pushes into the next', () => {
    const places = spreadLabels([0.3, 0.36, 0.42, 0.5], 0.1);
    for (let i = 1; i < places.length; i++) {
      expect((places[i] ?? 0) - (places[i - 1] ?? 0)).toBeCloseTo(0.1);
    }
  });

  it('keeps every label on the axis', () => {
    const places = spreadLabels([0.96, 0.98, 0.99], 0.1);
    expect(Math.max(...places)).toBeLessThanOrEqual(0.95 + 1e-9);
    expect(Math.min(...places)).toBeGreaterThanOrEqual(0.05);
  });
});
