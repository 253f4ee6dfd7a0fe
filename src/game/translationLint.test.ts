import { describe, expect, it } from 'vitest';
import { translationRules } from '../../eslint.config.js';
import { lintSnippet } from '../tools/lintHarness.ts';

function lint(code: string): string[] {
  return lintSnippet(code, translationRules).map((message) => message.message);
}

describe('translation lint rules', () => {
  it('reject a key built from a template or by concatenation', () => {
    for (const call of [
      'words.ui(`blocker.${reason}`)',
      'w.classroom(`colour.${String(n)}`)',
      'this.words.text(`stage.${stage}.name`, { x })',
      "t('play.' + key)",
      'g(`cards.pillar.${pillar}`)',
      "words.about(id, 'sign.' + id + '.name')",
    ]) {
      expect(lint(`${call};\n`), call).toEqual([
        expect.stringContaining('never built at run time'),
      ]);
    }
  });

  it('reject i18next used directly', () => {
    expect(lint("services.i18n.t('play.round');\n")).toEqual([
      expect.stringContaining('Translator'),
    ]);
    expect(lint("const t = i18n.getFixedT(null, 'guide');\n")).toEqual([
      expect.stringContaining('Translator'),
    ]);
  });

  it('accept literal keys, keys from tables and templates in values', () => {
    expect(
      lint(
        [
          "words.ui('play.round', { round: `${String(n)}` });",
          'words.ui(BLOCKER_KEYS[reason]);',
          'w.classroom(teamColourKey(n));',
          'words.text(measure.nameKey);',
          'const label = `${words.text(key)}: `;',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
