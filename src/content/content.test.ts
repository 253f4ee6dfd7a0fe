import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../core/model.ts';
import { readContentDir } from '../tools/content-dir.ts';
import { contentStats } from '../tools/content-stats.ts';
import { formatContentError } from './errors.ts';
import { loadContent } from './load.ts';
import { type Content, ROLE_IDS } from './schema.ts';
import { hasLocaleKey } from './validate.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const locale: unknown = JSON.parse(readFileSync(`${ROOT}locales/en/content.json`, 'utf8'));
const result = loadContent(readContentDir(`${ROOT}src/content/data`), locale);

function content(): Content {
  if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
  return result.content;
}

/** Paragraphs the issue requires the measures to cover. */
const REQUIRED = [5, 6, 7, 8, 10, 11, 14, 15, 19, 20, 21, 22, 23, 24, 25];
const REQUIRED_LATE = [30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 42, 43];

function text(key: string): string {
  let node: unknown = locale;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`missing ${key}`);
  return node;
}

describe('game content (src/content/data + locales/en/content.json)', () => {
  it('loads with zero errors', () => {
    expect(result.ok ? [] : result.errors.map(formatContentError)).toEqual([]);
  });

  it('has ≥ 36 measures, ≥ 8 per role, with text, quote (with ¶) and hint', () => {
    const c = content();
    expect(c.measures.length).toBeGreaterThanOrEqual(36);
    for (const role of ROLE_IDS) {
      expect(c.measures.filter((m) => m.role === role).length, role).toBeGreaterThanOrEqual(8);
    }
    for (const m of c.measures) {
      expect(m.cites.length, m.id).toBeGreaterThan(0);
      expect(m.quoteKey, `${m.id} quote`).toBeTruthy();
      expect(m.hintKey, `${m.id} hint`).toBeTruthy();
      expect(text(m.quoteKey ?? '')).toMatch(/¶\d+/);
      expect(text(m.nameKey).split(/\s+/).length, m.id).toBeLessThanOrEqual(4);
      expect(text(m.quoteKey ?? ''), m.id).not.toMatch(/mere gesture/);
    }
    expect(new Set(c.measures.map((m) => m.kind))).toEqual(
      new Set(['structural', 'operational', 'non_recurrence']),
    );
  });

  it('offers the tools of a post-conflict past (amnesty, ¶33; healing and the arts, ¶7) only in the unhealed past', () => {
    const c = content();
    const offering = (id: string) =>
      c.scenarios
        .filter((s) => compileScenario(c, s.id).measures.some((m) => m.id === id))
        .map((s) => s.id);
    expect(offering('end_amnesty')).toEqual(['unhealed_past']);
    expect(offering('psychosocial_arts')).toEqual(['unhealed_past']);
    expect(offering('ratify_treaties')).toEqual([
      'closing_space',
      'crisis_exclusion',
      'election',
      'unhealed_past',
    ]);
  });

  it('covers the required paragraphs of the report with measures', () => {
    const cited = new Set(content().measures.flatMap((m) => m.cites));
    for (const p of [...REQUIRED, ...REQUIRED_LATE])
      expect(cited.has(p), `¶${String(p)}`).toBe(true);
  });

  it('has ≥ 30 warning signs, each on a Framework risk factor and answered by some measure', () => {
    const c = content();
    expect(c.signs.length).toBeGreaterThanOrEqual(30);
    for (const s of c.signs) {
      expect(s.framework.length, s.id).toBeGreaterThan(0);
      const answered = c.measures.some(
        (m) =>
          m.responds.includes(s.id) || m.effects.some((e) => e.factor === s.factor && e.delta < 0),
      );
      expect(answered, s.id).toBe(true);
      expect(text(s.nameKey).split(/\s+/).length, s.id).toBeLessThanOrEqual(8);
    }
  });

  it('has Framework factor 8 triggers, each marked announced or not', () => {
    const c = content();
    expect(c.triggers.length).toBeGreaterThanOrEqual(8);
    for (const t of c.triggers) {
      expect(t.framework, t.id).toContain(8);
      expect(typeof t.announced, t.id).toBe('boolean');
    }
    const kinds = new Set(c.triggers.map((t) => t.kind));
    for (const k of ['election', 'census', 'commemoration', 'economic_shock', 'epidemic']) {
      expect(kinds.has(k as never), k).toBe(true);
    }
  });

  it('has the tutorial (4 rounds, 1 role) and four full scenarios of 10–12 rounds', () => {
    const c = content();
    const ids = c.scenarios.map((s) => s.id).sort();
    expect(ids).toEqual([
      'closing_space',
      'crisis_exclusion',
      'election',
      'tutorial',
      'unhealed_past',
    ]);
    for (const s of c.scenarios) {
      if (s.id === 'tutorial') {
        expect(s.turns).toHaveLength(4);
        expect(s.roles).toHaveLength(1);
        expect(s.tutorialStepKeys).toHaveLength(4);
      } else {
        expect(s.turns.length, s.id).toBeGreaterThanOrEqual(10);
        expect(s.turns.length, s.id).toBeLessThanOrEqual(12);
      }
      expect(s.profile?.regions.length, s.id).toBeGreaterThan(0);
      expect(s.discussionKeys, s.id).toHaveLength(5);
      expect(s.debriefKeys, s.id).toBeDefined();
      expect(s.contentNoteKey, `${s.id} content note`).toBeTruthy();
      expect(s.countryKey, `${s.id} country`).toBeTruthy();
      expect(s.difficulty, `${s.id} difficulty`).toBeTruthy();
      expect(s.themeKeys, `${s.id} themes`).toBeTruthy();
      expect(hasLocaleKey(locale, `scenario.${s.id}.country`), s.id).toBe(true);
    }
  });

  it('has the shared keys the game UI uses', () => {
    const keys = [
      ...ROLE_IDS.flatMap((r) => [`role.${r}.name`, `role.${r}.description`]),
      ...['structural', 'operational', 'non_recurrence'].map((k) => `kind.${k}.name`),
      ...[1, 2, 3, 4, 5].flatMap((n) => [
        `stage.${String(n)}.name`,
        `stage.${String(n)}.description`,
      ]),
      ...['averted', 'contained', 'atrocity'].map((o) => `outcome.${o}.name`),
      ...[1, 2, 3, 4, 5].map((n) => `discussion.stage${String(n)}`),
      'actingEarly',
      'stage.5.name_gentle',
    ];
    for (const key of keys) expect(hasLocaleKey(locale, key), key).toBe(true);
  });

  it('reports the statistics other tooling relies on', () => {
    const stats = contentStats(content(), locale);
    expect(Object.keys(stats)).toEqual([
      'measures',
      'measuresByRole',
      'measuresByKind',
      'citedParagraphs',
      'warningSigns',
      'frameworkFactors',
      'triggers',
      'scenarios',
      'pillars',
      'readability',
    ]);
    expect(stats.frameworkFactors).toContain(8);
    expect(Object.keys(stats.readability ?? {})).toEqual(['measures', 'signs', 'briefings']);
    expect(Object.values(stats.pillars).reduce((a, b) => a + b, 0)).toBe(stats.measures);
    expect(stats.pillars['3']).toBeGreaterThan(0);
  });
});
