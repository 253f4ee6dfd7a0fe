import { z } from 'zod';
import { contentFingerprint } from './fingerprint.ts';
import {
  type ScenarioFileError,
  contentErrorReason,
  scenarioError,
  zodErrors,
} from './scenarioReasons.ts';
import { scanJson } from './scanJson.ts';
import { type Content, RegionSchema, type Scenario, ScenarioSchema } from './schema.ts';
import { validateContent } from './validate.ts';

/** The `format` of a teacher's scenario file. */
export const SCENARIO_FILE_FORMAT = 'act-early-scenario';
/** The layout version this game reads and writes. */
export const SCENARIO_FILE_VERSION = 1;
/** The file name ending the game saves with. */
export const SCENARIO_FILE_EXTENSION = '.actearly.json';
/** Languages teacher text may be written in (the game's seven). */
export const TEXT_LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'it'] as const;
/** A language of teacher text. */
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** Limits of a scenario file: size before parsing, nesting, rounds, counts and text lengths. */
export const SCENARIO_LIMITS = {
  bytes: 1024 * 1024,
  depth: 12,
  rounds: { min: 4, max: 12 },
  triggersPerRound: 4,
  profileItems: 12,
  themes: 8,
  name: 80,
  country: 60,
  placeName: 60,
  briefing: 2000,
  contentNote: 600,
  debrief: 600,
  /** Most problems listed for one file (the first ones found). */
  errors: 100,
} as const;

const line = (max: number) => z.string().min(1).max(max);
const id = RegionSchema.shape.id;

/** A teacher's own words in one language; whatever is left out keeps the built-in wording. */
export const LanguageTextSchema = z.strictObject({
  name: line(SCENARIO_LIMITS.name).optional(),
  country: line(SCENARIO_LIMITS.country).optional(),
  briefing: line(SCENARIO_LIMITS.briefing).optional(),
  contentNote: line(SCENARIO_LIMITS.contentNote).optional(),
  debrief: z
    .strictObject({
      averted: line(SCENARIO_LIMITS.debrief).optional(),
      contained: line(SCENARIO_LIMITS.debrief).optional(),
      atrocity: line(SCENARIO_LIMITS.debrief).optional(),
    })
    .optional(),
  /** Region names by the profile's region id. */
  regions: z.record(id, line(SCENARIO_LIMITS.placeName)).optional(),
  /** Group names by the profile's group id. */
  groups: z.record(id, line(SCENARIO_LIMITS.placeName)).optional(),
});
/** A teacher's words in one language. */
export type LanguageText = z.infer<typeof LanguageTextSchema>;

const TextSchema = z.strictObject(
  Object.fromEntries(TEXT_LANGUAGES.map((l) => [l, LanguageTextSchema.optional()])) as Record<
    TextLanguage,
    z.ZodOptional<typeof LanguageTextSchema>
  >,
);
/** Teacher text by language. */
export type ScenarioText = Partial<Record<TextLanguage, LanguageText>>;

const EnvelopeSchema = z.strictObject({
  format: z.string(),
  version: z.number(),
  content: z.string().regex(/^[0-9a-f]{8}$/, { error: 'fingerprint' }),
  scenario: z.unknown(),
  text: TextSchema.default({}),
});

/** A decoded scenario file: the scenario as built-in content has it, and the teacher's text. */
export interface ScenarioFile {
  readonly format: typeof SCENARIO_FILE_FORMAT;
  readonly version: typeof SCENARIO_FILE_VERSION;
  /** `contentFingerprint` of the content the scenario was made for. */
  readonly content: string;
  readonly scenario: Scenario;
  readonly text: ScenarioText;
}

/** What a file is checked against: the running content and its English `content` namespace. */
export interface ScenarioBase {
  readonly content: Content;
  readonly englishLocale: unknown;
  readonly fingerprint: string;
}

/** The base for decoding against some content (its fingerprint computed once). */
export function scenarioBase(content: Content, englishLocale: unknown): ScenarioBase {
  return { content, englishLocale, fingerprint: contentFingerprint(content) };
}

/** A usable file (warnings: made for other content), or every problem found; never half. */
export type ScenarioFileResult =
  | {
      readonly ok: true;
      readonly file: ScenarioFile;
      readonly warnings: readonly ScenarioFileError[];
    }
  | { readonly ok: false; readonly errors: readonly ScenarioFileError[] };

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rounds 4–12, triggers only within them: checked on the raw data, before the schema. */
function roundErrors(scenario: unknown): ScenarioFileError[] {
  if (!isRecord(scenario) || !Array.isArray(scenario.turns)) return [];
  const turns: unknown[] = scenario.turns;
  const { min, max } = SCENARIO_LIMITS.rounds;
  if (turns.length >= min && turns.length <= max) return [];
  const errors = [
    scenarioError(['scenario', 'turns'], 'roundsOutOfRange', {
      minimum: min,
      maximum: max,
      rounds: turns.length,
    }),
  ];
  turns.forEach((turn, t) => {
    if (t < max || !isRecord(turn) || !Array.isArray(turn.triggers)) return;
    turn.triggers.forEach((_trigger: unknown, j) => {
      errors.push(
        scenarioError(['scenario', 'turns', t, 'triggers', j], 'triggerAfterLastRound', {
          round: t + 1,
          rounds: max,
        }),
      );
    });
  });
  return errors;
}

