import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** Serialisable PRNG state (xoroshiro128+), stored inside the game state. */
export type RngState = readonly number[];

/** A seeded generator that can be saved back into state at any moment. */
export interface Rng {
  /** Uniform float in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with the given probability (0–1). */
  chance(probability: number): boolean;
  /** Current state, to store back into the game state. */
  state(): RngState;
}

/** Initial PRNG state for a seed. Seeds are taken as 32-bit integers. */
export function seedRng(seed: number): RngState {
  return xoroshiro128plus(seed | 0).getState();
}

/** Reopen a generator from stored state; drawing never mutates the stored array. */
export function openRng(state: RngState): Rng {
  const generator = xoroshiro128plusFromState(state);
  return {
    float: () => uniformFloat64(generator),
    int: (min, max) => min + Math.floor(uniformFloat64(generator) * (max - min + 1)),
    chance: (probability) => uniformFloat64(generator) < probability,
    state: () => generator.getState(),
  };
}
