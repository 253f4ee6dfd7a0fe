/**
 * Reading level of the English card text: Flesch–Kincaid grade (words/flesch-kincaid) with the
 * English syllable counter of words/syllable. Groups: measure descriptions, warning signs and
 * scenario briefings, in both wordings (standard and gentle).
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Text groups checked for reading level. */
export const READABILITY_GROUPS = ['measures', 'signs', 'briefings'] as const;
/** A text group. */
export type ReadabilityGroup = (typeof READABILITY_GROUPS)[number];

/** Targets: each group's mean grade, and any single string. */
export const READABILITY_TARGETS = { mean: 8, max: 11 } as const;

/** Mean and highest grade of a group, rounded to one decimal. */
export interface GroupReadability {
  readonly mean: number;
  readonly max: number;
}

/** Sample names for placeholders, so that a placeholder reads like the words it stands for. */
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const SAMPLE: Readonly<Record<string, string>> = { group: 'Ossveni', region: 'Velmar' };
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?]+(?=[\s"”»)]|$)/g;

/** Flesch–Kincaid grade of one string. */
export function gradeOf(text: string): number {
  const plain = text.replace(PLACEHOLDER, (_, name: string) => SAMPLE[name] ?? name);
  const words = plain.match(WORD) ?? [];
  if (words.length === 0) return 0;
  const sentence = Math.max(1, (plain.match(SENTENCE_END) ?? []).length);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return fleschKincaid({ sentence, word: words.length, syllable: syllables });
}

type Tree = Readonly<Record<string, unknown>>;
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;
const strings = (node: unknown, keys: readonly string[]): [string, string][] =>
  isTree(node)
    ? Object.entries(node).flatMap(([id, entry]) =>
        isTree(entry)
          ? keys.flatMap((key) => {
              const text = entry[key];
              return typeof text === 'string' ? [[`${id}.${key}`, text] as [string, string]] : [];
            })
          : [],
      )
    : [];

/** The English strings of each group, as [key, text] pairs, from the `content` namespace. */
export function readabilityTexts(english: unknown): Record<ReadabilityGroup, [string, string][]> {
  const root: Tree = isTree(english) ? english : {};
  return {
    measures: strings(root.measure, ['description']),
    signs: strings(root.sign, ['description', 'description_gentle']),
    briefings: strings(root.scenario, ['briefing', 'briefing_gentle']),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Mean and highest grade of each group. */
export function readability(english: unknown): Record<ReadabilityGroup, GroupReadability> {
  const texts = readabilityTexts(english);
  const result = {} as Record<ReadabilityGroup, GroupReadability>;
  for (const group of READABILITY_GROUPS) {
    const grades = texts[group].map(([, text]) => gradeOf(text));
    const sum = grades.reduce((a, b) => a + b, 0);
    result[group] = {
      mean: round1(grades.length === 0 ? 0 : sum / grades.length),
      max: round1(Math.max(0, ...grades)),
    };
  }
  return result;
}
