import { describe, expect, it } from 'vitest';
import { localPlugin, moduleStateRules } from '../../eslint.config.js';
import { lintSnippet } from './lintHarness.ts';

/** Lint `code` as a file of src/ with the module-state rule only. */
function lint(code: string): string[] {
  return lintSnippet(code, moduleStateRules, { local: localPlugin }).map(
    (message) => `${String(message.line)}: ${message.message}`,
  );
}

describe('no-module-state lint rule', () => {
  it('rejects a module-level let or var, exported or not', () => {
    expect(
      lint('let a = 1;\nexport let b = 2;\nvar c = 3;\nexport const f = () => a + b + c;\n'),
    ).toEqual([
      expect.stringMatching(/^1: Module-level `let a`/),
      expect.stringMatching(/^2: Module-level `let b`/),
      expect.stringMatching(/^3: Module-level `var c`/),
    ]);
  });

  it('rejects writing a module-level object, here or through an import', () => {
    const code =
      "import { classroom } from './common.ts';\n" +
      'const state = { step: 1, list: [] as number[] };\n' +
      'export function go(): void {\n' +
      '  state.step = 2;\n' +
      '  state.step++;\n' +
      '  state.list.push(1);\n' +
      '  classroom.session = null;\n' +
      '  delete classroom.draft;\n' +
      '}\n';
    expect(lint(code)).toEqual([
      expect.stringMatching(/^4: This assigns to module-level `state`/),
      expect.stringMatching(/^5: This updates module-level `state`/),
      expect.stringMatching(/^6: This calls push on module-level `state`/),
      expect.stringMatching(/^7: This assigns to module-level `classroom`/),
      expect.stringMatching(/^8: This deletes from module-level `classroom`/),
    ]);
  });

  it('rejects a module-level collection that is not read-only, and its writes', () => {
    const code =
      'const seen = new Set<string>();\n' +
      'export const remember = (id: string) => seen.add(id);\n' +
      'export const cache = new Map<string, number>();\n';
    expect(lint(code)).toEqual([
      expect.stringMatching(/^1: A module-level `new`/),
      expect.stringMatching(/^2: This calls add on module-level `seen`/),
      expect.stringMatching(/^3: A module-level `new`/),
    ]);
  });

  it('accepts constants, read-only tables, local state, and a documented memo or scratch', () => {
    const code =
      'const KEYS: ReadonlySet<string> = new Set(["Tab"]);\n' +
      'export const TABLE = { a: 1 } as const;\n' +
      '/** Pure memo: the length of each list. */\n' +
      'const lengths = new WeakMap<object, number>();\n' +
      '// Scratch: reused by `pick`.\n' +
      'const scratch: number[] = [];\n' +
      'export function pick(list: number[]): number {\n' +
      '  let total = 0;\n' +
      '  const local = { n: 0 };\n' +
      '  local.n++;\n' +
      '  scratch.push(total);\n' +
      '  lengths.set(list, list.length);\n' +
      '  for (const x of list) total += x + TABLE.a;\n' +
      '  return KEYS.has("Tab") ? total + local.n : 0;\n' +
      '}\n';
    expect(lint(code)).toEqual([]);
  });
});
