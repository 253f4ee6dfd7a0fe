import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

/** Lint `code` as the file `filename` with only `rules` (and `plugins`), for a lint rule's tests. */
export function lintSnippet(
  code: string,
  rules: Linter.RulesRecord,
  plugins: Linter.Config['plugins'] = {},
  filename = 'src/game/example.ts',
): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins, rules }],
    filename,
  );
}
