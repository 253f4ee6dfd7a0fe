import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { classroomPurityRules } from '../../eslint.config.js';

/** Lint `code` as if it were a file of the classroom model, with its purity rules only. */
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

const importOf = (source: string): string => `import x from '${source}';\nexport default x;\n`;

describe('classroom purity lint rules', () => {
  it('reject app code: the game layer, its scenes and UI, i18n and audio', () => {
    for (const source of [
      '../game/text.ts',
      '../game/session/save.ts',
      '../game/classroomUi/common.ts',
      '../game',
      '../i18n/index.ts',
      '../audio/sound.ts',
    ]) {
      expect(lint(importOf(source)), source).toEqual([
        expect.stringContaining('may not import app code'),
      ]);
    }
  });

  it('reject Phaser, howler, i18next and Node modules', () => {
    for (const source of ['phaser', 'howler', 'i18next', 'node:fs']) {
      expect(lint(importOf(source)), source).toHaveLength(1);
    }
  });

  it('reject clocks, randomness, the DOM and global storage', () => {
    const code =
      'export const a = Date.now();\nexport const b = Math.random();\n' +
      'export const c = localStorage.length;\nexport const d = performance.now();\n' +
      'export const e = document.title;\nexport const f = sessionStorage.length;\n';
    expect(lint(code)).toEqual([
      expect.stringContaining('no Date'),
      expect.stringContaining('seeded rng'),
      expect.stringContaining('Inject storage'),
      expect.stringContaining('no clocks'),
      expect.stringContaining('no DOM'),
      expect.stringContaining('Inject storage'),
    ]);
  });

  it('accept the core, the content and zod it builds on', () => {
    const code =
      "import { step } from '../core/index.ts';\n" +
      "import { contentFingerprint } from '../content/fingerprint.ts';\n" +
      "import type { Content } from '../content/schema.ts';\n" +
      "import * as z from 'zod';\n" +
      'export const s = [step, contentFingerprint, z];\nexport type C = Content;\n';
    expect(lint(code)).toEqual([]);
  });
});
