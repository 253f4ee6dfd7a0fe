import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../tools/content-dir.ts';
import { type Citations, CitationsSchema, citationErrors } from './citations.ts';
import { formatContentError } from './errors.ts';
import { loadContentOrThrow } from './load.ts';
import type { Content } from './schema.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const locale: unknown = JSON.parse(readFileSync(`${ROOT}locales/en/content.json`, 'utf8'));
const content = loadContentOrThrow(readContentDir(`${ROOT}src/content/data`), locale);
const citations = CitationsSchema.parse(
  JSON.parse(readFileSync(`${ROOT}src/content/citations.json`, 'utf8')),
);

function withSign(id: string, change: Partial<Content['signs'][number]>): Content {
  return { ...content, signs: content.signs.map((s) => (s.id === id ? { ...s, ...change } : s)) };
}

describe('the reviewed citation list', () => {
  it('has one entry per paragraph of the report', () => {
    expect(citations.map((entry) => entry.paragraph)).toEqual(
      Array.from({ length: 43 }, (_, i) => i + 1),
    );
  });

  it('backs every ¶ that a measure or sign cites', () => {
    expect(citationErrors(content, citations).map(formatContentError)).toEqual([]);
  });

  it('fails for a sign whose ¶ does not name it', () => {
    const errors = citationErrors(withSign('arms_inflow', { cites: [37] }), citations);
    expect(errors.map((e) => e.message)).toEqual([
      'sign "arms_inflow" cites ¶37, which does not name it (citations.json)',
    ]);
  });

  it('fails for a measure whose ¶ does not name it', () => {
    const changed: Content = {
      ...content,
      measures: content.measures.map((m) => (m.id === 'veto_restraint' ? { ...m, cites: [5] } : m)),
    };
    expect(citationErrors(changed, citations).map((e) => e.message)).toEqual([
      'measure "veto_restraint" cites ¶5, which does not name it (citations.json)',
    ]);
  });

  it('accepts a Framework indicator instead of a ¶, but not neither', () => {
    const arms = content.signs.find((s) => s.id === 'arms_inflow');
    expect(arms?.cites).toEqual([]);
    expect(arms?.indicators).toEqual(['7.4']);
    const bare = citationErrors(withSign('arms_inflow', { indicators: [] }), citations);
    expect(bare.map((e) => e.message)).toEqual([
      'sign "arms_inflow" cites neither a ¶ nor a Framework indicator',
    ]);
    const foreign = citationErrors(withSign('arms_inflow', { indicators: ['13.8'] }), citations);
    expect(foreign.map((e) => e.message)).toEqual([
      'sign "arms_inflow" cites indicator 13.8 of a risk factor not in its framework',
    ]);
  });

  it('lists only ids that exist', () => {
    const list: Citations = citations.map((entry) =>
      entry.paragraph === 40 ? { ...entry, measures: [...entry.measures, 'veto_ban'] } : entry,
    );
    expect(citationErrors(content, list).map((e) => e.message)).toEqual(['unknown id "veto_ban"']);
  });

  it('rejects a list with a paragraph missing', () => {
    expect(CitationsSchema.safeParse(citations.slice(1)).success).toBe(false);
  });
});
