import type { z } from 'zod';
import { type ContentError, formatContentError, formatPath, suggest } from './errors.ts';
import { CONTENT_FILES, type Content, ScenarioSchema } from './schema.ts';
import { validateContent } from './validate.ts';

/** Parsed JSON files of a content directory, keyed by path relative to it (`scenarios/x.json`). */
export type ContentFiles = Readonly<Record<string, unknown>>;

/** Result of loading content: the content, or every error found. */
export type LoadResult =
  | { readonly ok: true; readonly content: Content; readonly errors: readonly [] }
  | { readonly ok: false; readonly errors: readonly ContentError[] };

type FileName = keyof typeof CONTENT_FILES;
const FILE_NAMES = Object.keys(CONTENT_FILES) as FileName[];
const SCENARIO_FILE = /^scenarios\/[^/]+\.json$/;

function parse<T>(
  schema: z.ZodType<T>,
  file: string,
  data: unknown,
  errors: ContentError[],
): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push({ file, path: formatPath(issue.path), message: issue.message });
  }
  return undefined;
}

/**
 * Load a content directory: schema-check every file, then cross-validate ids, prerequisite
 * cycles, ¶ and Framework numbers and i18n keys against the English `content` namespace.
 * Pure (no fs): Node tools read the files, the browser passes what Vite bundled.
 */
export function loadContent(files: ContentFiles, englishLocale: unknown): LoadResult {
  const errors: ContentError[] = [];
  const parsed: Partial<Record<FileName, unknown>> = {};
  for (const name of FILE_NAMES) {
    if (!(name in files)) {
      errors.push({ file: name, path: '', message: 'missing file' });
      continue;
    }
    parsed[name] = parse(CONTENT_FILES[name] as z.ZodType, name, files[name], errors);
  }
  const scenarioFiles = Object.keys(files)
    .filter((name) => SCENARIO_FILE.test(name))
    .sort();
  const scenarios = scenarioFiles.map((name) => parse(ScenarioSchema, name, files[name], errors));
  for (const name of Object.keys(files)) {
    if (name in CONTENT_FILES || SCENARIO_FILE.test(name)) continue;
    const hint = suggest(name, FILE_NAMES);
    const expected = hint === undefined ? '' : ` (did you mean "${hint}"?)`;
    errors.push({ file: name, path: '', message: `unexpected content file${expected}` });
  }
  if (scenarioFiles.length === 0) {
    errors.push({ file: 'scenarios/', path: '', message: 'expected at least one scenario' });
  }
  if (errors.length > 0) return { ok: false, errors };

  const content = {
    model: parsed['model.json'],
    factors: parsed['factors.json'],
    roles: parsed['roles.json'],
    measures: parsed['measures.json'],
    signs: parsed['warning-signs.json'],
    triggers: parsed['triggers.json'],
    scenarios,
  } as Content;
  const crossErrors = validateContent(content, englishLocale, scenarioFiles);
  if (crossErrors.length > 0) return { ok: false, errors: crossErrors };
  return { ok: true, content, errors: [] };
}

/** Load content or throw one error listing every problem, one per line. */
export function loadContentOrThrow(files: ContentFiles, englishLocale: unknown): Content {
  const result = loadContent(files, englishLocale);
  if (result.ok) return result.content;
  throw new Error(`Invalid content:\n${result.errors.map(formatContentError).join('\n')}`);
}
