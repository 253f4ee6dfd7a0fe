// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noModuleState } from './lint/noModuleState.js';

/**
 * Renderer, audio, i18n, app and Node code must never reach a pure model; `room` names the
 * folder in the messages.
 * @param {string} room
 */
function forbiddenImports(room) {
  return [
    { group: ['phaser', 'phaser/*'], message: `${room} is pure: no Phaser.` },
    { group: ['howler', 'howler/*'], message: `${room} is pure: no howler.` },
    { group: ['i18next', 'i18next*', 'i18next/*'], message: `${room} is pure: no i18next.` },
    {
      group: ['**/game/**', '**/game', '**/i18n/**', '**/audio/**'],
      message: `${room} may not import app code.`,
    },
    { group: ['node:*', 'fs', 'path'], message: `${room} must run in the browser too.` },
  ];
}

/**
 * Globals that would make a pure model depend on the browser or the clock.
 * @param {string} room
 */
function impureGlobals(room) {
  return [
    { name: 'Date', message: `${room} is deterministic: no Date.` },
    { name: 'window', message: `${room} is pure: no DOM.` },
    { name: 'document', message: `${room} is pure: no DOM.` },
    { name: 'performance', message: `${room} is deterministic: no clocks.` },
  ];
}
const impureProperties = [
  { object: 'Math', property: 'random', message: 'Use the seeded rng in the game state.' },
];

/**
 * Rules that keep src/core pure and deterministic; exported so a unit test can prove they fire.
 * @type {import('eslint').Linter.RulesRecord}
 */
export const corePurityRules = {
  'no-restricted-imports': ['error', { patterns: forbiddenImports('src/core') }],
  'no-restricted-globals': ['error', ...impureGlobals('src/core')],
  'no-restricted-properties': ['error', ...impureProperties],
};

/**
 * The classroom model (issue #8) is as pure as the core, so the game and a Node server can both
 * run it: no app code, renderer, i18n, DOM or clock (its timer is driven by elapsed time the UI
 * passes in), and storage is injected. Of the project's code it builds on src/core and src/content.
 * @type {import('eslint').Linter.RulesRecord}
 */
export const classroomPurityRules = {
  'no-restricted-imports': ['error', { patterns: forbiddenImports('src/classroom') }],
  'no-restricted-globals': [
    'error',
    ...impureGlobals('src/classroom'),
    { name: 'localStorage', message: 'Inject storage (see ClassroomStore).' },
    { name: 'sessionStorage', message: 'Inject storage (see ClassroomStore).' },
  ],
  'no-restricted-properties': ['error', ...impureProperties],
};

/** Calls that turn a key into text: the translator's methods and their usual aliases. */
const TRANSLATE_METHOD = '/^(t|ui|classroom|guide|text|secondText)$/';
const TRANSLATE_ALIAS = '/^(t|g|w)$/';
const KEY_BUILT =
  'an i18n key is never built at run time: map the value to a literal key with a typed table (src/game/textKeys.ts) or an exhaustive switch';

/**
 * Keys are literals the compiler checks against the English locale, and text goes through the
 * one translator (src/game/translator.ts); exported so a unit test can prove the rules fire.
 * @type {import('eslint').Linter.RulesRecord}
 */
export const translationRules = {
  'no-restricted-syntax': [
    'error',
    ...['TemplateLiteral[expressions.length>0]', "BinaryExpression[operator='+']"].flatMap(
      (built) => [
        {
          selector: `CallExpression[callee.property.name=${TRANSLATE_METHOD}] > ${built}.arguments:first-child`,
          message: KEY_BUILT,
        },
        {
          selector: `CallExpression[callee.name=${TRANSLATE_ALIAS}] > ${built}.arguments:first-child`,
          message: KEY_BUILT,
        },
        {
          selector: `CallExpression[callee.property.name='about'] > ${built}.arguments:nth-child(2)`,
          message: KEY_BUILT,
        },
      ],
    ),
    {
      selector:
        'MemberExpression[property.name=/^(t|getFixedT)$/][object.name=/^(i18n|i18next|i18nInstance)$/]',
      message: 'Turn keys into text with the Translator (src/game/translator.ts), not i18next.',
    },
    {
      selector: "MemberExpression[property.name=/^(t|getFixedT)$/][object.property.name='i18n']",
      message: 'Turn keys into text with the Translator (src/game/translator.ts), not i18next.',
    },
  ],
};
/**
 * No file in src/ keeps mutable module-level state (issue #16): no module-level `let`/`var`, no
 * writes to a module-level or imported binding's members, no module-level `new` unless typed
 * ReadonlyMap/ReadonlySet. State belongs to an owner that passes it on: a scene gets its session as
 * scene data, a service owns its caches. The only exceptions say what they are in the comment
 * before them: "Pure memo:" (a cache of a pure function, changing speed, never a result) or
 * "Scratch:" (a buffer overwritten before each read). See lint/noModuleState.js.
 * @type {import('eslint').Linter.RulesRecord}
 */
export const moduleStateRules = { 'local/no-module-state': 'error' };

/** The project's own rules. */
export const localPlugin = { rules: { 'no-module-state': noModuleState } };

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
    files: ['src/tools/**', 'src/server/**', 'e2e/**', '*.config.ts', '**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/game/translator.ts', '**/*.test.ts'],
    rules: translationRules,
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/**/test/**'],
    plugins: { local: localPlugin },
    rules: moduleStateRules,
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
