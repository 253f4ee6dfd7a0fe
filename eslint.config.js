// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Renderer, audio, i18n and DOM code must never reach the pure model. */
const forbiddenInCore = [
  { group: ['phaser', 'phaser/*'], message: 'src/core is pure: no Phaser.' },
  { group: ['howler', 'howler/*'], message: 'src/core is pure: no howler.' },
  { group: ['i18next', 'i18next*', 'i18next/*'], message: 'src/core is pure: no i18next.' },
  {
    group: ['**/game/**', '**/game', '**/i18n/**', '**/audio/**'],
    message: 'src/core may not import app code.',
  },
  { group: ['node:*', 'fs', 'path'], message: 'src/core must run in the browser too.' },
];

/**
 * Rules that keep src/core pure and deterministic; exported so a unit test can prove they fire.
 * @type {import('eslint').Linter.RulesRecord}
 */
export const corePurityRules = {
  'no-restricted-imports': ['error', { patterns: forbiddenInCore }],
  'no-restricted-globals': [
    'error',
    { name: 'Date', message: 'src/core is deterministic: no Date.' },
    { name: 'window', message: 'src/core is pure: no DOM.' },
    { name: 'document', message: 'src/core is pure: no DOM.' },
    { name: 'performance', message: 'src/core is deterministic: no clocks.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the seeded rng in the game state.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/tools/**', 'e2e/**', '*.config.ts', '**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: corePurityRules,
  },
);
