/** What a fuzzed decoder reports about one input, and the table entry type. */
import type fc from 'fast-check';

/** A translated message: namespace and key (checked against the English locale). */
export interface MessageRef {
  readonly ns: 'ui' | 'classroom' | 'sharing';
  readonly key: string;
}

/** What a decoder did with one input. */
export type Outcome =
  | { readonly accepted: true }
  | {
      readonly accepted: false;
      readonly reason: string;
      /** The words the player or teacher is shown; `silent`: a fallback that needs none. */
      readonly message: MessageRef | 'silent' | null;
      /** Whether the refused input is still on the device (null: nothing was stored). */
      readonly keptAside: boolean | null;
    };

/** One generated case: its input (for the report) and its decoding. */
export interface FuzzCase {
  readonly input: unknown;
  readonly decode: () => Outcome;
}

/** A fuzzed decoder. */
export interface Decoder {
  readonly name: string;
  readonly cases: fc.Arbitrary<FuzzCase>;
}

/** A table entry from its inputs and its decoding of one input. */
export function decoder<I>(
  name: string,
  inputs: fc.Arbitrary<I>,
  decode: (input: I) => Outcome,
): Decoder {
  return { name, cases: inputs.map((input) => ({ input, decode: () => decode(input) })) };
}

/** Throws (counted as a crash) when a decoder returned a value its type does not allow. */
export function invariant(holds: boolean, what: string): void {
  if (!holds) throw new Error(`invariant broken: ${what}`);
}
