import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playGame } from '../core/simulate.ts';
import { compileScenario } from '../core/model.ts';
import { score } from '../core/scoring.ts';
import { replay } from '../core/step.ts';
import { readContentDir } from '../tools/content-dir.ts';
import { loadContentOrThrow } from './load.ts';
import {
  SCENARIO_FILE_FORMAT,
  SCENARIO_LIMITS,
  TEXT_LANGUAGES,
  contentWithScenario,
  decodeScenarioFile,
  exportScenario,
  scenarioBase,
  teacherText,
} from './scenarioFile.ts';
import { SCENARIO_REASONS, contentErrorReason } from './scenarioReasons.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const locale: unknown = JSON.parse(readFileSync(`${ROOT}locales/en/content.json`, 'utf8'));
const content = loadContentOrThrow(readContentDir(`${ROOT}src/content/data`), locale);
const base = scenarioBase(content, locale);
const IDS = content.scenarios.map((s) => s.id);

type Json = Record<string, unknown>;

/** A fresh, mutable copy of the election scenario's file. */
function electionFile(): Json & { scenario: Json & { turns: Json[] }; text: Json } {
  return JSON.parse(JSON.stringify(exportScenario(base, 'election'))) as ReturnType<
    typeof electionFile
  >;
}

function errorsOf(data: unknown): { path: string; code: string }[] {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  const result = decodeScenarioFile(text, base);
  if (result.ok) return [];
  return result.errors.map((e) => ({ path: e.path, code: e.message.code }));
}

