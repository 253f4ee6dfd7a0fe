import { describe, expect, it } from 'vitest';
import { formatContentError, formatPath, suggest } from './errors.ts';
import { fixtureFiles, fixtureLocale } from './fixtures/index.ts';
import { loadContent } from './load.ts';
import { hasLocaleKey } from './validate.ts';

type Json = Record<string, unknown>;
const SCENARIO_FILE = 'scenarios/fixture_election.json';

/** A deep copy of the fixture files, changed by `edit`. */
function broken(edit: (files: Record<string, Json | Json[]>) => void): Record<string, unknown> {
  const files = structuredClone(fixtureFiles) as Record<string, Json | Json[]>;
  edit(files);
  return files;
}

function list(files: Record<string, Json | Json[]>, name: string): Json[] {
  return files[name] as Json[];
}

function item(files: Record<string, Json | Json[]>, name: string, i: number): Json {
  const found = list(files, name)[i];
  if (!found) throw new Error(`no item ${String(i)} in ${name}`);
  return found;
}

function errorsOf(files: Record<string, unknown>, locale: unknown = fixtureLocale): string[] {
  const result = loadContent(files, locale);
  return result.ok ? [] : result.errors.map(formatContentError);
}

describe('loadContent', () => {
  it('accepts the fixture content: a 12-round scenario, 11 measures, all 5 roles', () => {
    const result = loadContent(fixtureFiles, fixtureLocale);
    expect(result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.content.scenarios.map((s) => s.id)).toEqual(['fixture_election']);
    expect(result.content.scenarios[0]?.turns).toHaveLength(12);
    expect(result.content.roles.map((r) => r.id).sort()).toEqual([
      'civil_society',
      'government',
      'nhri',
      'partners',
      'un_system',
    ]);
    expect(result.content.measures.length).toBeGreaterThanOrEqual(8);
    expect(new Set(result.content.measures.map((m) => m.kind)).size).toBeGreaterThanOrEqual(2);
  });

  it('names an unknown trigger with its file, path and a suggestion', () => {
    const files = broken((f) => {
      const scenario = f[SCENARIO_FILE] as { turns: { triggers: { id: string }[] }[] };
      scenario.turns[3] = { triggers: [{ id: 'censu' }] };
    });
    expect(errorsOf(files)).toEqual([
      'scenarios/fixture_election.json: turns[3].triggers[0].id: unknown trigger "censu" (did you mean "census"?)',
    ]);
  });

  it('rejects unknown ids in prerequisites, synergies, sign triggers and scenarios', () => {
    const files = broken((f) => {
      item(f, 'measures.json', 2).requires = ['risk_asessment'];
      item(f, 'warning-signs.json', 5).nearTrigger = { ids: ['elections'] };
      item(f, 'measures.json', 3).synergies = [{ with: 'nowhere' }];
      (f[SCENARIO_FILE] as Json).measures = ['mediation', 'mediaton'];
      item(f, 'measures.json', 4).scenarios = ['fixture_electon'];
    });
    expect(errorsOf(files)).toEqual([
      'measures.json: [2].requires[0]: unknown measure "risk_asessment" (did you mean "risk_assessment"?)',
      'measures.json: [3].synergies[0].with: unknown measure "nowhere"',
      'measures.json: [4].scenarios[0]: unknown scenario "fixture_electon" (did you mean "fixture_election"?)',
      'warning-signs.json: [5].nearTrigger.ids[0]: unknown trigger "elections" (did you mean "election"?)',
      'scenarios/fixture_election.json: measures[1]: unknown measure "mediaton" (did you mean "mediation"?)',
    ]);
  });

  it('rejects cycles in prerequisites', () => {
    const files = broken((f) => {
      item(f, 'measures.json', 0).requires = ['focal_point'];
      item(f, 'measures.json', 2).requires = ['national_action_plan'];
    });
    expect(errorsOf(files)).toEqual([
      'measures.json: [0].requires: prerequisite cycle: national_action_plan → focal_point → national_action_plan',
    ]);
  });

  it('rejects a ¶ outside 1–43 and a Framework factor outside 1–14', () => {
    const files = broken((f) => {
      item(f, 'measures.json', 0).cites = [31, 44];
      item(f, 'warning-signs.json', 0).framework = [7, 15];
      item(f, 'triggers.json', 1).cites = [0];
    });
    expect(errorsOf(files)).toEqual([
      'measures.json: [0].cites[1]: expected a paragraph of the report between 1 and 43',
      'warning-signs.json: [0].framework[1]: expected a Framework of Analysis risk factor 1–14',
      'triggers.json: [1].cites[0]: expected a paragraph of the report between 1 and 43',
    ]);
  });

  it('rejects i18n keys missing from the English locale', () => {
    const files = broken((f) => {
      item(f, 'measures.json', 1).nameKey = 'measure.risk_assessment.title';
    });
    expect(errorsOf(files)).toEqual([
      'measures.json: [1].nameKey: i18n key "measure.risk_assessment.title" is missing from locales/en',
    ]);
    const locale = structuredClone(fixtureLocale) as { sign: Record<string, unknown> };
    delete locale.sign.militia_formed;
    expect(errorsOf(fixtureFiles, locale)).toEqual([
      'warning-signs.json: [4].nameKey: i18n key "sign.militia_formed.name" is missing from locales/en',
      'warning-signs.json: [4].descriptionKey: i18n key "sign.militia_formed.description" is missing from locales/en',
    ]);
  });

  it('rejects unknown factors, wrong factor kinds and missing starting values', () => {
    const files = broken((f) => {
      item(f, 'warning-signs.json', 0).factor = 'institutions';
      item(f, 'triggers.json', 0).effects = [{ factor: 'hate_speach', delta: 3 }];
      delete (f[SCENARIO_FILE] as { initial: Json }).initial.impunity;
    });
    expect(errorsOf(files)).toEqual([
      'warning-signs.json: [0].factor: factor "institutions" is a resilience factor, expected a risk factor',
      'triggers.json: [0].effects[0].factor: unknown factor "hate_speach" (did you mean "hate_speech"?)',
      'scenarios/fixture_election.json: initial: missing a starting value for factor "impunity"',
    ]);
  });

  it('rejects schema errors with the JSON path: types, enums, unknown fields', () => {
    const files = broken((f) => {
      item(f, 'measures.json', 0).cost = '2';
      item(f, 'measures.json', 1).role = 'perpetrator';
      item(f, 'roles.json', 0).colour = 'red';
      item(f, 'measures.json', 2).curve = [1, 1, 1];
    });
    const errors = errorsOf(files);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^roles\.json: \[0]: .*colour/);
    expect(errors[1]).toMatch(/^measures\.json: \[0]\.cost: .*number/);
    expect(errors[2]).toMatch(/^measures\.json: \[1]\.role: .*"government"/);
    expect(errors[3]).toMatch(/^measures\.json: \[2]\.curve/);
  });

  it('rejects duplicate ids, a missing role, a scenario named unlike its file, missing and stray files', () => {
    const dup = broken((f) => {
      item(f, 'measures.json', 1).id = 'national_action_plan';
      f['roles.json'] = list(f, 'roles.json').filter((r) => r.id !== 'partners');
      (f[SCENARIO_FILE] as Json).id = 'election';
    });
    const errors = errorsOf(dup);
    expect(errors).toContain('measures.json: [1].id: duplicate measure id "national_action_plan"');
    expect(errors).toContain('roles.json: missing role "partners"');
    expect(errors).toContain(
      'scenarios/fixture_election.json: id: expected the id "fixture_election" (the file name)',
    );
    const files: Record<string, unknown> = { ...fixtureFiles, 'warning_signs.json': [] };
    delete files['triggers.json'];
    expect(errorsOf(files)).toEqual([
      'triggers.json: missing file',
      'warning_signs.json: unexpected content file (did you mean "warning-signs.json"?)',
    ]);
  });
});

describe('helpers', () => {
  it('formats paths, suggests near ids and reads nested or flat locale keys', () => {
    expect(formatPath(['turns', 3, 'triggers', 0, 'id'])).toBe('turns[3].triggers[0].id');
    expect(formatPath([2, 'requires', 0])).toBe('[2].requires[0]');
    expect(suggest('censu', ['census', 'election'])).toBe('census');
    expect(suggest('zzz', ['census', 'election'])).toBeUndefined();
    expect(hasLocaleKey({ a: { b: 'x' } }, 'a.b')).toBe(true);
    expect(hasLocaleKey({ 'a.b': 'x' }, 'a.b')).toBe(true);
    expect(hasLocaleKey({ a: { b: { c: 'x' } } }, 'a.b')).toBe(false);
  });
});
