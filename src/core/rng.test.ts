import { describe, expect, it } from 'vitest';
import { openRng, seedRng } from './rng.ts';

function draw(seed: number, count: number): number[] {
  const rng = openRng(seedRng(seed));
  return Array.from({ length: count }, () => rng.float());
}

describe('rng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
  });

  it('gives different sequences for different seeds', () => {
    expect(draw(1, 10)).not.toEqual(draw(2, 10));
  });

  it('continues exactly from a stored state after a JSON round-trip', () => {
    const rng = openRng(seedRng(7));
    rng.float();
    rng.float();
    const stored: unknown = JSON.parse(JSON.stringify(rng.state()));
    const resumed = openRng(stored as number[]);
    expect(resumed.float()).toBe(rng.float());
  });

  it('keeps ints inside their inclusive bounds and reaches both ends', () => {
    const rng = openRng(seedRng(3));
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const value = rng.int(2, 5);
      expect(value).toBeGreaterThanOrEqual(2);
      expect(value).toBeLessThanOrEqual(5);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('does not mutate the state it was opened from', () => {
    const initial = seedRng(9);
    const copy = [...initial];
    openRng(initial).float();
    expect(initial).toEqual(copy);
  });
});
