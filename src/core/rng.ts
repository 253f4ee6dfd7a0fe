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
  return new Generator(xoroshiro128plusFromState(state));
}

// A class rather than an object of closures: one shape and one set of methods for every game.
class Generator implements Rng {
  readonly #generator: ReturnType<typeof xoroshiro128plusFromState>;

  constructor(generator: ReturnType<typeof xoroshiro128plusFromState>) {
    this.#generator = generator;
  }

  float(): number {
    return uniformFloat64(this.#generator);
  }

  int(min: number, max: number): number {
    return min + Math.floor(uniformFloat64(this.#generator) * (max - min + 1));
  }

  chance(probability: number): boolean {
    return uniformFloat64(this.#generator) < probability;
  }

  state(): RngState {
    return this.#generator.getState();
  }
}
