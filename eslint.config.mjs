import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const miniprogramGlobals = {
  wx: 'readonly',
  App: 'readonly',
  Page: 'readonly',
  Component: 'readonly',
  Behavior: 'readonly',
  getApp: 'readonly',
  getCurrentPages: 'readonly',
  requirePlugin: 'readonly',
};

/** Import patterns that reach the named top-level rooms of miniprogram/ from below them. */
function upward(rooms) {
  return rooms.map((room) => ({
    group: [`../${room}/*`, `../../${room}/*`, `../../../${room}/*`],
    message: `ARCHITECTURE.md: a lower floor may not import miniprogram/${room}/.`,
  }));
}

/** A pure floor: no wx or page globals (nor the extra ones named), nothing from the floors above. */
function layer(files, above, extraGlobals = []) {
  const pure = ['wx', 'getApp', 'getCurrentPages', 'Page', 'Component', 'App', ...extraGlobals];
  return [
    {
      files: [files],
      rules: {
        'no-restricted-imports': ['error', { patterns: upward(above) }],
        'no-restricted-globals': [
          'error',
          ...pure.map((name) => ({ name, message: `ARCHITECTURE.md: ${name} is not used on a pure floor.` })),
        ],
      },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      '.cache/',
      'miniprogram/miniprogram_npm/',
      'docs/',
      'preview/vendor/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['miniprogram/**/*.ts', 'typings/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021, ...miniprogramGlobals } },
    rules: {
      // WeChat forbids dynamic code; keep it out of the package entirely.
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // The floors (ARCHITECTURE.md): pages and components -> utils -> share -> i18n -> rules. Only
  // utils (and the pages above) may call wx, and no floor imports one above it.
  ...layer('miniprogram/rules/**/*.ts', ['i18n', 'share', 'utils', 'pages', 'components'], ['Date']),
  ...layer('miniprogram/i18n/**/*.ts', ['share', 'utils', 'pages', 'components']),
  ...layer('miniprogram/share/**/*.ts', ['utils', 'pages', 'components']),
  {
    files: ['miniprogram/utils/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: upward(['pages', 'components']) }] },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: {
      globals: { ...globals.node, ...globals.jest, ...globals.browser, ...miniprogramGlobals },
    },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.js', '*.js', '*.mjs', 'preview/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { sourceType: 'commonjs' },
  },
);
