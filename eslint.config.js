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

/** Globals that would make a pure model depend on the browser or the clock. */
const impureGlobals = [
  { name: 'Date', message: 'src/core is deterministic: no Date.' },
  { name: 'window', message: 'src/core is pure: no DOM.' },
  { name: 'document', message: 'src/core is pure: no DOM.' },
  { name: 'performance', message: 'src/core is deterministic: no clocks.' },
];
const impureProperties = [
  { object: 'Math', property: 'random', message: 'Use the seeded rng in the game state.' },
];

/**
 * Rules that keep src/core pure and deterministic; exported so a unit test can prove they fire.
 * @type {import('eslint').Linter.RulesRecord}
 */
export const corePurityRules = {
  'no-restricted-imports': ['error', { patterns: forbiddenInCore }],
  'no-restricted-globals': ['error', ...impureGlobals],
  'no-restricted-properties': ['error', ...impureProperties],
};

/**
 * The classroom model is plain TypeScript too (issue #8): no renderer, i18n or DOM, and no clock
 * (its timer is driven by elapsed time the UI passes in); storage is injected.
 * @type {import('eslint').Linter.RulesRecord}
 */
export const classroomPurityRules = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...forbiddenInCore.slice(0, 3),
        {
          group: ['**/scenes/**', '**/ui/**', '**/i18n/**', '**/audio/**'],
          message: 'src/game/classroom is a pure model: no scenes, UI, i18n or audio.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...impureGlobals,
    { name: 'localStorage', message: 'Inject storage (see ClassroomStore).' },
    { name: 'sessionStorage', message: 'Inject storage (see ClassroomStore).' },
  ],
  'no-restricted-properties': ['error', ...impureProperties],
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
  {
    files: ['src/classroom/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: classroomPurityRules,
  },
);
