import { describe, expect, it } from 'vitest';
import { countByRound } from './rounds.ts';

describe('countByRound', () => {
  it('counts each round once, in round order, leaving out rounds that never occur', () => {
    expect(countByRound([3, 1, 3, 3, 5])).toEqual([
      { round: 1, count: 1 },
      { round: 3, count: 3 },
      { round: 5, count: 1 },
    ]);
    expect(countByRound([])).toEqual([]);
  });
});
