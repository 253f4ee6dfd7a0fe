import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { classroomPurityRules } from '../../eslint.config.js';

function lint(code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        rules: classroomPurityRules,
      },
    ],
    'src/classroom/example.ts',
  );
  return messages.map((message) => message.message);
}

describe('classroom purity lint rules', () => {
  it('reject Phaser, i18next, scenes and UI', () => {
    for (const source of ['phaser', 'i18next', '../scenes/PlayScene.ts', '../ui/modal.ts']) {
      expect(lint(`import x from '${source}';\nexport default x;\n`), source).toHaveLength(1);
    }
  });

  it('reject clocks, randomness, the DOM and global storage', () => {
    const code =
      'export const a = Date.now();\nexport const b = Math.random();\n' +
      'export const c = localStorage.length;\nexport const d = performance.now();\n';
    expect(lint(code)).toHaveLength(4);
  });

  it('accept the core and session code it builds on', () => {
    expect(lint("import { step } from '../core/index.ts';\nexport const s = step;\n")).toEqual([]);
  });
});