function duplicateErrors(path: PropertyKey[], values: readonly string[]): ScenarioFileError[] {
  const seen = new Set<string>();
  return values.flatMap((value, i) => {
    if (!seen.has(value)) {
      seen.add(value);
      return [];
    }
    return [scenarioError([...path, i], 'duplicate', { value })];
  });
}

const at = (...path: PropertyKey[]) => ['scenario', ...path];

/**
 * Counts no scenario of this content can exceed, checked before the cross-references so a huge
 * list of unknown ids is refused at once rather than each id looked up and suggested for.
 */
function countErrors(s: Scenario, content: Content): ScenarioFileError[] {
  const errors: ScenarioFileError[] = [];
  const most = (path: PropertyKey[], count: number, maximum: number) => {
    if (count > maximum) errors.push(scenarioError(path, 'tooManyItems', { maximum }));
  };
  const factors = content.factors.length;
  most(at('roles'), s.roles.length, content.roles.length);
  most(at('measures'), s.measures?.length ?? 0, content.measures.length);
  most(at('signs'), s.signs?.length ?? 0, content.signs.length);
  most(at('initial'), Object.keys(s.initial).length, factors);
  most(at('drift'), Object.keys(s.drift).length, factors);
  most(at('tutorialStepKeys'), s.tutorialStepKeys?.length ?? 0, SCENARIO_LIMITS.rounds.max);
  most(at('themeKeys'), s.themeKeys?.length ?? 0, SCENARIO_LIMITS.themes);
  const bySign = Object.keys(s.signContext?.bySign ?? {}).length;
  most(at('signContext', 'bySign'), bySign, content.signs.length + content.triggers.length);
  for (const part of ['regions', 'groups', 'institutions'] as const) {
    most(at('profile', part), s.profile?.[part].length ?? 0, SCENARIO_LIMITS.profileItems);
  }
  s.turns.forEach((turn, t) => {
    most(at('turns', t, 'triggers'), turn.triggers.length, SCENARIO_LIMITS.triggersPerRound);
  });
  return errors;
}

/** Duplicates and ids the built-in content never needs checked. */
function idErrors(s: Scenario, text: ScenarioText, content: Content): ScenarioFileError[] {
  const errors: ScenarioFileError[] = [];
  errors.push(...duplicateErrors(at('roles'), s.roles));
  if (s.measures) errors.push(...duplicateErrors(at('measures'), s.measures));
  if (s.signs) errors.push(...duplicateErrors(at('signs'), s.signs));
  s.turns.forEach((turn, t) => {
    const ids = turn.triggers.map((x) => x.id);
    errors.push(...duplicateErrors(at('turns', t, 'triggers'), ids));
  });
  const known = new Set([...content.signs, ...content.triggers].map((x) => x.id));
  for (const key of Object.keys(s.signContext?.bySign ?? {})) {
    if (!known.has(key)) {
      errors.push(scenarioError(at('signContext', 'bySign', key), 'unknownSign', { value: key }));
    }
  }
  const regions = new Set(s.profile?.regions.map((r) => r.id));
  const groups = new Set(s.profile?.groups.map((g) => g.id));
  for (const language of TEXT_LANGUAGES) {
    const words = text[language];
    for (const key of Object.keys(words?.regions ?? {})) {
      if (!regions.has(key)) {
        errors.push(
          scenarioError(['text', language, 'regions', key], 'unknownRegion', { value: key }),
        );
      }
    }
    for (const key of Object.keys(words?.groups ?? {})) {
      if (!groups.has(key)) {
        errors.push(
          scenarioError(['text', language, 'groups', key], 'unknownGroup', { value: key }),
        );
      }
    }
  }
  return errors;
}

