/** Run the fuzzed decoders and count what they did. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../content-dir.ts';
import type { Decoder, MessageRef } from './outcome.ts';

/** The figures of one decoder (the JSON of `npm run fuzz -- --json`). */
export interface Figures {
  cases: number;
  accepted: number;
  refused: number;
  /** The decoder threw, or returned a value its type does not allow. */
  crashes: number;
  /** Refusals whose reason has no message in the English locale. */
  unclear: number;
  /** Refused inputs from storage that are no longer on the device. */
  notKeptAside: number;
}

/** A few inputs behind each kind of failure, to reproduce them. */
export interface Findings {
  readonly figures: Figures;
  readonly examples: { kind: 'crash' | 'unclear' | 'notKeptAside'; detail: string }[];
}

/** Whether the English locale has a string under `ref`. */
export function messageExists(ref: MessageRef): boolean {
  const tree: unknown = JSON.parse(
    readFileSync(join(ROOT, 'locales', 'en', `${ref.ns}.json`), 'utf8'),
  );
  let node = tree;
  for (const part of ref.key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

const show = (input: unknown): string => {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

/** Decode `cases` generated inputs (reproducible from `seed`). */
export function fuzzDecoder(target: Decoder, cases: number, seed: number): Findings {
  const figures: Figures = {
    cases: 0,
    accepted: 0,
    refused: 0,
    crashes: 0,
    unclear: 0,
    notKeptAside: 0,
  };
  const examples: Findings['examples'] = [];
  const known = new Map<string, boolean>();
  const note = (kind: Findings['examples'][number]['kind'], detail: string) => {
    if (examples.filter((e) => e.kind === kind).length < 3) examples.push({ kind, detail });
  };
  const property = fc.property(target.cases, (c) => {
    figures.cases++;
    let outcome;
    try {
      outcome = c.decode();
    } catch (error) {
      figures.crashes++;
      note('crash', `${String(error)} on ${show(c.input)}`);
      return true;
    }
    if (outcome.accepted) {
      figures.accepted++;
      return true;
    }
    figures.refused++;
    const { message } = outcome;
    if (message !== 'silent') {
      const id = message === null ? '' : `${message.ns}:${message.key}`;
      const clear = message !== null && (known.get(id) ?? messageExists(message));
      known.set(id, clear);
      if (!clear) {
        figures.unclear++;
        note('unclear', `${outcome.reason} → ${id || 'no message'}`);
      }
    }
    if (outcome.keptAside === false) {
      figures.notKeptAside++;
      note('notKeptAside', `${outcome.reason} on ${show(c.input)}`);
    }
    return true;
  });
  fc.assert(property, { numRuns: cases, seed });
  return { figures, examples };
}