describe('decodeScenarioFile', () => {
  it('accepts every built-in scenario exported, with no warning', () => {
    expect(IDS.length).toBeGreaterThanOrEqual(5);
    for (const id of IDS) {
      const result = decodeScenarioFile(JSON.stringify(exportScenario(base, id)), base);
      expect(result, id).toMatchObject({ ok: true, warnings: [] });
    }
  });

  it('accepts teacher text in several languages and returns it for the game', () => {
    const file = electionFile();
    file.text = {
      fr: { briefing: 'Un pays en crise.', regions: { velmar: 'Velmarie' } },
      ar: { name: 'أزمة المعلم', debrief: { averted: 'أحسنتم.' } },
    };
    const result = decodeScenarioFile(JSON.stringify(file), base);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(teacherText(result.file, 'fr', (w) => w.briefing)).toBe('Un pays en crise.');
    expect(teacherText(result.file, 'ar', (w) => w.debrief?.averted)).toBe('أحسنتم.');
    expect(teacherText(result.file, 'en', (w) => w.briefing)).toBeUndefined();
    expect(teacherText(result.file, 'de', (w) => w.briefing)).toBeUndefined();
  });

  it('refuses malformed JSON and what is not a scenario file', () => {
    expect(errorsOf('{"format": ')).toEqual([{ path: '', code: 'notJson' }]);
    expect(errorsOf('')).toEqual([{ path: '', code: 'notJson' }]);
    expect(errorsOf('[]')).toEqual([{ path: '', code: 'expectedObject' }]);
    expect(errorsOf({ format: 'act-early-save', version: 1 })).toEqual([
      { path: 'format', code: 'notAScenarioFile' },
    ]);
    expect(errorsOf({ format: SCENARIO_FILE_FORMAT, version: 2 })).toEqual([
      { path: 'version', code: 'unsupportedVersion' },
    ]);
    expect(errorsOf({ format: SCENARIO_FILE_FORMAT, version: 1 })).toEqual([
      { path: 'content', code: 'required' },
      { path: 'scenario', code: 'required' },
    ]);
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const file = electionFile();
    const padded = JSON.stringify(file).replace(
      /}$/,
      `,"pad":"${'x'.repeat(SCENARIO_LIMITS.bytes)}"}`,
    );
    expect(errorsOf(padded)).toEqual([{ path: '', code: 'tooLarge' }]);
    // Counted in UTF-8 bytes: 400,000 three-byte characters are 1.2 MB.
    expect(errorsOf(`"${'危'.repeat(400_000)}"`)).toEqual([{ path: '', code: 'tooLarge' }]);
    expect(errorsOf('{'.repeat(SCENARIO_LIMITS.bytes + 1))).toEqual([
      { path: '', code: 'tooLarge' },
    ]);
  });

  it('refuses prototype keys anywhere, naming the field', () => {
    const file = electionFile();
    const withKey = (key: string) =>
      JSON.stringify(file).replace('"initial":{', `"initial":{"${key}":{"polluted":true},`);
    expect(errorsOf(withKey('__proto__'))).toEqual([
      { path: 'scenario.initial.__proto__', code: 'forbiddenKey' },
    ]);
    expect(errorsOf(withKey('constructor'))).toEqual([
      { path: 'scenario.initial.constructor', code: 'forbiddenKey' },
    ]);
    expect(errorsOf(JSON.stringify(file).replace(/^{/, '{"prototype":1,'))).toEqual([
      { path: 'prototype', code: 'forbiddenKey' },
    ]);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('refuses markup, script links, template syntax and control characters in any text', () => {
    const cases: [string, string][] = [
      ['<script>alert(1)</script>', 'markup'],
      ['Read <b>this</b>', 'markup'],
      ['</textarea>', 'markup'],
      ['<!-- hidden -->', 'markup'],
      ['click javascript:alert(1)', 'scriptLink'],
      ['JaVa\tScRiPt :alert(1)', 'scriptLink'],
      ['{{group}} again', 'templateSyntax'],
      ['$t(ui:title)', 'templateSyntax'],
      ['bell \u0007', 'controlCharacter'],
      ['\u202eevil', 'controlCharacter'],
    ];
    for (const [text, code] of cases) {
      const file = electionFile();
      file.text = { fr: { briefing: text } };
      expect(errorsOf(file), text).toEqual([{ path: 'text.fr.briefing', code }]);
    }
    const file = electionFile();
    file.scenario.nameKey = '<img src=x onerror=alert(1)>';
    expect(errorsOf(file)).toEqual([{ path: 'scenario.nameKey', code: 'markup' }]);
    const fine = electionFile();
    fine.text = { en: { briefing: 'Risk rose by < 5 points, a < b; a\nnew line.' } };
    expect(errorsOf(fine)).toEqual([]);
  });

  it('refuses nesting deeper than the limit without recursing', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    expect(errorsOf(deep)).toEqual([
      { path: '[0]'.repeat(SCENARIO_LIMITS.depth), code: 'tooDeep' },
    ]);
  });

  it('refuses out-of-range rounds, intensities and triggers after the last round', () => {
    const short = electionFile();
    short.scenario.turns = short.scenario.turns.slice(0, 3);
    expect(errorsOf(short)).toEqual([{ path: 'scenario.turns', code: 'roundsOutOfRange' }]);
    const long = electionFile();
    long.scenario.turns.push({ triggers: [{ id: 'election', intensity: 1 }] });
    expect(errorsOf(long)).toEqual([
      { path: 'scenario.turns', code: 'roundsOutOfRange' },
      { path: 'scenario.turns[12].triggers[0]', code: 'triggerAfterLastRound' },
    ]);
    const strong = electionFile();
    strong.scenario.turns[6] = { triggers: [{ id: 'election', intensity: 9 }] };
    expect(errorsOf(strong)).toEqual([
      { path: 'scenario.turns[6].triggers[0].intensity', code: 'numberTooBig' },
    ]);
    const start = electionFile();
    (start.scenario.initial as Json).hate_speech = -1;
    start.scenario.difficulty = 1.5;
    expect(errorsOf(start)).toEqual([
      { path: 'scenario.initial.hate_speech', code: 'numberTooSmall' },
      { path: 'scenario.difficulty', code: 'expectedWholeNumber' },
    ]);
  });

  it('refuses unknown measure, trigger, role, factor and field ids with the field', () => {
    const file = electionFile();
    file.scenario.measures = ['national_action_plan', 'magic_peace'];
    file.scenario.turns[2] = { triggers: [{ id: 'meteor' }] };
    (file.scenario.drift as Json).weather = 1;
    file.scenario.roles = ['government', 'army'];
    file.scenario.colour = 'red';
    file.text = { de: { briefing: 'Hallo' }, fr: { regions: { atlantis: 'Atlantide' } } };
    expect(errorsOf(file)).toEqual([
      { path: 'text.de', code: 'unknownField' },
      { path: 'scenario.roles[1]', code: 'notAllowed' },
      { path: 'scenario.colour', code: 'unknownField' },
    ]);
    delete file.scenario.colour;
    file.scenario.roles = ['government'];
    file.text = { fr: { regions: { atlantis: 'Atlantide' } } };
    expect(errorsOf(file)).toEqual([
      { path: 'scenario.measures[1]', code: 'unknownMeasure' },
      { path: 'scenario.drift.weather', code: 'unknownFactor' },
      { path: 'scenario.turns[2].triggers[0].id', code: 'unknownTrigger' },
      { path: 'text.fr.regions.atlantis', code: 'unknownRegion' },
    ]);
  });

  it('refuses duplicates, too many triggers in a round and over-long text', () => {
    const file = electionFile();
    file.scenario.roles = ['nhri', 'nhri'];
    file.scenario.turns[0] = {
      triggers: ['election', 'census', 'election'].map((id) => ({ id })),
    };
    file.text = { es: { name: 'x'.repeat(SCENARIO_LIMITS.name + 1) } };
    expect(errorsOf(file)).toEqual([{ path: 'text.es.name', code: 'textTooLong' }]);
    file.text = {};
    const errors = errorsOf(file);
    expect(errors).toContainEqual({ path: 'scenario.roles[1]', code: 'duplicate' });
    expect(errors).toContainEqual({ path: 'scenario.turns[0].triggers[2]', code: 'duplicate' });
  });

  it('refuses very long lists quickly, and lists at most the error limit', () => {
    const file = electionFile();
    file.scenario.signs = Array.from({ length: 60_000 }, (_, i) => `sign_${String(i)}`);
    const start = performance.now();
    const errors = errorsOf(file);
    expect(performance.now() - start).toBeLessThan(4000);
    expect(errors).toEqual([{ path: 'scenario.signs', code: 'tooManyItems' }]);
    file.scenario.signs = [];
    file.scenario.cites = Array.from({ length: 200_000 }, () => 99);
    expect(errorsOf(file)).toHaveLength(SCENARIO_LIMITS.errors);
    file.scenario.cites = [];
    file.scenario.turns = Array.from({ length: 25_000 }, () => ({ triggers: [{ id: 'census' }] }));
    const rounds = errorsOf(file);
    expect(rounds).toHaveLength(SCENARIO_LIMITS.errors);
    expect(rounds[0]).toEqual({ path: 'scenario.turns', code: 'roundsOutOfRange' });
  }, 30_000);

  it('warns, without refusing, when the file was made for other content', () => {
    const file = electionFile();
    file.content = '00000000';
    const result = decodeScenarioFile(JSON.stringify(file), base);
    expect(result.ok && result.warnings.map((w) => w.message.code)).toEqual(['otherContent']);
    file.content = 'not-hex';
    expect(errorsOf(file)).toEqual([{ path: 'content', code: 'badFingerprint' }]);
  });

  it('maps every kind of cross-reference error of validate.ts to a reason code', () => {
    const messages = [
      'unknown factor "x" (did you mean "y"?)',
      'unknown warning sign "x"',
      'unknown profile group "x"',
      'factor "x" is a capacity factor, expected a risk factor',
      'i18n key "a.b" is missing from locales/en',
      'missing a starting value for factor "x"',
      'measure "a" requires "b", which is not available',
    ];
    for (const message of messages) {
      const reason = contentErrorReason({ file: 'scenarios/x.json', path: 'a', message });
      expect(reason.code, message).not.toBe('invalid');
      expect(SCENARIO_REASONS).toContain(reason.code);
    }
    const file = electionFile();
    file.scenario.nameKey = 'scenario.nowhere.name';
    delete (file.scenario.initial as Json).cooperation;
    (file.scenario.model as Json) = { civicSpaceFactor: 'cooperation' };
    expect(errorsOf(file)).toEqual([
      { path: 'scenario.model.civicSpaceFactor', code: 'expectedRiskFactor' },
      { path: 'scenario.nameKey', code: 'unknownTextKey' },
      { path: 'scenario.initial', code: 'missingStartingValue' },
    ]);
  });

  it('has an English message for every reason code, and no other', () => {
    const english = JSON.parse(readFileSync(`${ROOT}locales/en/sharing.json`, 'utf8')) as Record<
      string,
      string
    >;
    expect(Object.keys(english).sort()).toEqual([...SCENARIO_REASONS].sort());
  });

  it('has one text language per language folder', () => {
    expect([...TEXT_LANGUAGES].sort()).toEqual(readdirSync(`${ROOT}locales`).sort());
  });
});

/** Every path into a JSON value, as key lists. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => pathsOf((value as Json)[k], [...at, k]))];
}

describe('decodeScenarioFile on arbitrary input', () => {
  const valid = new Set<string>(SCENARIO_REASONS);
  const settles = (text: string) => {
    const result = decodeScenarioFile(text, base);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    // The catch-all of a decoder that threw inside: none of these inputs may reach it.
    expect(result.errors).not.toEqual([{ path: '', message: { code: 'invalid', params: {} } }]);
    for (const e of result.errors) {
      expect(typeof e.path).toBe('string');
      expect(valid.has(e.message.code)).toBe(true);
    }
  };

  it('settles any value at any field of a valid file with a result, never a throw', () => {
    const paths = pathsOf(electionFile()).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const file = electionFile();
        let node: Json = file;
        for (const key of path.slice(0, -1)) node = node[key] as Json;
        node[path[path.length - 1] ?? ''] = value;
        settles(JSON.stringify(file));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('settles any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), settles), { numRuns: 200 });
  }, 30_000);
});

describe('export → file → decode → play', () => {
  it('plays every exported scenario exactly as the built-in one', () => {
    for (const id of IDS) {
      const result = decodeScenarioFile(JSON.stringify(exportScenario(base, id)), base);
      if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.errors)}`);
      const played = contentWithScenario(content, result.file.scenario);
      for (const seed of [1, 7, 42]) {
        const builtIn = playGame(compileScenario(content, id), seed, 'randomFull');
        const again = replay(played, id, seed, builtIn.log).state;
        expect(again.history, `${id} seed ${String(seed)}`).toEqual(builtIn.history);
        expect(again.peakStage).toBe(builtIn.peakStage);
        expect(score(again)).toEqual(score(builtIn));
      }
    }
  });

  it('notices a changed scenario (the comparison can fail)', () => {
    const file = electionFile();
    file.scenario.turns[6] = { triggers: [{ id: 'election', intensity: 4 }] };
    const result = decodeScenarioFile(JSON.stringify(file), base);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const played = contentWithScenario(content, result.file.scenario);
    expect(played.scenarios.filter((s) => s.id === 'election')).toHaveLength(1);
    const builtIn = playGame(compileScenario(content, 'election'), 3, 'none');
    const changed = replay(played, 'election', 3, builtIn.log).state;
    expect(changed.history).not.toEqual(builtIn.history);
  });
});
