import { type ScenarioFileError, scenarioError } from './scenarioReasons.ts';

/** Keys that could reach an object's prototype if a consumer ever merged the data. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

// A tag, comment or processing instruction as HTML reads one: `<` then a letter, `/`, `!` or `?`.
const MARKUP = /<[a-z!/?]/i;
// Script links, even with spaces or controls slipped inside the scheme.
const SCRIPT_LINK = /(java|vb)script:/i;
// i18next interpolation and nesting, in case text ever passes through it as a resource.
const TEMPLATE = /\{\{|\$t\(/;
// C0/C1 controls except tab and line breaks, bidi overrides, lone surrogates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\ud800-\udfff]/u;

function textProblem(text: string): ScenarioFileError['message']['code'] | undefined {
  if (CONTROL.test(text)) return 'controlCharacter';
  if (MARKUP.test(text)) return 'markup';
  if (SCRIPT_LINK.test(text.replace(/\s+/g, ''))) return 'scriptLink';
  if (TEMPLATE.test(text)) return 'templateSyntax';
  return undefined;
}

/**
 * Walk parsed JSON without recursion: nesting deeper than `maxDepth`, prototype keys anywhere,
 * and markup, script links, template syntax or control characters in any key or string.
 */
export function scanJson(root: unknown, maxDepth: number): ScenarioFileError[] {
  const errors: ScenarioFileError[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const { value, path } = item;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem !== undefined) errors.push(scenarioError(path, problem));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= maxDepth) {
      errors.push(scenarioError(path, 'tooDeep', { maximum: maxDepth }));
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((child: unknown, index) => {
        stack.push({ value: child, path: [...path, index] });
      });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push(scenarioError([...path, key], 'forbiddenKey', { key }));
        continue;
      }
      const problem = textProblem(key);
      if (problem !== undefined) {
        errors.push(scenarioError([...path, key], problem));
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
