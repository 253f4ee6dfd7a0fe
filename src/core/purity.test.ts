import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { corePurityRules } from '../../eslint.config.js';

function lintCore(code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: corePurityRules }],
    'src/core/example.ts',
  );
  return messages.map((message) => message.message);
}

describe('core purity lint rules', () => {
  it('reject renderer, audio, i18n and app imports', () => {
    for (const source of ['phaser', 'howler', 'i18next', '../game/keys.ts', 'node:fs']) {
      expect(lintCore(`import x from '${source}';\nexport default x;\n`)).toHaveLength(1);
    }
  });

  it('reject Math.random, Date and the DOM', () => {
    const messages = lintCore(
      'export const a = Math.random();\nexport const b = Date.now();\nexport const c = document.title;\n',
    );
    expect(messages).toEqual([
      expect.stringContaining('seeded rng'),
      expect.stringContaining('no Date'),
      expect.stringContaining('no DOM'),
    ]);
  });

  it('accept pure code that uses the seeded rng', () => {
    expect(lintCore("import { openRng } from './rng.ts';\nexport const next = openRng;\n")).toEqual(
      [],
    );
  });
});
