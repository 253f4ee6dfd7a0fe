import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_LOCALE } from './content-dir.ts';
import {
  READABILITY_GROUPS,
  READABILITY_TARGETS,
  gradeOf,
  readability,
  readabilityTexts,
} from './readability.ts';

const english: unknown = JSON.parse(readFileSync(CONTENT_LOCALE, 'utf8'));

describe('reading level of the English card text (Flesch–Kincaid)', () => {
  it('grades short plain sentences lower than long technical ones', () => {
    expect(gradeOf('The police stop the march. People go home.')).toBeLessThan(4);
    expect(
      gradeOf(
        'The intergovernmental consultative mechanism institutionalizes comprehensive ' +
          'accountability frameworks, notwithstanding considerable jurisdictional complexity.',
      ),
    ).toBeGreaterThan(READABILITY_TARGETS.max);
  });

  it('reads placeholders as names', () => {
    expect(gradeOf('{{group}} families leave {{region}}.')).toBe(
      gradeOf('Ossveni families leave Velmar.'),
    );
  });

  it('finds the texts of every group', () => {
    const texts = readabilityTexts(english);
    expect(texts.measures.length).toBeGreaterThanOrEqual(55);
    expect(texts.signs.length).toBeGreaterThanOrEqual(40);
    expect(texts.briefings.length).toBeGreaterThanOrEqual(5);
  });

  it.each(READABILITY_GROUPS)('%s: mean grade ≤ 8 and no string above grade 11', (group) => {
    const texts = readabilityTexts(english)[group];
    const hard = texts
      .map(([key, text]) => ({ key, grade: Math.round(gradeOf(text) * 10) / 10 }))
      .filter((s) => s.grade > READABILITY_TARGETS.max);
    expect(hard).toEqual([]);
    expect(readability(english)[group].mean).toBeLessThanOrEqual(READABILITY_TARGETS.mean);
  });
});
