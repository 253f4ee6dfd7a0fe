import { z } from 'zod';
import type { ContentError } from './errors.ts';
import { type Content, REPORT_PARAGRAPHS } from './schema.ts';

const id = z.string().regex(/^[a-z][a-z0-9_]*$/);

/**
 * The reviewed citation list (`citations.json`): for each paragraph of the report, the measures
 * (tools) and warning signs it names. Built by reading the report paragraph by paragraph.
 */
export const CitationsSchema = z
  .array(
    z.strictObject({
      paragraph: z.number().int().min(REPORT_PARAGRAPHS.min).max(REPORT_PARAGRAPHS.max),
      measures: z.array(id),
      signs: z.array(id),
    }),
  )
  .refine((list) => list.every((entry, i) => entry.paragraph === i + 1), {
    error: 'expected one entry per paragraph, in order from ¶1',
  });
/** The reviewed citation list. */
export type Citations = z.infer<typeof CitationsSchema>;

const FILE = 'citations.json';

function unknownIds(
  citations: Citations,
  key: 'measures' | 'signs',
  known: ReadonlySet<string>,
): ContentError[] {
  return citations.flatMap((entry, i) =>
    entry[key]
      .filter((name) => !known.has(name))
      .map((name) => ({
        file: FILE,
        path: `[${String(i)}].${key}`,
        message: `unknown id "${name}"`,
      })),
  );
}

/**
 * Check the content's citations against the reviewed list: a measure or sign may cite a ¶ only
 * if that ¶ names it; a sign that cites no ¶ must cite a Framework indicator, and an indicator's
 * risk factor must be among the sign's Framework factors.
 */
export function citationErrors(content: Content, citations: Citations): ContentError[] {
  const names = (key: 'measures' | 'signs', paragraph: number): readonly string[] =>
    citations[paragraph - 1]?.[key] ?? [];
  const errors: ContentError[] = [
    ...unknownIds(citations, 'measures', new Set(content.measures.map((m) => m.id))),
    ...unknownIds(citations, 'signs', new Set(content.signs.map((s) => s.id))),
  ];
  const uncited = (
    file: string,
    kind: string,
    list: readonly { id: string; cites: number[] }[],
  ) => {
    const key = kind === 'measure' ? 'measures' : 'signs';
    for (const [i, item] of list.entries()) {
      for (const paragraph of item.cites) {
        if (names(key, paragraph).includes(item.id)) continue;
        errors.push({
          file,
          path: `[${String(i)}].cites`,
          message: `${kind} "${item.id}" cites ¶${String(paragraph)}, which does not name it (${FILE})`,
        });
      }
    }
  };
  uncited('measures.json', 'measure', content.measures);
  uncited('warning-signs.json', 'sign', content.signs);
  for (const [i, sign] of content.signs.entries()) {
    if (sign.cites.length === 0 && sign.indicators.length === 0) {
      errors.push({
        file: 'warning-signs.json',
        path: `[${String(i)}]`,
        message: `sign "${sign.id}" cites neither a ¶ nor a Framework indicator`,
      });
    }
    for (const indicator of sign.indicators) {
      if (sign.framework.includes(Number(indicator.split('.')[0]))) continue;
      errors.push({
        file: 'warning-signs.json',
        path: `[${String(i)}].indicators`,
        message: `sign "${sign.id}" cites indicator ${indicator} of a risk factor not in its framework`,
      });
    }
  }
  return errors;
}