function decode(text: string, base: ScenarioBase): ScenarioFileResult {
  const refuse = (errors: readonly ScenarioFileError[]) => {
    const seen = new Set<string>();
    const kept = errors.filter((e) => {
      const key = `${e.path}\u0000${e.message.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { ok: false as const, errors: kept.slice(0, SCENARIO_LIMITS.errors) };
  };
  const maximum = SCENARIO_LIMITS.bytes;
  if (text.length > maximum || utf8Length(text) > maximum) {
    return refuse([scenarioError([], 'tooLarge', { maximum })]);
  }
  let data: unknown;
  try {
    // A byte-order mark, as some editors write, is not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse([scenarioError([], 'notJson')]);
  }
  const hostile = scanJson(data, SCENARIO_LIMITS.depth);
  if (hostile.length > 0) return refuse(hostile);
  if (!isRecord(data)) return refuse([scenarioError([], 'expectedObject')]);
  if (data.format !== SCENARIO_FILE_FORMAT)
    return refuse([scenarioError(['format'], 'notAScenarioFile')]);
  if (!('version' in data)) return refuse([scenarioError(['version'], 'required')]);
  if (data.version !== SCENARIO_FILE_VERSION) {
    const version = typeof data.version === 'number' ? data.version : String(data.version);
    return refuse([
      scenarioError(['version'], 'unsupportedVersion', {
        version,
        supported: SCENARIO_FILE_VERSION,
      }),
    ]);
  }
  const envelope = EnvelopeSchema.safeParse(data);
  const rounds = roundErrors(data.scenario);
  const scenario = ScenarioSchema.safeParse(data.scenario);
  // concat, not push(...): a list can hold more problems than a call has room for arguments.
  const errors = (envelope.success ? [] : zodErrors(envelope.error, [], data))
    .concat(
      scenario.success
        ? []
        : zodErrors(scenario.error, ['scenario'], data.scenario).filter(
            (e) => rounds.length === 0 || e.path !== 'scenario.turns',
          ),
    )
    .concat(rounds);
  if (!envelope.success || !scenario.success || errors.length > 0) {
    return refuse(errors);
  }
  const file: ScenarioFile = {
    format: SCENARIO_FILE_FORMAT,
    version: SCENARIO_FILE_VERSION,
    content: envelope.data.content,
    scenario: scenario.data,
    text: envelope.data.text,
  };
  const counts = countErrors(file.scenario, base.content);
  if (counts.length > 0) return refuse(counts);
  const scenarioFileName = `scenarios/${file.scenario.id}.json`;
  // The base content is valid; validating it beside this scenario alone can only add noise
  // elsewhere (a measure offered in a built-in scenario that is absent here).
  const cross = validateContent(
    { ...base.content, scenarios: [file.scenario] },
    base.englishLocale,
    [scenarioFileName],
  )
    .filter((e) => e.file === scenarioFileName)
    .map((e) => ({
      path: e.path === '' ? 'scenario' : `scenario.${e.path}`,
      message: contentErrorReason(e),
    }));
  const all = [...cross, ...idErrors(file.scenario, file.text, base.content)];
  if (all.length > 0) return refuse(all);
  const warnings =
    file.content === base.fingerprint
      ? []
      : [
          scenarioError(['content'], 'otherContent', {
            made: file.content,
            running: base.fingerprint,
          }),
        ];
  return { ok: true, file, warnings };
}

/**
 * Decode a teacher's scenario file (`.actearly.json`) against the running content: size before
 * parsing, hostile keys and text, the file's layout, then every field by the schema of built-in
 * content and its cross-references, rounds 4–12 and counts. Never throws: a file is either
 * wholly usable or refused with every problem, each naming its field.
 */
export function decodeScenarioFile(text: string, base: ScenarioBase): ScenarioFileResult {
  try {
    return decode(text, base);
  } catch {
    return { ok: false, errors: [scenarioError([], 'invalid')] };
  }
}

/** A built-in scenario as a file, with no teacher text (every language keeps its wording). */
export function exportScenario(base: ScenarioBase, scenarioId: string): ScenarioFile | undefined {
  const scenario = base.content.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return undefined;
  return {
    format: SCENARIO_FILE_FORMAT,
    version: SCENARIO_FILE_VERSION,
    content: base.fingerprint,
    scenario,
    text: {},
  };
}

/** A file as the game saves it (and `scenario:export` prints it): indented JSON. */
export function scenarioFileText(file: ScenarioFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Content in which a file's scenario can be played by id: it replaces a built-in scenario of the
 * same id or joins them (the core compiles scenarios by id, so it needs no other change).
 */
export function contentWithScenario(content: Content, scenario: Scenario): Content {
  const others = content.scenarios.filter((s) => s.id !== scenario.id);
  return { ...content, scenarios: [...others, scenario] };
}

/** The teacher's words for one field in a language, or undefined for the built-in wording. */
export function teacherText(
  file: ScenarioFile,
  language: string,
  pick: (words: LanguageText) => string | undefined,
): string | undefined {
  const words = (TEXT_LANGUAGES as readonly string[]).includes(language)
    ? file.text[language as TextLanguage]
    : undefined;
  return words === undefined ? undefined : pick(words);
}
